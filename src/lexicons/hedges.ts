/**
 * Hedges and evidential markers: words that say how sure a statement or a figure is.
 * Curation rule: an entry goes here only if, in news prose, it marks the certainty or the
 * evidential basis of the statement around it (not of a noun's quality: "confirmed bachelor" is
 * rare enough in news to accept). Each `pattern` is matched case-insensitively on word bounds.
 */
export interface HedgeEntry {
  readonly id: string;
  /** The status a marker gives the statement it sits in. */
  readonly status: string;
  /** Alternatives, matched as whole words; longest first is handled by the matcher. */
  readonly forms: readonly string[];
  readonly reason: string;
  /** Words that, right after a form, give it another sense: "claimed the lives of 29" states a toll, it does not distance the outlet from it. "#" stands for a number ("claimed 29 lives"). */
  readonly notBefore?: readonly string[];
  /** What the marker says when a negation comes before it ("could not be verified", "has not confirmed"), and forms that are markers only then ("could not confirm"). */
  readonly negated?: { readonly status: string; readonly forms: readonly string[] };
}

export const hedgeLexicon = [
  { id: 'preliminary', status: 'preliminary', forms: ['preliminary', 'preliminarily', 'initial estimates', 'initial reports', 'early estimates', 'early reports', 'first estimates'], reason: 'a first figure that may be revised' },
  { id: 'estimated', status: 'estimated', forms: ['estimated', 'estimates', 'estimate', 'an estimated', 'by some estimates', 'by one estimate', 'projected', 'is expected to', 'are expected to'], reason: 'a figure computed or guessed rather than counted' },
  { id: 'unconfirmed', status: 'unconfirmed', forms: ['unconfirmed', 'not confirmed', 'could not be confirmed', 'has not been confirmed', 'have not been confirmed', 'yet to be confirmed', 'not yet confirmed'], reason: 'the source itself says the statement is not confirmed' },
  { id: 'unverified', status: 'unverified', forms: ['unverified', 'could not independently verify', 'could not be independently verified', 'could not verify', 'not independently verified', 'cannot be independently verified', 'was unable to verify', 'were unable to verify'], reason: 'the outlet says it could not check the statement' },
  { id: 'reportedly', status: 'reported', forms: ['reportedly', 'reported to be', 'reports say', 'according to reports', 'according to media reports', 'is said to', 'are said to', 'was said to', 'were said to'], reason: 'second-hand: the outlet passes on what others report' },
  { id: 'allegedly', status: 'alleged', forms: ['allegedly', 'alleged', 'purported', 'purportedly'], reason: 'an accusation or statement not established' },
  { id: 'claimed', status: 'claimed', forms: ['claimed', 'claiming', 'claims that', 'claim that'], reason: 'the outlet distances itself from the statement', notBefore: ['the lives', 'the life', 'lives', 'their lives', 'his life', 'her life', '# lives'] },
  { id: 'disputed', status: 'disputed', forms: ['disputed', 'disputes', 'contested', 'contests', 'denied', 'denies', 'rejected as', 'dismissed as'], reason: 'another party says the statement is false ("a claim the army disputed", "which Moscow denied")', notBefore: ['entry', 'access', 'bail', 'permission', 'visas', 'a visa', 'asylum', 'treatment', 'care', 'food', 'water', 'aid', 'territory', 'territories', 'area', 'region', 'islands', 'border'] },
  { id: 'confirmed', status: 'confirmed', forms: ['confirmed', 'confirms', 'officially confirmed'], reason: 'the statement is said to be checked', negated: { status: 'unconfirmed', forms: ['confirm'] } },
  { id: 'verified', status: 'confirmed', forms: ['verified'], reason: 'the statement is said to be checked', negated: { status: 'unverified', forms: ['verify'] } },
  { id: 'official', status: 'official', forms: ['official figures', 'official data', 'official statistics', 'officially'], reason: 'the figure comes from an official count' },
  { id: 'feared', status: 'feared', forms: ['feared dead', 'feared killed', 'feared drowned', 'feared missing', 'feared trapped', 'believed dead', 'believed killed', 'believed trapped', 'believed to be trapped', 'believed to be buried', 'believed to have died', 'presumed dead', 'presumed drowned', 'feared to have died', 'feared to have drowned', 'feared to have been killed', 'believed to have drowned', 'believed to have been killed', 'presumed to have drowned'], reason: 'people not found: their fate is feared or presumed, not known' },
  { id: 'possibly', status: 'possible', forms: ['possibly', 'perhaps', 'may have', 'might have', 'could have', 'likely', 'probably', 'could exceed', 'could rise', 'could climb', 'could reach', 'could top', 'could surpass', 'may exceed', 'may rise', 'may climb', 'may top', 'might rise'], reason: 'the statement is given as a possibility' },
] as const satisfies readonly HedgeEntry[];
