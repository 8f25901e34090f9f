/**
 * Attribution cues: the words that tell the reader someone is the source of what follows or
 * precedes. Curation rule: a verb goes here when, in general English news, it introduces or
 * closes reported speech, writing, belief or findings with its subject as the source. Each entry
 * is matched on the token's lemma; `object` marks verbs that take a hearer before the content
 * ("told reporters that ...").
 */
export interface CueVerb {
  readonly id: string;
  readonly lemma: string;
  readonly object?: boolean;
  readonly reason: string;
}

const speech = (lemma: string, reason: string, object = false): CueVerb => ({ id: `verb-${lemma}`, lemma, reason, ...(object ? { object } : {}) });

export const cueVerbs = [
  speech('say', 'the default reporting verb'),
  speech('tell', 'speech to a hearer', true),
  speech('add', 'continues a speaker\'s statement'),
  speech('write', 'written statement'),
  speech('ask', 'question as reported speech', true),
  speech('report', 'media or agency report'),
  speech('announce', 'formal statement'),
  speech('note', 'remark'),
  speech('suggest', 'hedged statement'),
  speech('claim', 'contested statement'),
  speech('argue', 'argued position'),
  speech('warn', 'statement of a threat', true),
  speech('explain', 'explanation'),
  speech('insist', 'emphatic statement'),
  speech('stress', 'emphatic statement'),
  speech('emphasize', 'emphatic statement'),
  speech('state', 'formal statement'),
  speech('declare', 'formal statement'),
  speech('tweet', 'statement on social media'),
  speech('post', 'statement on social media'),
  speech('acknowledge', 'admission'),
  speech('admit', 'admission'),
  speech('concede', 'admission'),
  speech('confirm', 'confirmation'),
  speech('deny', 'denial'),
  speech('reply', 'answer'),
  speech('respond', 'answer'),
  speech('answer', 'answer'),
  speech('continue', 'continues a quotation ("he continued")'),
  speech('conclude', 'closing statement'),
  speech('recall', 'recollection'),
  speech('reveal', 'disclosure'),
  speech('predict', 'forecast'),
  speech('promise', 'commitment', true),
  speech('pledge', 'commitment'),
  speech('vow', 'commitment'),
  speech('assert', 'statement'),
  speech('contend', 'argued position'),
  speech('maintain', 'held position'),
  speech('observe', 'remark'),
  speech('remark', 'remark'),
  speech('comment', 'remark'),
  speech('mention', 'remark'),
  speech('point', 'as in "pointed out"'),
  speech('complain', 'complaint'),
  speech('lament', 'complaint'),
  speech('joke', 'remark'),
  speech('quip', 'remark'),
  speech('boast', 'remark'),
  speech('brag', 'remark'),
  speech('exclaim', 'exclamation'),
  speech('shout', 'exclamation'),
  speech('yell', 'exclamation'),
  speech('scream', 'exclamation'),
  speech('charge', 'accusation'),
  speech('allege', 'accusation'),
  speech('accuse', 'accusation'),
  speech('estimate', 'estimate by a source'),
  speech('reiterate', 'repeated statement'),
  speech('repeat', 'repeated statement'),
  speech('agree', 'agreement'),
  speech('assure', 'reassurance', true),
  speech('remind', 'reminder', true),
  speech('inform', 'notice to a hearer', true),
  speech('testify', 'testimony'),
  speech('indicate', 'statement or finding'),
  speech('show', 'finding of a poll or record'),
  speech('find', 'finding of a study'),
  speech('believe', 'belief'),
  speech('think', 'belief'),
  speech('urge', 'appeal', true),
  speech('demand', 'demand'),
  speech('propose', 'proposal'),
  speech('wonder', 'question'),
  speech('hint', 'hedged statement'),
  speech('speculate', 'speculation'),
  speech('caution', 'warning'),
  speech('counter', 'rebuttal'),
  speech('retort', 'rebuttal'),
  speech('protest', 'objection'),
  speech('object', 'objection'),
  speech('whisper', 'speech'),
  speech('muse', 'speech'),
  speech('opine', 'opinion'),
  speech('proclaim', 'formal statement'),
  speech('concur', 'agreement'),
  speech('read', 'text of a document ("the letter reads")'),
  speech('learn', 'as in "The Post has learned"'),
  speech('hear', 'as in "he heard a report"'),
] as const satisfies readonly CueVerb[];

/** Gerunds that attach a statement to the subject of the main clause ("..., adding that ..."). */
export const cueGerunds = new Set(['saying', 'adding', 'noting', 'arguing', 'telling', 'explaining', 'warning', 'claiming', 'insisting', 'suggesting', 'writing', 'stressing', 'calling', 'asking', 'declaring', 'stating', 'acknowledging', 'predicting', 'promising', 'recalling', 'pointing']);

/** Sentence adverbs that may open an impersonal frame: "Earlier, it became known that …". */
export const FRAME_LEADS = ['earlier', 'previously', 'recently', 'later', 'also', 'now', 'meanwhile', 'yesterday', 'today', 'moreover', 'besides', 'however', 'then', 'additionally', 'furthermore'];
const LEAD = `^(?:(?:${FRAME_LEADS.join('|')})\\s*,?\\s+)?`;

