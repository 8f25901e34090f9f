import type { Block, Debris, Doc, Heading } from '../model/doc.js';
import { debrisLexicon } from '../lexicons/debris.js';

export interface Layout {
  readonly debris: Debris[];
  readonly headings: Heading[];
}

const TERMINAL = /[.!?…:;,"”’»]$/u;
const MAX_HEADING_WORDS = 20;

/**
 * Marks scraping debris (share buttons, photo credits, teasers) and headings. Nothing is removed
 * from the text: later stages skip what is marked here.
 */
export function findDebris(doc: Doc): Layout {
  const { text } = doc;
  const debris: Debris[] = [];
  const headings: Heading[] = [];
  const seen = new Map<string, number>();
  // under a bare "Related" or "Most read" heading, the headline lines of its list are links too
  let underList = false;
  for (const block of doc.blocks) {
    const surface = text.slice(block.start, block.end);
    const hit = matchLine(surface);
    if (hit) {
      debris.push({ id: `d${debris.length}`, kind: hit.kind, rule: `debris/${hit.id}`, start: block.start, end: block.end });
      underList = (hit.kind === 'read-also' || hit.kind === 'navigation') && !/[:\-–—]/u.test(surface);
      continue;
    }
    if (underList && isListedHeadline(surface)) {
      debris.push({ id: `d${debris.length}`, kind: 'read-also', rule: 'debris/listed-headline', start: block.start, end: block.end });
      continue;
    }
    underList = false;
    const key = surface.toLowerCase().replace(/\s+/gu, ' ');
    if (seen.has(key) && surface.length >= 20) {
      debris.push({ id: `d${debris.length}`, kind: 'repeated-headline', rule: 'debris/repeated-block', start: block.start, end: block.end });
      continue;
    }
    seen.set(key, block.start);
    for (const where of ['head', 'tail'] as const) {
      const glued = matchGlued(where, surface);
      if (glued) debris.push({ id: `d${debris.length}`, kind: glued.kind, rule: `debris/${glued.id}`, start: block.start + glued.start, end: block.start + glued.end });
    }
    if (isHeading(surface, block, doc.blocks)) {
      headings.push({ id: `h${headings.length}`, rule: block === doc.blocks[0] ? 'heading/title' : 'heading/short-line', start: block.start, end: block.end });
    }
  }
  return { debris, headings };
}

/** A line of a list of links: one line, no closing punctuation, a headline's length. */
function isListedHeadline(surface: string): boolean {
  return !surface.includes('\n') && !TERMINAL.test(surface.trim()) && surface.trim().split(/\s+/u).length <= MAX_HEADING_WORDS;
}

function matchLine(surface: string) {
  if (surface.includes('\n')) return undefined;
  return debrisLexicon.find((entry) => entry.where === 'line' && entry.pattern.test(surface));
}

/**
 * Furniture glued before the first sentence of a block ('head': a dateline) or after its last
 * ('tail': a share label), with its span inside the block; a tail leaves the spaces before it to the prose.
 */
function matchGlued(where: 'head' | 'tail', surface: string): { id: string; kind: Debris['kind']; start: number; end: number } | undefined {
  for (const entry of debrisLexicon) {
    if (entry.where !== where) continue;
    const match = entry.pattern.exec(surface);
    if (!match) continue;
    const start = where === 'head' ? 0 : match.index + match[0].length - match[0].trimStart().length;
    return { id: entry.id, kind: entry.kind, start, end: where === 'head' ? match[0].length : surface.length };
  }
  return undefined;
}

/**
 * A heading is a one-line block of a few words that does not end like a sentence and is followed
 * by more text; the first block may also end in a full stop when it is written in Title Case.
 */
function isHeading(surface: string, block: Block, blocks: readonly Block[]): boolean {
  if (surface.includes('\n') || block === blocks[blocks.length - 1]) return false;
  const words = surface.split(/\s+/u);
  if (words.length < 2 || words.length > MAX_HEADING_WORDS) return false;
  if (!/^[\p{Lu}\p{N}"“‘']/u.test(surface)) return false;
  if (!TERMINAL.test(surface)) return true;
  return block === blocks[0] && /[.!?]$/u.test(surface) && isTitleCase(words);
}

function isTitleCase(words: readonly string[]): boolean {
  const long = words.filter((w) => /^\p{L}{4,}/u.test(w));
  return long.length >= 2 && long.filter((w) => /^\p{Lu}/u.test(w)).length / long.length >= 0.75;
}
