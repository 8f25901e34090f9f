/**
 * Role and title words that introduce or describe a person ("President", "Ukrainian leader",
 * "the head of state"). Curation rule: a word goes here only if, in news prose, it names the
 * office or function of one person. `kin` lists other role heads that a description with this
 * head may refer to ("the head of state" can be the person introduced as "President of X").
 */
export interface TitleEntry {
  readonly id: string;
  /** Lowercase head words, longest first when they overlap. */
  readonly heads: readonly string[];
  readonly kin: readonly string[];
  readonly reason: string;
}

export const titleLexicon = [
  { id: 'head-of-state', heads: ['head of state', 'head of government', 'president', 'leader', 'king', 'queen', 'monarch', 'emir', 'sultan', 'chancellor', 'premier', 'prime minister', 'supreme leader', 'dictator'], kin: ['head of state', 'head of government', 'president', 'leader', 'king', 'queen', 'monarch', 'emir', 'sultan', 'chancellor', 'premier', 'prime minister', 'supreme leader', 'dictator'], reason: 'heads of state and government; news alternates the title and "the leader"/"head of state"' },
  { id: 'minister', heads: ['foreign minister', 'defence minister', 'defense minister', 'minister', 'secretary of state', 'secretary', 'deputy minister'], kin: ['minister', 'secretary'], reason: 'cabinet members' },
  { id: 'military', heads: ['commander-in-chief', 'commander in chief', 'commander', 'general', 'gen.', 'colonel', 'col.', 'admiral', 'chief of staff', 'chief of the general staff', 'marshal', 'lieutenant', 'lt.', 'major', 'maj.', 'captain', 'capt.', 'sergeant', 'sgt.'], kin: ['commander-in-chief', 'commander in chief', 'commander', 'general', 'chief of staff'], reason: 'military ranks and commands' },
  { id: 'spokesperson', heads: ['spokesperson', 'spokesman', 'spokeswoman', 'press secretary', 'representative', 'envoy', 'ambassador'], kin: ['spokesperson', 'spokesman', 'spokeswoman', 'press secretary'], reason: 'people who speak for an institution' },
  { id: 'legislator', heads: ['senator', 'sen.', 'congressman', 'congresswoman', 'rep.', 'lawmaker', 'deputy', 'mp', 'speaker'], kin: ['senator', 'congressman', 'congresswoman', 'lawmaker', 'speaker'], reason: 'members of a legislature' },
  { id: 'governor', heads: ['governor', 'gov.', 'lt. gov.'], kin: ['governor', 'gov.'], reason: 'heads of a state or region: "the governor" is no mayor of a city in it' },
  { id: 'mayor', heads: ['mayor'], kin: ['mayor'], reason: 'heads of a city' },
  { id: 'executive', heads: ['chief executive', 'ceo', 'chairman', 'chairwoman', 'chair', 'director', 'head', 'chief', 'founder', 'manager', 'coordinator', 'commissioner', 'prosecutor', 'attorney general', 'judge', 'justice'], kin: [], reason: 'heads of organisations and officers of justice; a description matches only the same word ("the judge")' },
  { id: 'campaign', heads: ['candidate', 'nominee', 'front-runner', 'frontrunner', 'running mate', 'campaign manager', 'strategist', 'pollster', 'adviser', 'advisor', 'aide'], kin: ['candidate', 'nominee', 'front-runner', 'frontrunner'], reason: 'election campaign roles' },
  { id: 'profession', heads: ['reporter', 'correspondent', 'journalist', 'editor', 'columnist', 'analyst', 'expert', 'researcher', 'professor', 'economist', 'historian', 'scientist', 'lawyer', 'attorney', 'activist', 'doctor', 'pastor', 'priest', 'rabbi', 'imam'], kin: [], reason: 'professions written before a name ("analyst Jane Doe")' },
  { id: 'honorific', heads: ['mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'sir', 'dame', 'mr', 'mrs', 'ms', 'dr'], kin: [], reason: 'honorifics before a name: never a description on their own' },
] as const satisfies readonly TitleEntry[];

/** The heads that are one word ("mayor", "gen."), as a label's or a phrase's last word can be. */
export const oneWordTitleHeads: readonly string[] = titleLexicon.flatMap((e) => e.heads.filter((h) => !h.includes(' ')));
