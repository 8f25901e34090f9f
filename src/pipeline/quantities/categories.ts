/**
 * What a figure counts, from the category lexicon: the words between this figure and the next
 * one in its clause (after the number: "30 killed and 50 wounded"), or, when none, the words
 * before it back to the previous figure ("the number of killed and wounded ... exceeded 3,000").
 */
import { categoryLexicon, countedThings, type CategoryEntry } from '../../lexicons/categories.js';
import type { Span } from '../../model/doc.js';
import { wordAlternation } from './word-pattern.js';

const BY_FORM = new Map<string, CategoryEntry>();
for (const entry of categoryLexicon as readonly CategoryEntry[]) for (const form of entry.forms) BY_FORM.set(form, entry);
const CATEGORY = new RegExp(`\\b${wordAlternation([...BY_FORM.keys()])}\\b`, 'giu');
/** A clause boundary: semicolon, colon, dash, or a comma not between digits, or "while"/"but". */
const BOUNDARY = /[;:—–()]|,(?!\d)|\b(?:while|but|whereas|compared with|compared to)\b/giu;

interface Found {
  readonly main: string[];
  readonly fallback: string[];
}

function categoriesIn(text: string, after = true): Found {
  const found = new Set<string>();
  let fallback: string[] = [];
  CATEGORY.lastIndex = 0;
  let lastEnd = -1;
  for (let m = CATEGORY.exec(text); m; m = CATEGORY.exec(text)) {
    const entry = BY_FORM.get(m[0].toLowerCase().replace(/\s+/gu, ' '));
    if (!entry || (!after && entry.afterOnly)) continue;
    // "the case fatality rate", "the infection rate": a rate of it counts nobody
    if (RATE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))) continue;
    // Only the first category word and those joined to it ("killed and wounded"): in "53 wounded
    // remained hospitalized" the second word says what happened next.
    if (lastEnd >= 0 && found.size > 0 && !entry.fallback && !/^[\s,]*(?:and|or|,)?[\s,]*$/iu.test(text.slice(lastEnd, m.index))) break;
    lastEnd = m.index + m[0].length;
    // the first fallback word says who is counted: "2,000 soldiers marched" are troops
    if (entry.fallback) fallback = fallback.length > 0 ? fallback : [...entry.categories];
    else for (const c of entry.categories) found.add(c);
  }
  return { main: [...found].sort(), fallback };
}

/** "420 who were taken to hospital": a relative clause right after a figure says what happened to those it counts. */
const RELATIVE_AFTER = /^\s+(?:who|that)\s+(?:were|are|was|is|have\s+been|had\s+been|had|have)\s+/iu;

/**
 * The categories named by the first words of `after` (the text right after a figure, up to its first
 * boundary): "37 deaths" → killed; or by the first words of a relative clause there ("who were taken
 * to hospital" → hospitalized).
 */
export function categoriesAfter(after: string): string[] {
  const clause = after.slice(0, CLAUSE_END.exec(after)?.index ?? after.length);
  const relative = RELATIVE_AFTER.exec(clause);
  const words = relative
    ? /^(?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+/u.exec(clause.slice(relative[0].length))?.[0] ?? ''
    : /^\s*(?:[\p{L}'’-]+\s+){0,1}[\p{L}'’-]+/u.exec(clause)?.[0] ?? '';
  return categoriesIn(words).main;
}

const LIKELIHOOD_AFTER = /^\s*(?:chance|probability|likelihood|risk|odds)\b/iu;
const RATE_AFTER = /^\s+(?:rates?|ratios?)\b/iu;

/** Clause boundaries of a sentence (document offsets), found once per sentence. */
export function clauseBoundaries(text: string, sentence: Span): Span[] {
  const slice = text.slice(sentence.start, sentence.end);
  const found: Span[] = [];
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(slice); m; m = BOUNDARY.exec(slice)) found.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length });
  return found;
}

/** The clause around `span` inside `sentence`, given the sentence's boundaries. */
export function clauseOf(boundaries: readonly Span[], span: Span, sentence: Span): Span {
  let start = sentence.start;
  let end = sentence.end;
  for (const b of boundaries) {
    if (b.end <= span.start) start = b.end;
    else if (b.start >= span.end) { end = b.start; break; }
  }
  return { start, end };
}

