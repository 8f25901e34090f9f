/**
 * Links a source phrase to an entity (overlap with a mention, persons first; "he" or "she" takes
 * the nearest person mentioned before it, "they" and "it" an organisation just named) and marks unnamed
 * sources as anonymous.
 */
import type { ClaimSource, Entity, Span, Token } from '../../model/doc.js';
import { anonymousHeads } from '../../lexicons/cues.js';
import { firstStartingAt } from '../../model/span.js';
import { ANONYMITY_ASIDE, endsWithAnonymityAside } from './anonymity-clause.js';
import { ASIDE_OPENING } from './source-aside.js';
import { nameKind } from '../../nlp/name-lexicon.js';
import { phraseEndingAt } from './source-phrase.js';

interface PlacedMention extends Span {
  readonly entity: string;
  readonly person: boolean;
  /** A place or a people: it says where a speaker is from ("Kyiv officials", "Turkish media"), not who. */
  readonly place: boolean;
}

const PRONOUN = /^(?:he|she|him|her)$/iu;
/** "they" may stand for an organisation just named ("the ministry said they …"), never for one person. */
const PLURAL_PRONOUN = /^(?:they|them)$/iu;
/** "it" may stand for an organisation just named ("the mission … though it says"), never for a person or a place, which "it" rarely speaks for. */
const NEUTER_PRONOUN = /^it$/iu;
/** How far back (in characters) an organisation may be named for "they" to stand for it. */
const PLURAL_REACH = 200;

const RELATIVE = /^(?:who|which)$/iu;
/** How far back a sentence's first token is looked for. */
const ANTECEDENT_REACH = 60;
/** An according-to source before a relative is at most this many words. */
const MAX_SOURCE_WORDS = 8;

/**
 * The phrase a relative source stands for: the noun phrase just before its comma ("aid workers, who",
 * "Jane Roe, who"), not one inside a phrase of place or part ("crews from Kell, who": Kell did not speak).
 */
function antecedentOf(tokens: readonly Token[], span: Span): Span | null {
  const k = firstStartingAt(tokens, span.start);
  if (k < 2 || tokens[k - 1]!.text !== ',') return null;
  let first = k - 1;
  while (first > 0 && k - first < ANTECEDENT_REACH && tokens[first - 1]!.sentence === tokens[k]!.sentence) first--;
  // "according to aid workers, who": the according-to source runs from "to" to the comma, whatever the tags ("to aid" reads as a verb)
  for (let j = k - 2; j > first && k - j <= MAX_SOURCE_WORDS && /\p{L}/u.test(tokens[j]!.text); j--) {
    if (/^to$/iu.test(tokens[j - 1]!.text) && /^according$/iu.test(tokens[j - 2]?.text ?? '')) return { start: tokens[j]!.start, end: tokens[k - 2]!.end };
  }
  const phrase = phraseEndingAt(tokens, k - 2, first);
  if (!phrase) return null;
  const before = tokens[phrase[0] - 1];
  if (before && before.pos === 'ADP' && !/^(?:by|to|with)$/iu.test(before.text)) return null;
  return { start: tokens[phrase[0]]!.start, end: tokens[phrase[1]]!.end };
}

/** Words that say where a speaker is from, not who: "Russian officials" are as unnamed as "officials". */
const DESCRIBING_KINDS: ReadonlySet<string> = new Set(['demonym', 'demonym-plural', 'country']);

