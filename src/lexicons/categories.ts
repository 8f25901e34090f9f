/**
 * What a figure counts. Curation rule: a form goes here when, next to a number in news, it says
 * what happened to the counted people or things ("3,000 killed", "the number of wounded").
 * `categories` may name several ("casualties" = killed + wounded). Forms are matched as whole
 * words, case-insensitively. Headlines speak in the present ("Floods kill 12", "Police arrest 40"),
 * so a verb's base and -s forms are listed with its past.
 */
export interface CategoryEntry {
  readonly id: string;
  readonly categories: readonly string[];
  readonly forms: readonly string[];
  readonly reason: string;
  /** Used only when no other category matches ("3,000 soldiers killed" is killed, not troops). */
  readonly fallback?: boolean;
  /** A running total: a later count of it is higher, never lower (the dead stay dead; the missing are found). */
  readonly runningTotal?: boolean;
  /** A count of people in a state on the day (missing, held, displaced): it falls as well as rises, so two days' counts may differ. */
  readonly currentCount?: boolean;
  /** What happened to things, not people ("30 homes destroyed", "12 tanks destroyed"): the only categories a count of things takes. */
  readonly things?: boolean;
  /** What happens to people and things alike ("900,000 customers", "60,000 homes" without power): taken whatever the figure counts. */
  readonly peopleOrThings?: boolean;
  /** Said only by the words right after the figure ("52.3% of the vote"), never by those before it ("of the vote with 98% of ballots counted"). */
  readonly afterOnly?: boolean;
}

