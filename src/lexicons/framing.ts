/**
 * Loaded terms: words that carry a verdict the reporter has not shown, with a neutral term an
 * analyst can substitute. Curation rule: an entry needs a neutral alternative that states the
 * same fact, a short reason, and a source of the judgement (style guides: AP Stylebook, Reuters
 * Handbook of Journalism, BBC Editorial Guidelines; or "media-literacy" for common practice).
 * `forms` are matched whole-word, case-insensitively; list every inflection used in news.
 */
export interface FramingEntry {
  readonly id: string;
  readonly forms: readonly string[];
  readonly neutral: string;
  readonly reason: string;
  readonly source: string;
}

export const framingLexicon = [
  { id: 'occupiers', forms: ['occupier', 'occupiers', 'occupant', 'occupants'], neutral: 'troops', reason: 'names soldiers by a verdict on their presence rather than by who they are', source: 'media-literacy' },
  { id: 'invaders', forms: ['invader', 'invaders'], neutral: 'troops', reason: 'labels people by the side’s verdict on the war', source: 'media-literacy' },
  { id: 'mercenaries', forms: ['mercenary', 'mercenaries'], neutral: 'foreign soldiers', reason: 'implies fighting for pay; for regular foreign troops the term is a charge, not a description', source: 'Reuters Handbook: mercenaries' },
  { id: 'orcs', forms: ['orc', 'orcs', 'rashists', 'rashist', 'ruscists'], neutral: 'Russian soldiers', reason: 'dehumanising wartime slang', source: 'media-literacy' },
  { id: 'nazis-as-label', forms: ['neo-nazis', 'neo-nazi', 'kyiv regime', 'nazi regime', 'ukronazis'], neutral: 'Ukrainian forces / government', reason: 'propaganda label for an adversary', source: 'media-literacy' },
  { id: 'regime', forms: ['regime', 'regimes'], neutral: 'government', reason: 'signals illegitimacy; name the government instead', source: 'BBC Editorial Guidelines: language' },
  { id: 'junta', forms: ['junta'], neutral: 'government', reason: 'a term for military rule applied as an insult to civilian governments', source: 'media-literacy' },
  { id: 'puppet', forms: ['puppet government', 'puppet regime', 'puppet state', 'puppets'], neutral: 'government / authorities', reason: 'asserts control by a foreign power as fact', source: 'media-literacy' },
  { id: 'terrorists-for-armies', forms: ['terrorist state', 'terrorist army'], neutral: 'the state / the army', reason: 'a legal-political charge presented as a description', source: 'Reuters Handbook: terrorism' },
  { id: 'special-military-operation', forms: ['special military operation'], neutral: 'invasion / war', reason: 'official euphemism for a war', source: 'AP Stylebook: Russia-Ukraine war' },
  { id: 'liquidated', forms: ['liquidated', 'liquidate', 'liquidating', 'liquidation'], neutral: 'killed', reason: 'euphemism for killing that hides the act', source: 'media-literacy' },
  { id: 'eliminated', forms: ['eliminated', 'neutralised', 'neutralized', 'destroyed manpower'], neutral: 'killed', reason: 'military euphemism for killing', source: 'media-literacy' },
  { id: 'martyrs', forms: ['martyr', 'martyrs', 'martyred'], neutral: 'killed', reason: 'confers a side’s religious or political honour', source: 'BBC Editorial Guidelines: language' },
  { id: 'heroic', forms: ['heroic', 'heroically', 'glorious'], neutral: '(omit)', reason: 'praise that takes a side', source: 'media-literacy' },
  { id: 'thugs', forms: ['thug', 'thugs', 'bandits', 'militants and thugs'], neutral: 'attackers / fighters', reason: 'criminalising label', source: 'media-literacy' },
  { id: 'butchers', forms: ['butcher', 'butchers', 'butchered'], neutral: 'killed / soldiers', reason: 'inflammatory metaphor', source: 'media-literacy' },
  { id: 'slaughtered', forms: ['slaughtered', 'slaughter'], neutral: 'killed', reason: 'emotive verb; use when a massacre is established, not as a default', source: 'media-literacy' },
  { id: 'horde', forms: ['horde', 'hordes'], neutral: 'large number of troops', reason: 'dehumanising image of an enemy', source: 'media-literacy' },
  { id: 'cannon-fodder', forms: ['cannon fodder', 'meat assaults', 'meat grinder'], neutral: 'costly assaults', reason: 'metaphor that judges a side’s tactics', source: 'media-literacy' },
  { id: 'illegal-aliens', forms: ['illegal alien', 'illegal aliens', 'illegals'], neutral: 'undocumented immigrants', reason: 'AP advises against labelling people as illegal', source: 'AP Stylebook: illegal immigration' },
  { id: 'death-tax', forms: ['death tax'], neutral: 'estate tax', reason: 'campaign coinage for a tax', source: 'media-literacy' },
  { id: 'obamacare', forms: ['obamacare'], neutral: 'the Affordable Care Act', reason: 'a partisan nickname, though now common', source: 'media-literacy' },
  { id: 'pro-life', forms: ['pro-life', 'pro-abortion'], neutral: 'anti-abortion / abortion-rights', reason: 'AP uses the descriptive terms, not the advocates’ labels', source: 'AP Stylebook: abortion' },
  { id: 'radical', forms: ['radical left', 'radical right', 'far-left lunatics', 'leftist mob'], neutral: '(name the group)', reason: 'a verdict on a political group', source: 'media-literacy' },
  { id: 'crooked', forms: ['crooked hillary', 'lyin’ ted', "lyin' ted", 'little marco'], neutral: '(the person’s name)', reason: 'campaign nickname used as a description', source: 'media-literacy' },
  { id: 'propaganda-outlets', forms: ['propagandists', 'fake news media'], neutral: 'media / outlets', reason: 'dismisses a source without showing why', source: 'media-literacy' },
  { id: 'scandal-gate', forms: ['scandal-plagued', 'disgraced'], neutral: '(state the facts)', reason: 'a verdict in an adjective', source: 'media-literacy' },
  { id: 'so-called', forms: ['so-called'], neutral: '(omit, or attribute the name)', reason: 'signals disbelief without argument', source: 'Reuters Handbook: so-called' },
] as const satisfies readonly FramingEntry[];
