/**
 * Vague quantity words, kept verbatim with the interval they imply. Curation rule: the word must
 * stand for a number of things ("dozens of", "tens of thousands"), not a degree ("a lot").
 * Intervals are a reading aid, not a coding convention: ACLED codes "dozens" as 12, others as
 * 12-120; analysts get the word too and can recode it.
 */
export interface VagueEntry {
  readonly id: string;
  readonly forms: readonly string[];
  readonly lower: number;
  readonly upper: number | null;
  readonly reason: string;
}

export const vagueLexicon = [
  { id: 'tens-of-thousands', forms: ['tens of thousands'], lower: 20_000, upper: 99_999, reason: 'several times ten thousand' },
  { id: 'hundreds-of-thousands', forms: ['hundreds of thousands'], lower: 200_000, upper: 999_999, reason: 'several times a hundred thousand' },
  { id: 'tens-of-millions', forms: ['tens of millions'], lower: 20_000_000, upper: 99_999_999, reason: 'several times ten million' },
  { id: 'hundreds-of-millions', forms: ['hundreds of millions'], lower: 200_000_000, upper: 999_999_999, reason: 'several times a hundred million' },
  { id: 'several-hundred', forms: ['several hundred'], lower: 300, upper: 999, reason: 'a few hundreds' },
  { id: 'several-thousand', forms: ['several thousand'], lower: 3000, upper: 9999, reason: 'a few thousands' },
  { id: 'several-million', forms: ['several million'], lower: 3_000_000, upper: 9_999_999, reason: 'a few millions' },
  { id: 'a-few-hundred', forms: ['a few hundred', 'a couple hundred', 'a couple of hundred'], lower: 200, upper: 500, reason: 'a small number of hundreds' },
  { id: 'a-few-thousand', forms: ['a few thousand', 'a couple thousand', 'a couple of thousand'], lower: 2000, upper: 5000, reason: 'a small number of thousands' },
  { id: 'a-few-dozen', forms: ['a few dozen', 'several dozen'], lower: 24, upper: 96, reason: 'a small number of dozens' },
  { id: 'dozens', forms: ['dozens'], lower: 24, upper: 99, reason: 'more than one dozen, fewer than a hundred' },
  { id: 'scores', forms: ['scores of'], lower: 40, upper: 199, reason: 'several twenties' },
  { id: 'hundreds', forms: ['hundreds'], lower: 200, upper: 999, reason: 'more than one hundred, fewer than a thousand' },
  { id: 'thousands', forms: ['thousands'], lower: 2000, upper: 9999, reason: 'more than one thousand, fewer than ten thousand' },
  { id: 'millions', forms: ['millions'], lower: 2_000_000, upper: 999_999_999, reason: 'more than one million' },
  { id: 'billions', forms: ['billions'], lower: 2_000_000_000, upper: null, reason: 'more than one billion' },
  { id: 'a-handful', forms: ['a handful of'], lower: 2, upper: 6, reason: 'a small number' },
  { id: 'a-few', forms: ['a few', 'a couple of'], lower: 2, upper: 5, reason: 'a small number; "a few hundred" is matched first as a longer form' },
] as const satisfies readonly VagueEntry[];