/** Categories of the figure at `span` in its `clause`; `neighbours` are the other figures of the sentence. */
export function categoriesOf(text: string, span: Span, clause: Span, neighbours: readonly Span[], depth = 0): string[] {
  const next = neighbours.find((n) => n.start >= span.end && n.start < clause.end);
  // "23 of the 53 wounded": a part takes the categories of its whole.
  if (next && OF_THE.test(text.slice(span.end, next.start))) {
    return categoriesOf(text, next, clause, neighbours.filter((n) => n !== next), depth);
  }
  // "a 35% chance that deaths could exceed 10,000": a likelihood counts nobody
  if (LIKELIHOOD_AFTER.test(text.slice(span.end, span.end + 14))) return [];
  const previous = [...neighbours].reverse().find((n) => n.end <= span.start && n.end > clause.start);
  // "241 of the 242 people on board had been killed": the whole is everyone aboard; what the clause says is of the part
  if (previous && OF_THE.test(text.slice(previous.end, span.start)) && categoriesAfter(text.slice(span.end, span.end + 48)).length === 0) return [];
  // "killing 1,200 people and injuring more than 5,000": what follows "and" before the next figure is that figure's
  // "wounding 14 others before he was shot dead": an adverbial clause after the figure says what happened to someone else
  const between = untilAdverbialClause(text.slice(span.end, next ? next.start : clause.end));
  const after = categoriesIn(next ? between.replace(NEXT_FIGURE_VERB, '') : between);
  // "one victim initially reported dead was alive": the report the clause corrects is not what the figure counts
  const main = ALIVE.test(between) ? after.main.filter((c) => c !== 'killed' && c !== 'missing') : after.main;
  if (main.length > 0) return main;
  // "At least seven people, among them a journalist, died": an aside about the counted does not end their clause
  const aside = next ? null : ASIDE_AFTER.exec(text.slice(clause.end, clause.end + ASIDE_REACH));
  if (aside) {
    // ("has reached 58, the ministry said, with 2,870 cases": the words of the next figure are its own)
    const restStart = clause.end + aside[0].length;
    const beyond = neighbours.find((n) => n.start >= restStart);
    const rest = text.slice(restStart, Math.min(restStart + ASIDE_REACH, beyond ? beyond.start : Infinity));
    const found = categoriesIn(untilAdverbialClause(rest.slice(0, CLAUSE_END.exec(rest)?.index ?? rest.length))).main;
    if (found.length > 0) return found;
  }
  // "forced 180,000 people from their homes": the verb before and the homes after say it together
  if (FORCED_BEFORE.test(text.slice(Math.max(clause.start, span.start - 40), span.start)) && FROM_HOMES_AFTER.test(between)) return ['displaced'];
  const wordsBefore = text.slice(previous ? previous.end : clause.start, span.start);
  const before = categoriesIn(inOwnClause(wordsBefore), false);
  // "arrested 12 protesters": what happened (before) beats who they are (after).
  if (before.main.length > 0) return before.main;
  // "The number of people killed when a ferry sank … has risen to 21": the clause in the subject is the count's own
  // "The number of confirmed cases rose by 312 to 4,870": the change before the count shares its subject
  const head = COUNT_HEAD.exec(!previous ? wordsBefore : /^\s+to\s+$/iu.test(wordsBefore) ? text.slice(clause.start, previous.start) : '');
  const headed = head ? categoriesIn(head[1]!, false) : null;
  if (headed && headed.main.length > 0) return headed.main;
  // "Five soldiers and three civilians were killed": the first items of a list share what the verb after the last says
  // ("Five soldiers, three medics and two children were killed": the next item may be past a comma that ends this clause)
  const following = next ?? neighbours.find((n) => n.start >= span.end);
  const gap = following ? text.slice(span.end, following.start) : '';
  // ("200 soldiers, 40 of whom were wounded": a part of the count is no item of a list)
  if (following && depth < MAX_LIST_ITEMS && LIST_GAP.test(gap) && !GAP_VERB.test(gap) && !/^\s+of\s/iu.test(text.slice(following.end, following.end + 5))) {
    const rest = text.slice(following.end, following.end + LIST_REACH);
    const itemClause = { start: clause.start, end: Math.max(clause.end, following.end + (CLAUSE_END.exec(rest)?.index ?? rest.length)) };
    const shared = categoriesOf(text, following, itemClause, neighbours.filter((n) => n !== following), depth + 1);
    if (shared.length > 0 && !shared.some((c) => FALLBACKS.has(c))) return shared;
  }
  // "the army lost more than 1,500 servicemen": soldiers an army loses are its casualties, killed and wounded
  // ("the enemy lost 1,340 personnel": a side's personnel it lost are its soldiers; a hospital's 300 personnel are not)
  if ((after.fallback.includes('troops') || /^\s+personnel\b/iu.test(between)) && LOST.test(text.slice(Math.max(clause.start, span.start - 40), span.start))) return ['killed', 'wounded'];
  if (after.fallback.length > 0 || before.fallback.length > 0) return after.fallback.length > 0 ? after.fallback : before.fallback;
  // "Killed: 46", a line of a table of figures: the label before the colon says what is counted
  // "…amounted to: personnel — about 1,180,000 (+1,230)": a list of losses, each item a label, a dash and its figure
  const colon = LABEL.exec(text.slice(Math.max(0, span.start - 40), span.start))?.[1];
  const dashed = colon ? null : dashLabel(text, span);
  const label = colon ?? (dashed ? text.slice(dashed.start, dashed.end) : null);
  if (!label) return [];
  const losses = LOSSES.test(text.slice(Math.max(0, span.start - LOSSES_REACH), span.start));
  if (MANPOWER.test(label) && losses) return ['killed', 'wounded'];
  // "tanks — 3,300 (+9)" in a list of a side's losses: the equipment it lost is destroyed
  if (losses && countedThings.has(label.toLowerCase().split(/\s+/u).at(-1) ?? '')) return ['destroyed'];
  return categoriesIn(label).main;
}

