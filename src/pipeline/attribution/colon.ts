/**
 * A colon after a speaker, typical of headlines and lead-ins: "Poll: Sanders leads in Iowa",
 * "Kasich: 'We are going all the way'". The source is the short noun phrase opening the sentence.
 */
import { contentAfter } from './content-span.js';
import { phraseEndingAt } from './source-phrase.js';
import { opensQuote, type Proposal, type View } from './view.js';
import type { Span, Token } from '../../model/doc.js';
import { firstStartingAt, spanAround } from '../../model/span.js';
import { governmentSeats } from '../../lexicons/places.js';
import { eventNouns } from '../../lexicons/events.js';
import { anonymousHeads } from '../../lexicons/cues.js';
import { oneWordTitleHeads } from '../../lexicons/titles.js';
import { organizationWords } from '../../lexicons/organizations.js';
import { nameKind } from '../../nlp/name-lexicon.js';

/** Labels that open a line with a colon but are not speakers. */
export const NOT_SPEAKER = /^(?:update|updated|watch|exclusive|breaking|photos?|video|note|editor|editors|related|read|more|listen|live|analysis|opinion|commentary|correction|clarification|source|sources|credit|by|byline|via|h\/t|twitter|facebook|instagram|email|e-mail|here|example|question|answer|q|a|wait|first|second|third|also|plus|bottom line|why|what|how)$/iu;

/** Labels of a live blog or an explainer that head a headline's topic: "Kursk live:", "Georgia protests explainer:". */
const EDITORIAL_HEAD = /^(?:live|latest|explainer|timeline|recap|briefing|roundup|highlights|results)$/iu;
/** Whether a label's last word makes it the story's topic, never a speaker: an event ("Georgia protests: what we know", "Iowa caucus: Roe leads") or an editorial label. */
const isTopicHead = (word: string): boolean => eventNouns.has(word.toLowerCase()) || EDITORIAL_HEAD.test(word);

const LINK_ONLY = /^\s*(?:@\w+|https?:\/\/\S+|www\.\S+|\S+@\S+\.\w+)[\s.]*$/u;

/** Kinds of event named by a word and a name ("Storm Darragh", "Operation Spring"). */
const NAMED_EVENT = /^(?:storm|hurricane|typhoon|cyclone|tropical|operation|wildfire|fire)$/iu;

/** Nouns that name who speaks: people by role ("Officials:", "Survivors:"), bodies ("Police:"), and reports ("New poll:"). */
const SPEAKER_NOUNS: ReadonlySet<string> = new Set([
  ...anonymousHeads,
  ...oneWordTitleHeads,
  ...organizationWords.map((w) => w.toLowerCase()),
  'authorities', 'survivors', 'rescuers', 'doctors', 'families', 'locals', 'voters', 'critics', 'activists', 'investigators',
  'prosecutors', 'judge', 'jury', 'scientists', 'researchers', 'workers', 'report', 'study', 'poll', 'survey', 'data', 'figures',
]);

/** Whether a label's last word may name a speaker: a name, or a noun for people, bodies or reports (singular or plural). */
function namesSpeaker(word: Token): boolean {
  if (word.pos !== 'NOUN' || !/^\p{Ll}/u.test(word.text)) return true;
  const w = word.text.toLowerCase();
  return SPEAKER_NOUNS.has(w) || SPEAKER_NOUNS.has(w.replace(/e?s$/u, ''));
}

const inHeading = (view: View, offset: number): boolean => spanAround(view.headings, offset) !== undefined;

export function colon(view: View, sentence: number): Proposal[] {
  const { tokens } = view;
  const [first, last] = view.sentenceTokens[sentence]!;
  for (let c = first + 1; c <= Math.min(last - 1, first + 7); c++) {
    // a colon with no space after it is code or a clock ("width:100%", "6:05"), not a lead-in
    if (tokens[c]!.text !== ':' || !/^\s/u.test(view.text.slice(tokens[c]!.end, tokens[c]!.end + 1))) continue;
    const np = phraseEndingAt(tokens, c - 1, first);
    if (!np || np[0] !== first) return [];
    const words = tokens.slice(first, c);
    const label = view.text.slice(tokens[first]!.start, tokens[c - 1]!.end);
    if (NOT_SPEAKER.test(label) || words.some((t) => NOT_SPEAKER.test(t.text)) || isTopicHead(words.at(-1)!.text) || !words.some((t) => t.pos === 'PROPN' || t.pos === 'NOUN')) return [];
    // "Storm Darragh:", "Hurricane Milton:": an event named by its kind then a name is a topic too
    if (words.length > 1 && NAMED_EVENT.test(words[0]!.text)) return [];
    // "Varna ferry: final toll stands at 21": in a headline, a label ending in a common noun that names no one is the topic
    if (inHeading(view, tokens[first]!.start) && !namesSpeaker(words.at(-1)!)) return [];
    // a label opened by an article is a section's or a live blog's title ("The Latest:", "Another
    // challenge:"), not a speaker: 2 of 12 such colons were attributions on train
    if (/^(?:the|a|an|another)$/iu.test(words[0]!.text)) return [];
    const content = contentAfter(view, c + 1, last);
    // "Twitter: @handle", "Full results: http://…": a link or an address is no report, nor is a
    // figure alone ("Clinton: 1,769."), a line of a table
    const said = content ? view.text.slice(content.start, content.end) : '';
    if (!content || LINK_ONLY.test(said) || !/\p{L}/u.test(said)) return [];
    return [{
      rule: 'attribution/colon',
      kind: /^["“‘'«]/u.test(view.text[content.start]!) ? 'direct-quote' : 'indirect',
      cue: { start: tokens[c]!.start, end: tokens[c]!.end },
      source: { start: tokens[first]!.start, end: tokens[c - 1]!.end },
      content: [content],
      unsourced: false,
    }];
  }
  return [];
}

/**
 * "Dnipro: 44 dead", "Lume: toll climbs past 40": a town before a colon is the story's dateline
 * or topic, not a speaker; it speaks only in a quotation ("Lume: “We will rebuild”"). A country
 * or a capital ("Seoul: 1,100 troops killed") stands for its government, which does speak.
 */
export function isPlaceLabel(view: View, p: Proposal): boolean {
  if (!p.cue || !p.source || view.text.slice(p.cue.start, p.cue.end) !== ':' || p.content.some((c) => opensQuote(view.text, c.start))) return false;
  const source: Span = p.source;
  const label = view.text.slice(source.start, source.end);
  if (GOVERNMENT_SEATS.has(label) || nameKind(label) === 'country') return false;
  const m = view.places[firstStartingAt(view.places, source.start)];
  return !!m && m.start === source.start && m.end >= source.end;
}

const GOVERNMENT_SEATS: ReadonlySet<string> = new Set(governmentSeats);