export const categoryLexicon = [
  { id: 'killed', categories: ['killed'], forms: ['killed', 'killing', 'kills', 'kill', 'die', 'dies', 'dead', 'deaths', 'death toll', 'toll', 'died', 'fatalities', 'fatality', 'lives lost', 'lost their lives', 'drowned', 'claimed the lives of', 'claiming the lives of', 'claims the lives of', 'took the lives of', 'cost the lives of', 'slain', 'murdered', 'bodies', 'perished', 'shot dead', 'slaughtered', 'massacred', 'gunned down', 'victims', 'eliminated', 'liquidated', 'neutralised', 'neutralized', 'fatally', 'fatally shot', 'fatally wounded', 'fatally injured', 'shot and killed'], reason: 'people who died ("three of them fatally": shot fatally); "eliminated", "liquidated", "neutralised" are how defence ministries report the enemy dead (flagged as loaded by flag-framing too)', runningTotal: true },
  { id: 'wounded', categories: ['wounded'], forms: ['wounded', 'wounding', 'toll of wounded', 'toll of the wounded'], reason: 'people hurt by violence', runningTotal: true },
  { id: 'injured', categories: ['injured'], forms: ['injured', 'injuries', 'injuring', 'injure', 'injures', 'hurt', 'injury toll', 'toll of injured', 'toll of the injured'], reason: 'people hurt, any cause', runningTotal: true },
  { id: 'casualties', categories: ['killed', 'wounded'], forms: ['casualties', 'casualty', 'losses', 'killed and wounded', 'killed or wounded', 'dead and wounded', 'shot', 'gunshot victims'], reason: 'casualties are killed and wounded together; "ten people were shot" counts both, the dead among them as well', runningTotal: true },
  { id: 'cases', categories: ['cases'], forms: ['cases', 'infected', 'infections', 'sickened', 'fell ill', 'fallen ill', 'falls ill', 'fall ill', 'tested positive'], reason: 'people who caught a disease, counted as an outbreak grows', runningTotal: true },
  { id: 'missing', categories: ['missing'], forms: ['missing', 'unaccounted for', 'disappeared', 'remains unknown', 'remain unknown', 'whereabouts unknown', 'whereabouts are unknown', 'fate is unknown', 'fate unknown', 'trapped under rubble', 'trapped under the rubble', 'buried under rubble', 'buried under the rubble'], reason: 'people whose fate is unknown', currentCount: true },
  { id: 'trapped', categories: ['trapped'], forms: ['trapped', 'stranded underground'], reason: 'people trapped where rescuers know them to be (miners underground, people in a collapsed building), counted as rescuers reach them; "trapped under rubble" with no word of where they are is missing', currentCount: true },
  { id: 'captured', categories: ['captured'], forms: ['captured', 'taken prisoner', 'taken captive', 'prisoners of war', 'pows', 'kidnapped', 'abducted', 'hostages', 'held hostage', 'captivity', 'held captive'], reason: 'people taken by force', currentCount: true },
  { id: 'displaced', categories: ['displaced'], forms: ['displaced', 'fled', 'flee', 'flees', 'fleeing', 'refugees', 'homeless', 'forced from their homes', 'driven from their homes', 'in shelters', 'in emergency shelters', 'in temporary shelters', 'in evacuation centres', 'in evacuation centers', 'in relief camps'], reason: 'people who had to leave home, and those still in shelters after a disaster', currentCount: true },
  { id: 'rescued', categories: ['rescued'], forms: ['rescued', 'saved', 'survivors', 'survivor', 'survived', 'pulled alive', 'pulled out alive', 'out alive', 'found alive', 'brought to safety'], reason: 'people saved from a disaster, counted as rescuers find them', runningTotal: true },
  { id: 'evacuated', categories: ['evacuated'], forms: ['evacuated', 'evacuation', 'evacuees', 'evacuate', 'evacuates'], reason: 'people moved to safety', runningTotal: true },
  { id: 'arrested', categories: ['arrested'], forms: ['arrested', 'arrests', 'arrest', 'jailed', 'imprisoned'], reason: 'people arrested or charged by authorities', runningTotal: true },
  { id: 'detained', categories: ['detained'], forms: ['detained', 'detentions', 'detainees', 'in custody', 'into custody', 'detain', 'detains'], reason: 'people held without (yet) an arrest', currentCount: true },
  { id: 'hospitalized', categories: ['hospitalized'], forms: ['hospitalized', 'hospitalised', 'in hospital', 'in the hospital', 'in hospitals', 'hospitalizations', 'hospitalisations', 'taken to hospital', 'taken to hospitals', 'taken to the hospital', 'admitted to hospital', 'admitted to hospitals'], reason: 'people being treated in hospital on the day: fewer as they are discharged, so not a count of the injured', currentCount: true },
  { id: 'votes', categories: ['votes'], forms: ['of the vote', 'of the votes', 'of votes', 'of the popular vote', 'of the ballots', 'of ballots cast', 'of the ballots cast'], reason: "a candidate's or a party's share of the vote, as counted so far", afterOnly: true, currentCount: true },
  { id: 'troops', categories: ['troops'], forms: ['troops', 'deployed', 'soldiers', 'servicemen', 'service members', 'deploying', 'military personnel', 'occupiers'], reason: 'armed personnel counted or sent somewhere ("occupiers": how Ukrainian reports name enemy soldiers, flagged as loaded by flag-framing); only when no harm category applies', fallback: true },
  { id: 'lives', categories: ['killed'], forms: ['lives'], reason: 'lives a disaster claimed or cost ("claimed 29 lives"); "saved 12 lives" is rescued, which the verb before says first', fallback: true, afterOnly: true },
  { id: 'destroyed', categories: ['destroyed'], forms: ['destroyed', 'destroying', 'destroys', 'destroy', 'razed', 'burned down', 'burnt down', 'flattened', 'reduced to rubble', 'gutted', 'shot down', 'downed'], reason: 'buildings, vehicles or weapons destroyed: a disaster\'s homes lost, a side\'s tanks lost, drones shot down', runningTotal: true, things: true },
  { id: 'flooded', categories: ['flooded'], forms: ['flooded', 'inundated', 'under water', 'underwater', 'submerged'], reason: 'homes and other buildings flooded: with those destroyed and damaged, how a flood\'s harm to property is counted', runningTotal: true, things: true },
  { id: 'damaged', categories: ['damaged'], forms: ['damaged', 'damaging', 'damages'], reason: 'buildings or vehicles damaged but standing; what is destroyed says so', runningTotal: true, things: true },
  { id: 'without-power', categories: ['without-power'], forms: ['without power', 'without electricity', 'with no power', 'with no electricity', 'lost power', 'losing power', 'lose power', 'loses power', 'lost electricity', 'in the dark', 'power outages', 'power outage', 'power cuts', 'blackouts', 'outages'], reason: 'homes, businesses or people cut off from power after a storm or a strike on the grid, counted by utilities as they reconnect them', currentCount: true, peopleOrThings: true },
  { id: 'participants', categories: ['participants'], forms: ['took part', 'taking part', 'take part', 'taken part', 'takes part', 'participants', 'turnout', 'turned out', 'attended', 'attendees', 'crowd', 'crowds', 'drew', 'filled the streets', 'flooded the streets'], reason: 'the size of a crowd (a march, a rally, a funeral), which police and organisers count differently; what happened to them (arrested) wins', fallback: true },
  { id: 'strikers', categories: ['participants'], forms: ['walked out', 'walking out', 'walk out', 'walks out', 'went on strike', 'go on strike', 'going on strike', 'on strike', 'joined the strike', 'joined the walkout', 'strikers', 'striking'], reason: 'people taking part in a strike, which unions and employers count differently as police and organisers count a crowd; what happened to them (arrested) wins', fallback: true },
  { id: 'protesters', categories: ['protesters'], forms: ['protesters', 'protestors', 'demonstrators', 'marchers', 'rallied', 'protested', 'marched', 'marching', 'took to the streets', 'joined the protest', 'joined the protests', 'joined the march'], reason: 'people taking part in a protest; what happened to them (arrested) wins', fallback: true },
] as const satisfies readonly CategoryEntry[];