/** Whether place mention `m` modifies a head after it in the phrase ("Ukraine's air force", "U.S. officials") rather than ending it. */
const modifies = (text: string, m: Span, span: Span): boolean =>
  (/^(?:['’]s?)?\s+\p{L}/u.test(text.slice(m.end, span.end)) && !/^\s+(?:and|or)\b/iu.test(text.slice(m.end, span.end))) || locates(text, m, span);
/** Whether a token after a noun makes that noun a modifier: a possessive mark ("workers' union") or another noun ("employee council"). */
const modifiesNext = (next: Token | undefined): boolean => !!next && (/^['’](?:s)?$/u.test(next.text) || next.pos === 'NOUN' || next.pos === 'PART');

/** Whether place mention `m` says where the phrase's head is, after it: "the defence ministry in Moscow", "officials from Kyiv". */
const locates = (text: string, m: Span, span: Span): boolean => /\p{L}\s+(?:in|at|from|near|based\s+in)\s+(?:the\s+)?$/iu.test(text.slice(span.start, m.start));

export function mentionIndex(entities: readonly Entity[]): PlacedMention[] {
  const out: PlacedMention[] = [];
  // a people ("Turkish", "the Georgians") is read as a place is: "Turkish media" are not the Turks
  for (const e of entities) for (const m of e.mentions) if (m.kind !== 'pronoun') out.push({ start: m.start, end: m.end, entity: e.id, person: e.type === 'person', place: e.type === 'place' || e.type === 'group' });
  return out.sort((a, b) => a.start - b.start);
}

export function resolveSource(text: string, span: Span, mentions: readonly PlacedMention[], tokens: readonly Token[]): ClaimSource {
  const surface = text.slice(span.start, span.end);
  // "…, according to aid workers, who said": the relative stands for the phrase before its comma, and is named or unnamed as that is
  if (RELATIVE.test(surface.trim())) {
    const antecedent = antecedentOf(tokens, span);
    if (!antecedent) return { start: span.start, end: span.end };
    const { entity, anonymous } = resolveSource(text, antecedent, mentions, tokens);
    return { start: span.start, end: span.end, antecedent, ...(entity ? { entity } : {}), ...(anonymous ? { anonymous } : {}) };
  }
  // mentions are sorted by start: those before the source end before this index, those inside it start after
  const before = firstStartingAt(mentions, span.start);
  const around = near(mentions, span);
  let entity: string | undefined;
  if (PRONOUN.test(surface.trim())) {
    for (let i = before - 1; i >= 0; i--) {
      const m = mentions[i]!;
      if (m.end <= span.start && m.person) {
        entity = m.entity;
        break;
      }
    }
  } else if (PLURAL_PRONOUN.test(surface.trim())) {
    let i = before - 1;
    while (i >= 0 && mentions[i]!.end > span.start) i--;
    const last = mentions[i];
    if (last && !last.person && span.start - last.end <= PLURAL_REACH) entity = last.entity;
  } else if (NEUTER_PRONOUN.test(surface.trim())) {
    // the organisation named last before it, past places ("The ministry met in Kell. It said"); a person named in between ends the search
    for (let i = before - 1; i >= 0 && span.start - mentions[i]!.end <= PLURAL_REACH; i--) {
      const m = mentions[i]!;
      if (m.end > span.start || m.place) continue;
      if (!m.person) entity = m.entity;
      break;
    }
  } else {
    // "Ukraine's air force said", "a senior U.S. official said": a place owning or describing the phrase's head is not
    // the speaker (the place alone, "Ukraine said", or heading it, "the government of Ukraine", is)
    // "The statement, published on Telegram,": a clause after the head says where or how, and what it names is not the speaker
    const aside = ASIDE_OPENING.exec(surface);
    const headEnd = aside ? span.start + aside.index : span.end;
    const hits = around.filter((m) => m.start < headEnd && span.start < m.end && !(m.place && modifies(text, m, span)));
    // "The UN refugee agency UNHCR said": of the bodies named, the last is the head, the most specific ("the Ministry of Health of Ukraine": not a place)
    entity = (hits.find((m) => m.person) ?? hits.filter((m) => !m.place).at(-1) ?? hits[0])?.entity ?? apposedPerson(text, span, mentions);
  }
  // "a source in the SBU", "people close to the president": whoever it names is not the speaker, who stays unnamed
  if (INSIDER.test(surface)) return { start: span.start, end: span.end, anonymous: true };
  const inside = tokensIn(tokens, span);
  // a place describing the speaker names nobody: "a senior U.S. official" is still unnamed
  const describing = around.filter((m) => m.place && m.start >= span.start && m.end <= span.end && modifies(text, m, span));
  // ("Rescuers said", "Witnesses told": a source noun opening the sentence is tagged as a name, and names nobody)
  const named = inside.some((t) => t.pos === 'PROPN' && !anonymousHeads.has(t.text.toLowerCase()) && !DESCRIBING_KINDS.has(nameKind(t.text) ?? '') && !describing.some((m) => m.start <= t.start && t.end <= m.end)) || entity !== undefined;
  // "Local officials, speaking on condition of anonymity, said": the aside says it, whatever the tags ("Local" opens the sentence, as a name would)
  // ("the garment workers' union", "the employee council": a noun that modifies another names a body, not unnamed people)
  const anonymous = (!named && inside.some((t, k) => anonymousHeads.has(t.text.toLowerCase()) && !modifiesNext(inside[k + 1]))) || (!entity && saysWhyUnnamed(text, span));
  return { start: span.start, end: span.end, ...(entity ? { entity } : {}), ...(anonymous ? { anonymous } : {}) };
}

/** A speaker described only by whom they are near: "a source in Ukraine's SBU", "people familiar with the talks", "two insiders at the ministry". */
const INSIDER = /^(?:(?:a|an|one|two|three|four|several|some|the|other)\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:source|sources|insider|insiders|person|people|individual|individuals|someone)\s+(?:in|at|within|inside|close\s+to|familiar\s+with|near|from|with\s+knowledge\s+of|briefed\s+on)\b/iu;

/** How far before a source a mention overlapping it may start (a name is far shorter). */
const MENTION_REACH = 300;

/** The mentions that may overlap `span`: those starting from MENTION_REACH before it to its end (binary search, not a scan per source). */
function near(mentions: readonly PlacedMention[], span: Span): readonly PlacedMention[] {
  return mentions.slice(firstStartingAt(mentions, span.start - MENTION_REACH), firstStartingAt(mentions, span.end));
}

/** "His lawyer, Rita Feld, called …": a person named in commas right after a description is who it describes. */
function apposedPerson(text: string, span: Span, mentions: readonly PlacedMention[]): string | undefined {
  const m = mentions[firstStartingAt(mentions, span.end)];
  if (!m || !m.person || !/^,\s*$/u.test(text.slice(span.end, m.start)) || !/^\s*,/u.test(text.slice(m.end, m.end + 3))) return undefined;
  return m.entity;
}

/** Whether an aside after the source, or inside it after a comma ("A clerk, who declined to give her name,"), says why it is unnamed. */
function saysWhyUnnamed(text: string, span: Span): boolean {
  if (ANONYMITY_ASIDE.test(text.slice(span.end, span.end + 80))) return true;
  for (let at = text.indexOf(',', span.start); at >= 0 && at < span.end; at = text.indexOf(',', at + 1)) if (ANONYMITY_ASIDE.test(text.slice(at, at + 80))) return true;
  // "an official who spoke on condition of anonymity" (no commas): the aside closes the source
  return endsWithAnonymityAside(text, span);
}

/** Tokens lying inside `span`, found by binary search over the start-sorted tokens. */
function tokensIn(tokens: readonly Token[], span: Span): Token[] {
  const out: Token[] = [];
  for (let i = firstStartingAt(tokens, span.start); i < tokens.length && tokens[i]!.end <= span.end; i++) out.push(tokens[i]!);
  return out;
}
