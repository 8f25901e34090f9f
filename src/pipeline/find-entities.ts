import type { Doc, Entity, EntityType, Mention, Span, Token } from '../model/doc.js';
import { byStart, overlaps } from '../model/span.js';
import { countryAliases } from '../lexicons/places.js';
import { chunkNames } from './entities/chunk-names.js';
import { splitTitle } from './entities/split-title.js';
import { typeName } from './entities/type-name.js';
import { findDescriptions, titleAfter, titleBefore, type FoundTitle } from './entities/find-titles.js';
import { kinOf } from './entities/role-heads.js';
import { nameKey, placeKey } from './entities/entity-key.js';

/** An entity while it is being built: mutable inside this stage only. */
interface Draft {
  type: EntityType;
  key: string;
  name: string;
  mentions: Mention[];
  titles: FoundTitle[];
  tokens: string[];
}

interface NameHit extends Span {
  readonly type: EntityType | undefined;
  readonly words: readonly Token[];
  readonly rule: string;
  readonly titles: readonly FoundTitle[];
}

/**
 * People, organisations, places and groups, each with every mention: names, titles next to
 * names, and definite descriptions ("the head of state") resolved to the person they describe.
 */
export function findEntities(doc: Doc): Entity[] {
  const skip = [...doc.debris, ...titleCaseHeadings(doc)];
  const hits = collectNames(doc, skip);
  const drafts: Draft[] = [];
  const byKey = new Map<string, Draft>();
  // Full names first, so that a lone surname can join the full name wherever it appears.
  const ordered = [...hits].sort((a, b) => Number(b.words.length > 1) - Number(a.words.length > 1) || a.start - b.start);
  // a name too unsure to stand alone ("Dnipro: 44 dead" in a headline) is read once more at the end (the
  // loop reads what is pushed), so it joins its entity if a later mention typed it
  const retried = new Set<NameHit>();
  for (const hit of ordered) {
    const draft = attach(hit, drafts, byKey, doc.text);
    if (!draft) {
      if (!retried.has(hit)) {
        retried.add(hit);
        ordered.push(hit);
      }
      continue;
    }
    draft.mentions.push({ start: hit.start, end: hit.end, kind: 'name', rule: hit.rule });
    for (const title of hit.titles) {
      draft.titles.push(title);
      draft.mentions.push({ start: title.start, end: title.end, kind: 'title', rule: title.rule });
    }
  }
  resolveDescriptions(doc, drafts, skip);
  return drafts
    .map((d) => ({ ...d, mentions: dedupe(d.mentions.sort(byStart)) }))
    .sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start)
    .map((d, index) => toEntity(d, index, doc.text));
}

function collectNames(doc: Doc, skip: readonly Span[]): NameHit[] {
  const { tokens } = doc;
  const hits: NameHit[] = [];
  for (const chunk of chunkNames(doc, skip)) {
    const split = splitTitle(tokens, chunk);
    if (!split.name) continue;
    const { first, last } = split.name;
    const typed = typeName(tokens, first, last, split.title !== undefined);
    const titles: FoundTitle[] = [];
    if (split.title) {
      const t = split.title;
      titles.push({ start: tokens[t.first]!.start, end: tokens[t.last - 1]!.end, head: t.head, rule: 'entities/title-in-name' });
      const of = complementOf(tokens, t.first, t.last);
      if (of) hits.push(of);
    }
    if (typed.type === 'person' || typed.type === undefined) {
      const before = split.title ? undefined : titleBefore(tokens, first);
      const after = titleAfter(tokens, last);
      if (before) titles.push(before);
      if (after) titles.push(after);
    }
    const type = typed.type ?? (titles.length > 0 ? 'person' : undefined);
    hits.push({ start: tokens[first]!.start, end: tokens[last - 1]!.end, type, words: tokens.slice(first, last), rule: typed.rule, titles });
  }
  return hits;
}

/** The institution in a title's "of" complement: "Armed Forces of Ukraine" in "Commander-in-Chief of the Armed Forces of Ukraine". */
function complementOf(tokens: readonly Token[], first: number, last: number): NameHit | undefined {
  let i = first;
  while (i < last && tokens[i]!.text !== 'of') i++;
  if (i >= last - 1) return undefined;
  i++;
  if (tokens[i]!.text.toLowerCase() === 'the') i++;
  if (i >= last) return undefined;
  const typed = typeName(tokens, i, last, false);
  if (!typed.type || typed.type === 'person') return undefined;
  return { start: tokens[i]!.start, end: tokens[last - 1]!.end, type: typed.type, words: tokens.slice(i, last), rule: 'entities/title-complement', titles: [] };
}

