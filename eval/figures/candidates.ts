/**
 * Annotator's helper, not a scorer: prints every digit run, number word and vague quantity word
 * of one article with an index and its context, so a person can read each one and write the
 * expected figure by hand. Deliberately independent of the extractor.
 * usage: npx tsx eval/figures/candidates.ts ../shared/data/polnear/train/text/FILE.txt
 */
import { readFileSync } from 'node:fs';

const WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen|half';
const VAGUE = 'tens of thousands|hundreds of thousands|tens of millions|hundreds of millions|several hundred|several thousand|a few hundred|a few thousand|dozens|hundreds|thousands|millions|billions|scores of|a handful of';
export const CANDIDATE = new RegExp(`(?:${VAGUE})\\b|(?:\\$|€|£)?\\d+(?:[,.]\\d+)*%?(?:\\s+(?:${WORDS})\\b)*|\\b(?:${WORDS})(?:[\\s-]+(?:${WORDS}|and))*\\b`, 'giu');

export function candidates(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    const surface = m[0].replace(/[\s-]+and$/iu, '');
    out.push({ start: m.index, end: m.index + surface.length });
  }
  return out;
}

if (process.argv[1]?.endsWith('candidates.ts')) {
  const text = readFileSync(process.argv[2]!, 'utf8');
  candidates(text).forEach((c, i) => {
    const before = text.slice(Math.max(0, c.start - 90), c.start).replace(/\s+/gu, ' ');
    const after = text.slice(c.end, c.end + 70).replace(/\s+/gu, ' ');
    console.log(`${i}\t${c.start}\t…${before}[[${text.slice(c.start, c.end)}]]${after}…`);
  });
}
