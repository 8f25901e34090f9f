/**
 * What a speaker cites is the source of its word: "…, the army said, citing intelligence reports",
 * "“…,” said Roe, referring to a report from the council". The cited phrase becomes a link of the
 * claim's chain, as "he heard a report from …" does (reported-by.ts), and leaves the content.
 */
import type { Doc, SourceLink, Span } from '../../model/doc.js';
import { findOverlapping } from '../../model/span.js';
import type { Proposal } from './view.js';

/** Gerunds that name what a speaker relies on: "X said …, citing intelligence reports". */
const CITING = /^(?:citing|quoting|referring\s+to|referencing)$/iu;

/** ", citing intelligence reports" inside a content: the words after the gerund. */
const CITING_IN = /(?:^|,\s+)(citing|quoting|referring\s+to)\s+/iu;

/**
 * "Rebels killed 12 soldiers, the army said, citing intelligence reports": what the speaker cites
 * is not what it says. The content ends before ", citing …", and what is cited becomes a link.
 */
export function withCitationsApart<P extends Proposal>(text: string, p: P): [P, SourceLink[]] {
  const quoted = quotedPersonApart(text, p);
  if (quoted) return quoted;
  const links: SourceLink[] = [];
  const content: Span[] = [];
  for (const c of p.content) {
    const m = CITING_IN.exec(text.slice(c.start, c.end));
    if (!m) {
      content.push(c);
      continue;
    }
    const at = c.start + m.index + m[0].indexOf(m[1]!);
    const cue = { start: at, end: at + m[1]!.length };
    const rest = c.start + m.index + m[0].length;
    const from = /\bfrom\s+/iu.exec(text.slice(rest, c.end));
    links.push({ start: from ? rest + from.index + from[0].length : rest, end: c.end, cue });
    if (m.index > 0) content.push({ start: c.start, end: c.start + m.index });
  }
  const [source, cited] = citingAsideApart(text, p.source);
  if (cited) return [{ ...p, source, ...(links.length > 0 && content.length > 0 ? { content } : {}) }, content.length > 0 ? [cited, ...links] : [cited]];
  return links.length === 0 || content.length === 0 ? [p, []] : [{ ...p, content }, links];
}

/** "NP as saying (that)": the one quoted, then what they said; NP is a few words with no clause punctuation. */
const AS_SAYING = /^([^,;:"“”.]{1,80}?)\s+as\s+(?:saying|stating|telling\s+[^,;:"“”.]{1,40}?)(?:\s*[:,])?\s+(?:that\s+)?(?=\S)/iu;