/** Finds or creates the draft a name belongs to; undefined when the name is too unsure to keep. */
function attach(hit: NameHit, drafts: Draft[], byKey: Map<string, Draft>, text: string): Draft | undefined {
  const surface = text.slice(hit.start, hit.end);
  const key = hit.type === 'place' ? placeKey(surface) : nameKey(surface);
  const known = byKey.get(key) ?? (hit.words.length === 1 ? bySurname(drafts, key) ?? byAcronym(drafts, surface) : undefined);
  if (known) return known;
  if (!hit.type) return undefined;
  const name = hit.type === 'place' ? countryAliases[surface.toLowerCase().replace(/^the\s+/u, '')] ?? surface : surface;
  const draft: Draft = { type: hit.type, key, name, mentions: [], titles: [], tokens: key.split(' ') };
  drafts.push(draft);
  byKey.set(key, draft);
  return draft;
}

/** "Zelenskyy" alone is the person first named "Volodymyr Zelensky"; a last name wins over a first name. */
function bySurname(drafts: readonly Draft[], key: string): Draft | undefined {
  const people = drafts.filter((d) => d.type === 'person' && d.tokens.length > 1);
  return people.find((d) => d.tokens[d.tokens.length - 1] === key) ?? people.find((d) => d.tokens[0] === key);
}

/** "AFU" for "Armed Forces of Ukraine": an all-capitals word equal to a multi-word name's initials. */
function byAcronym(drafts: readonly Draft[], surface: string): Draft | undefined {
  if (!/^\p{Lu}{2,6}$/u.test(surface)) return undefined;
  return drafts.find((d) => d.type !== 'person' && d.tokens.length > 1 && initials(d.name) === surface);
}

const initials = (name: string) =>
  name
    .split(/\s+/u)
    .filter((w) => !/^(?:of|the|and|for)$/iu.test(w))
    .map((w) => w[0]!.toUpperCase())
    .join('');

/** Attaches each definite description to the nearest earlier person holding a kindred title. */
function resolveDescriptions(doc: Doc, drafts: readonly Draft[], skip: readonly Span[]): void {
  const skipToken = (t: Token) => skip.some((s) => overlaps(s, t));
  for (const description of findDescriptions(doc.tokens, skipToken)) {
    const kin = kinOf(description.head.entry, description.head.head);
    const holders = drafts.filter((d) => d.type === 'person' && d.titles.some((t) => kin.includes(t.head.head)));
    const before = (d: Draft) => Math.max(-1, ...d.mentions.filter((m) => m.end <= description.start).map((m) => m.start));
    const best = holders.filter((d) => before(d) >= 0).sort((a, b) => before(b) - before(a))[0] ?? holders[0];
    if (best) best.mentions.push({ start: description.start, end: description.end, kind: 'description', rule: description.rule });
  }
}

/** Headings written in Title Case capitalise every word, so names cannot be read off them. */
function titleCaseHeadings(doc: Doc): Span[] {
  return doc.headings.filter((h) => {
    const words = doc.text.slice(h.start, h.end).split(/\s+/u).filter((w) => /^\p{L}{4,}/u.test(w));
    return words.length >= 2 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.75;
  });
}

function dedupe(mentions: Mention[]): Mention[] {
  return mentions.filter((m, i) => i === 0 || m.start !== mentions[i - 1]!.start || m.end !== mentions[i - 1]!.end);
}

function toEntity(d: Draft, index: number, text: string): Entity {
  const names = d.mentions.filter((m) => m.kind === 'name').map((m) => text.slice(m.start, m.end));
  const longest = d.type === 'person' ? names.reduce((a, b) => (b.split(/\s+/u).length > a.split(/\s+/u).length ? b : a), names[0] ?? d.name) : d.name;
  const role = d.titles.map((t) => text.slice(t.start, t.end)).sort((a, b) => b.length - a.length)[0];
  const aliases = [...new Set(d.mentions.filter((m) => m.kind !== 'pronoun').map((m) => text.slice(m.start, m.end)))].filter((a) => a !== longest);
  return { id: `e${index}`, type: d.type, name: longest, mentions: d.mentions, aliases, ...(role ? { role } : {}) };
}
