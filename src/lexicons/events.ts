/**
 * Nouns that name an event: a disaster, an attack, a political contest. Curation rule: the noun
 * names something that happened, never the people it happened to or who speaks of it. A headline
 * label ending in one ("Ferry disaster: toll climbs to 19") is the story's topic, not a speaker; a
 * toll "of the ferry disaster" counts its victims, so the event is no subject of the figure.
 */
export const eventNouns: ReadonlySet<string> = new Set([
  // disasters and accidents
  'disaster', 'disasters', 'tragedy', 'catastrophe', 'accident', 'accidents', 'incident', 'crash', 'crashes', 'collapse',
  'derailment', 'sinking', 'capsizing', 'shipwreck', 'flood', 'floods', 'flooding', 'earthquake', 'earthquakes', 'quake', 'quakes',
  'tremor', 'tremors', 'landslide', 'landslides', 'mudslide', 'mudslides', 'avalanche', 'avalanches', 'tsunami', 'eruption',
  'cyclone', 'typhoon', 'tornado', 'hurricane', 'storm', 'storms', 'heatwave', 'drought', 'fire', 'fires', 'wildfire', 'wildfires',
  'blaze', 'explosion', 'explosions', 'blast', 'blasts', 'outbreak', 'epidemic', 'pandemic', 'famine',
  // violence
  'war', 'attack', 'attacks', 'strike', 'strikes', 'airstrike', 'airstrikes', 'shelling', 'bombing', 'bombings', 'shooting',
  'shootings', 'stabbing', 'massacre', 'siege', 'offensive', 'invasion', 'raid', 'raids', 'clashes', 'riot', 'riots', 'unrest',
  // politics
  'protest', 'protests', 'crisis', 'election', 'elections', 'vote', 'referendum', 'talks', 'summit', 'ceasefire', 'truce',
  'scandal', 'trial', 'debate', 'primary', 'primaries', 'caucus', 'caucuses', 'race',
]);