/** After "quoted", with the quotation before it: the one quoted, then "as saying" and the sentence's end. */
const QUOTED_AFTER = /^\s+([^,;:"“”.]{1,80}?)\s+as\s+(?:saying|stating)\b/iu;

/**
 * "TASS quoted the defence minister as saying that 120 drones …": what the quoted person said is
 * the content, and the person is a link of the chain; the source is who quoted them.
 */
function quotedPersonApart<P extends Proposal>(text: string, p: P): [P, SourceLink[]] | undefined {
  const first = p.content[0];
  if (!p.cue || !first || !/\bquoted$/iu.test(text.slice(p.cue.start, p.cue.end))) return undefined;
  // '"At least 70 were killed," Reuters quoted a police official as saying.': the quotation came first
  if (first.end <= p.cue.start) {
    const after = QUOTED_AFTER.exec(text.slice(p.cue.end, p.cue.end + 120));
    if (!after) return undefined;
    const start = p.cue.end + after[0].indexOf(after[1]!);
    return [p, [{ start, end: start + after[1]!.length, cue: p.cue }]];
  }
  const m = AS_SAYING.exec(text.slice(first.start, first.end));
  if (!m || first.start + m[0].length >= first.end) return undefined;
  const link = { start: first.start, end: first.start + m[1]!.length, cue: p.cue };
  const start = first.start + m[0].length;
  // the gerund "saying" was folded in as a nested claim of the content; it is the link above
  const chain = 'chain' in p && Array.isArray(p.chain) ? { chain: (p.chain as SourceLink[]).filter((l) => !l.cue || l.cue.start < first.start || l.cue.start >= start) } : {};
  return [{ ...p, ...chain, content: [{ start, end: first.end }, ...p.content.slice(1)] }, [link]];
}

/** "survivors quoted by the UN refugee agency", "witnesses cited by Reuters": who spoke, then who relays them. */
const QUOTED_BY = /^([^,;:]{2,80}?),?\s+((?:as\s+)?(?:quoted|cited)\s+by)\s+([^,;:]{2,80})$/iu;

/** ", citing the regional governor," set off by commas inside a source. */
const CITING_ASIDE = /,\s+(citing|quoting)\s+([^,]+?)\s*,?$/iu;

/**
 * "Russian state media, citing the regional governor, said …": the speaker is the phrase before
 * the aside, and what it cites is a link of the chain. "According to survivors quoted by UNHCR":
 * the speaker is who relays, and who spoke is the link.
 */
function citingAsideApart(text: string, source: Span | null): [Span | null, SourceLink | undefined] {
  if (!source) return [source, undefined];
  // "according to survivors quoted by the UN refugee agency": the agency relays the survivors' word
  const by = QUOTED_BY.exec(text.slice(source.start, source.end));
  if (by) {
    const cueAt = source.start + by[1]!.length + by[0].slice(by[1]!.length).indexOf(by[2]!);
    const relayAt = source.start + by[0].length - by[3]!.length;
    return [{ start: relayAt, end: source.end }, { start: source.start, end: source.start + by[1]!.length, cue: { start: cueAt, end: cueAt + by[2]!.length } }];
  }
  const m = CITING_ASIDE.exec(text.slice(source.start, source.end));
  if (!m || m.index === 0) return [source, undefined];
  const cueAt = source.start + m.index + m[0].indexOf(m[1]!);
  const citedAt = source.start + m.index + m[0].lastIndexOf(m[2]!);
  return [{ start: source.start, end: source.start + m.index }, { start: citedAt, end: citedAt + m[2]!.length, cue: { start: cueAt, end: cueAt + m[1]!.length } }];
}

/**
 * Links for what claim `i`'s speaker cites in a gerund after it in the same sentence ("…, said
 * Roe, citing a report from the council"): the phrase after "from" in the gerund's content, else
 * that content. Its speaker is then on the cited word, as with "he heard a report from …".
 */
export function citedBy(doc: Doc, claims: readonly Proposal[], i: number): SourceLink[] {
  const p = claims[i]!;
  if (!p.cue || !p.source) return [];
  const sentence = findOverlapping(doc.sentences, p.cue)[0];
  if (!sentence) return [];
  const links: SourceLink[] = [];
  const cites = (q: Proposal) => !!q.cue && CITING.test(doc.text.slice(q.cue.start, q.cue.end)) && !!q.source && q.source.start === p.source!.start && q.source.end === p.source!.end && q.content.length === 1;
  const link = (q: Proposal) => {
    const cited = q.content[0]!;
    const from = /\bfrom\s+/iu.exec(doc.text.slice(cited.start, cited.end));
    const start = from ? cited.start + from.index + from[0].length : cited.start;
    links.push({ start, end: cited.end, cue: q.cue! });
  };
  // "Interfax, citing emergency services, reported …": the gerund in an aside between the speaker and the cue
  const before = claims[i - 1];
  if (before?.cue && cites(before) && before.cue.start >= p.source.end && before.cue.end <= p.cue.start && before.content[0]!.end <= p.cue.start) link(before);
  // claims are in text order: the scan stops at the sentence's end (no copy of the list: linear over a long document)
  for (let j = i + 1; j < claims.length; j++) {
    const q = claims[j]!;
    if (!q.cue || q.cue.start >= sentence.end) break;
    if (cites(q)) link(q);
  }
  return links;
}

/** "…, lawmakers said after being briefed by the spy agency": who briefed the speaker, named after the cue. */
const BRIEFED_BY = /^[^.;]*?\b(?:briefed|informed|told)\s+by\s+|^[^.;]*?\ba\s+briefing\s+(?:by|from)\s+/iu;

/**
 * Links for whoever briefed claim `p`'s speaker, as the cue clause says after the cue ("…,
 * lawmakers said on Thursday after being briefed by the spy agency"): the phrase up to a comma,
 * a bracket or the sentence's end.
 */
export function briefedBy(doc: Doc, p: Proposal): SourceLink[] {
  if (!p.cue || !p.source || p.content.some((c) => c.start >= p.cue!.end)) return [];
  const sentence = findOverlapping(doc.sentences, p.cue)[0];
  if (!sentence) return [];
  const after = doc.text.slice(p.cue.end, sentence.end);
  const m = BRIEFED_BY.exec(after);
  if (!m) return [];
  const start = p.cue.end + m[0].length;
  const phrase = /^[^,;.()]*[^,;.()\s]/u.exec(doc.text.slice(start, sentence.end));
  return phrase ? [{ start, end: start + phrase[0].length, cue: p.cue }] : [];
}