/**
 * What happens to land, said of a figure in a unit of area ("burned more than 8,000 acres", "has
 * doubled in size to 17,500 acres"): the only categories such a figure takes, and matched only
 * for it (quantities/area.ts), so "the crowd grew to 5,000" stays a crowd. Forms are matched
 * before the figure in its clause, or right after its unit ("8,000 acres of forest burned").
 */
export const areaLexicon = [
  { id: 'burned', categories: ['burned'], forms: ['burned', 'burnt', 'burning', 'burns', 'burn', 'scorched', 'scorching', 'charred', 'blackened', 'consumed', 'consuming', 'in size to', 'grown to', 'grew to', 'grows to', 'spread across', 'spread over', 'spread to', 'wildfire', 'wildfires', 'fire', 'fires', 'blaze', 'blazes'], reason: 'land a fire has burned, as fire agencies report it day by day; a fire\'s size is the land it has burned', runningTotal: true },
] as const satisfies readonly CategoryEntry[];

/** Categories of what happens to things: destroyed, flooded, damaged. */
export const THING_CATEGORIES: ReadonlySet<string> = new Set(categoryLexicon.flatMap((e): readonly string[] => ('things' in e && e.things ? e.categories : [])));

/** Categories of what happens to people and things alike: without power. */
export const PEOPLE_OR_THING_CATEGORIES: ReadonlySet<string> = new Set(categoryLexicon.flatMap((e): readonly string[] => ('peopleOrThings' in e && e.peopleOrThings ? e.categories : [])));

/** Categories whose counts only grow: killed, wounded, injured, cases, rescued, arrested, evacuated. */
export const RUNNING_TOTALS: ReadonlySet<string> = new Set([...categoryLexicon, ...areaLexicon].flatMap((e): readonly string[] => ('runningTotal' in e && e.runningTotal ? e.categories : [])));

/** Categories counted as they stand on the day: missing, captured, displaced, detained, and a share of the vote as counting goes on. */
export const CURRENT_COUNTS: ReadonlySet<string> = new Set(categoryLexicon.flatMap((e): readonly string[] => ('currentCount' in e && e.currentCount ? e.categories : [])));

/**
 * Things a figure may count ("across ten provinces", "3,500 buildings", "45 drones"): what
 * happened to people (killed, injured…) never applies to them, whatever verb is near. Curation
 * rule: a noun goes here only if it never names people.
 */
export const countedThings: ReadonlySet<string> = new Set([
  'province', 'provinces', 'region', 'regions', 'city', 'cities', 'town', 'towns', 'village', 'villages', 'district', 'districts', 'settlement', 'settlements',
  'building', 'buildings', 'home', 'homes', 'house', 'houses', 'apartment', 'apartments', 'flat', 'flats', 'school', 'schools', 'hospital', 'hospitals', 'road', 'roads', 'bridge', 'bridges', 'structure', 'structures', 'facility', 'facilities',
  'car', 'cars', 'vehicle', 'vehicles', 'tank', 'tanks', 'launcher', 'launchers', 'system', 'systems', 'howitzer', 'howitzers', 'gun', 'guns', 'warship', 'warships', 'jet', 'jets', 'drone', 'drones', 'missile', 'missiles', 'rocket', 'rockets', 'shell', 'shells', 'aircraft', 'plane', 'planes', 'helicopter', 'helicopters', 'ship', 'ships', 'boat', 'boats',
  'attack', 'attacks', 'strike', 'strikes', 'explosion', 'explosions', 'incident', 'incidents',
  'job', 'jobs', 'contract', 'contracts', 'store', 'stores', 'branch', 'branches', 'plant', 'plants', 'factory', 'factories',
]);