/** Impersonal frames with no source at all: "it became known that", "it is said that". */
export const unsourcedFrames = [
  { id: 'became-known', pattern: new RegExp(`${LEAD}it\\s+(?:\\w+\\s+){0,2}(?:became|has become|had become|becomes)\\s+(?:known|clear)\\b`, 'iu'), reason: 'impersonal disclosure, nobody named' },
  { id: 'is-said', pattern: new RegExp(`${LEAD}it\\s+(?:is|was|has been|had been)\\s+(?:\\w+\\s+)?(?:said|reported|claimed|alleged|believed|rumou?red|understood|known)\\b`, 'iu'), reason: 'impersonal passive reporting verb' },
  { id: 'turned-out', pattern: /^as\s+it\s+turned\s+out\b/iu, reason: 'impersonal discovery' },
  { id: 'there-are-reports', pattern: new RegExp(`${LEAD}there\\s+(?:are|were|have\\s+been|had\\s+been)\\s+(?:\\w+\\s+)?(?:reports|rumou?rs)\\b`, 'iu'), reason: 'reports or rumours nobody is named for ("There are reports that …")' },
  { id: 'rumours-say', pattern: new RegExp(`${LEAD}(?:rumou?rs|unconfirmed\\s+reports)\\s+(?:say|said|suggest|suggested|claim|claimed|have\\s+it)\\b`, 'iu'), reason: 'rumours as the speaker: hearsay, nobody named' },
  { id: 'reportedly', pattern: /^(?:reportedly|allegedly|purportedly|supposedly|rumou?redly)(?=\s*,)/iu, reason: 'a sentence-opening adverb passing on an unnamed report' },
] as const;

/** Heads of a source phrase that name the press ("local media", "Telegram channels", "state television"): what they report is news whatever its form. */
export const mediaHeads: ReadonlySet<string> = new Set(['media', 'channel', 'channels', 'outlet', 'outlets', 'newspaper', 'newspapers', 'press', 'television', 'tv', 'radio', 'agency', 'agencies', 'broadcaster', 'broadcasters', 'website', 'websites', 'blogger', 'bloggers']);

/**
 * News outlets by name, lower case: a claim they relay with a source of its own ("Reuters
 * reported, citing the coast guard") is on that source's word. Curation rule: wire agencies and
 * broadcasters other outlets cite by name; a newspaper is also known by the last word of its name
 * (`newsNameWords`).
 */
export const newsOutlets: ReadonlySet<string> = new Set(['reuters', 'ap', 'associated press', 'afp', 'agence france-presse', 'bloomberg', 'tass', 'ria novosti', 'interfax', 'ukrinform', 'unian', 'xinhua', 'yonhap', 'kyodo', 'dpa', 'efe', 'ansa', 'anadolu', 'anadolu agency', 'bbc', 'cnn', 'al jazeera']);
/** Last words of a newspaper's or a network's name ("the Daily Telegraph", "NBC News", "the Kyiv Independent"). */
export const newsNameWords: ReadonlySet<string> = new Set(['news', 'times', 'post', 'journal', 'tribune', 'herald', 'gazette', 'telegraph', 'guardian', 'observer', 'courier', 'chronicle', 'independent']);

/** Source nouns that make an unnamed (anonymous) source when no proper name is in the phrase. */
export const anonymousHeads = new Set([
  'source', 'sources', 'official', 'officials', 'aide', 'aides', 'insider', 'insiders', 'person', 'people', 'persons',
  'individual', 'individuals', 'spokesman', 'spokeswoman', 'spokesperson', 'diplomat', 'diplomats', 'witness', 'witnesses',
  'resident', 'residents', 'soldier', 'soldiers', 'occupier', 'occupiers', 'prisoner', 'prisoners', 'member', 'members',
  'staffer', 'staffers', 'employee', 'employees', 'adviser', 'advisers', 'advisor', 'advisors', 'analyst', 'analysts',
  'observer', 'observers', 'expert', 'experts', 'someone', 'somebody', 'one',
  // people at a scene, unnamed: "a doctor at the hospital", "rescuers", "a police officer"
  'doctor', 'doctors', 'nurse', 'nurses', 'medic', 'medics', 'paramedic', 'paramedics', 'worker', 'workers', 'firefighter', 'firefighters',
  'rescuer', 'rescuers', 'survivor', 'survivors', 'officer', 'officers', 'volunteer', 'volunteers', 'villager', 'villagers', 'relative', 'relatives',
]);

/**
 * Where or when a statement was made: a trailing "in a statement", "on Twitter", "during a rally
 * in Ohio", "on Thursday" after the content belongs to the cue, not to what was said.
 */
export const statementSettings = new Set([
  'statement', 'statements', 'interview', 'interviews', 'tweet', 'tweets', 'twitter', 'facebook', 'instagram', 'post', 'posts',
  'speech', 'speeches', 'rally', 'rallies', 'remarks', 'website', 'blog', 'letter', 'op-ed', 'ruling', 'debate', 'forum',
  'hearing', 'briefing', 'conference', 'appearance', 'television', 'tv', 'radio', 'broadcast', 'stop', 'visit', 'release',
  'email', 'video', 'column', 'editorial', 'memo', 'filing', 'testimony', 'address', 'town', 'diatribe', 'event', 'call',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight',
  'morning', 'afternoon', 'evening', 'night', 'weekend',
]);