/** Between a part and its whole: "23 of the 53". */
const OF_THE = /^\s+of\s+(?:the|those|these|all)?\s*$/iu;

/** Between two items of a list of counts: the first one's noun, then a comma or "and" ("soldiers, ", "factory owners and "). */
export const LIST_GAP = /^\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2}\s*(?:,\s*(?:and\s+)?|\s+(?:and|or)\s+)$/u;
/** A verb in that gap makes it a clause of its own: "45,000 people took part and 37 were detained". */
const GAP_VERB = /\b(?:were|was|are|is|been|had|have|has|took|take|turned|drew|\p{L}+ed(?=\s*(?:,|and\b|or\b)))/iu;
/** How far past the next item of a list its clause is read. */
const LIST_REACH = 160;
/** How many items of a list a figure looks through for the verb they share: lists in news are short, hostile ones long. */
const MAX_LIST_ITEMS = 8;
/** Categories that say only who is counted (troops, protesters): another item's are not what this one counts. */
const FALLBACKS: ReadonlySet<string> = new Set(categoryLexicon.flatMap((e): readonly string[] => ('fallback' in e && e.fallback ? e.categories : [])).filter((c) => !categoryLexicon.some((e) => !('fallback' in e && e.fallback) && (e.categories as readonly string[]).includes(c))));

/** ", among them a journalist,", ", most of them children,", ", or 90% of the population,": an aside set off by commas right after the counted. */
const ASIDE_AFTER = /^,\s*(?:among\s+them|among\s+whom|including|most\s+of\s+them|many\s+of\s+them|all\s+of\s+them|mostly|mainly|or|(?:(?:nearly|almost|about|roughly|around|more\s+than|over)\s+)?(?:the|a|an|half)\s)\b[^,;:.!?]*,/iu;
/** How far past a clause an aside and the words after it are read. */
const ASIDE_REACH = 120;
/** The first clause boundary (BOUNDARY, not global), or the sentence's end: the words after an aside are never the next sentence's. */
const CLAUSE_END = /[;:—–()]|,(?!\d)|[.!?](?=\s|$)|\n|\b(?:while|but|whereas)\b/iu;

/** A clause saying the counted are alive after all. */
const ALIVE = /\b(?:was|were|is|are|been)\s+(?:still\s+|found\s+|in\s+fact\s+|actually\s+)?alive\b/iu;

/** A loss verb right before a count of soldiers, with at most a bound between ("lost more than", "loses up to"). */
const LOST = /\b(?:lost|loses|losing|lose)\s+(?:(?:more|fewer|less)\s+than|over|nearly|almost|about|around|some|up\s+to|at\s+least|as\s+many\s+as)?\s*$/iu;

/** "14 people died when a ferry carrying 120 passengers capsized": a subordinate clause opens between a category word and the figure after it. */
const SUBORDINATOR = /\b(?:when|after|before|as|because|since|while|which|who|whose|where|if|although|though|until|that)\b/giu;

/** The words before a figure from the last subordinator on: those before it are another clause's. */
function inOwnClause(before: string): string {
  let from = 0;
  SUBORDINATOR.lastIndex = 0;
  for (let m = SUBORDINATOR.exec(before); m; m = SUBORDINATOR.exec(before)) from = m.index + m[0].length;
  return before.slice(from);
}

/** "forced", "drove" right before a figure (past a bound). */
const FORCED_BEFORE = /\b(?:forced|force|forces|forcing|drove|driven|drive|drives|driving|uprooted)\s+(?:(?:some|about|around|more\s+than|nearly|almost|over|at\s+least|an\s+estimated)\s+)?$/iu;
/** "… people from their homes", "… residents out of their homes". */
const FROM_HOMES_AFTER = /^\s+(?:[\p{L}'’-]+\s+){0,2}(?:from|out\s+of)\s+their\s+homes\b/iu;

/** A subject that names what a count is of, opening the clause: "the number of people killed", "the total of those who died". */
const COUNT_HEAD = /^\s*(?:the\s+)?(?:(?:total|overall|official)\s+)?(?:number|numbers|total|count|tally)\s+of\s+((?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+)/iu;

/** An adverbial clause opening after a figure ("… before he was shot dead"); relative words are left: "14 people who were injured" are the injured. */
const ADVERBIAL_CLAUSE = /\b(?:when|after|before|because|since|while|until|although|though|if|as\s+(?:he|she|they|it|police|officers|troops|soldiers|rescuers|the|a|an))\b/iu;

/** The words after a figure up to an adverbial clause, or up to a verb of its own ("destroyed 40 houses and damaged schools"). */
function untilAdverbialClause(after: string): string {
  const m = ADVERBIAL_CLAUSE.exec(after);
  const own = m ? after.slice(0, m.index) : after;
  const verb = COORDINATED_VERB.exec(own);
  // the figure's own words before "and" name no category: the verb after it says what was done to something else
  return verb && categoriesIn(verb[1]!).main.length === 0 ? verb[1]! : own;
}

/** "40 houses and damaged …": the figure's noun phrase, then "and" and a participle (a verb of its own, not a noun joined to the figure's). */
const COORDINATED_VERB = /^(\s+(?:[\p{L}'’-]+\s+){0,4}[\p{L}'’-]+)\s+(?:and|but)\s+(?=\p{L}+(?:ed|ing)\b)/iu;

/** From a coordinator on: the words that go with the next figure ("… and injuring more than"). */
const NEXT_FIGURE_VERB = /\s(?:and|or|while|but)\s[\s\S]*$/u;

/** A label opening a line or a sentence, then a colon, right before a figure or its bound ("Injured: at least 45"). */
const LABEL = /(?:^|\n|[.!?]\s+)\s*(\p{L}[\p{L} ]{0,30}):\s*(?:(?:at\s+least|about|some|nearly|almost|more\s+than|over|up\s+to|around|approximately)\s+)?$/u;
/** An item of a list after a colon or a comma: the label, a dash, perhaps a bound ("personnel — about"). */
const DASH_LABEL = /(?:^|\n|[:;,]|[.!?]\s)\s*(\p{L}[\p{L} ]{0,30}?)\s+[—–]\s+(?:(?:about|some|over|nearly|almost|approximately|more\s+than|up\s+to)\s+)?$/u;
/** The label of a list item right before the figure at `span` ("tanks — 11,300"), or null. */
export function dashLabel(text: string, span: Span): Span | null {
  const lead = text.slice(Math.max(0, span.start - 40), span.start);
  const m = DASH_LABEL.exec(lead);
  if (!m) return null;
  const start = span.start - lead.length + m.index + m[0].indexOf(m[1]!);
  return { start, end: start + m[1]!.length };
}

/** The label of the people a side lost in a list of its losses: killed and wounded together. */
const MANPOWER = /^(?:personnel|manpower)$/iu;
const LOSSES = /\blosses\b/iu;
/** How far before a list item its "losses" heading is read. */
const LOSSES_REACH = 200;
