/**
 * A colon after a speaker, typical of headlines and lead-ins: "Poll: Sanders leads in Iowa",
 * "Kasich: 'We are going all the way'". The source is the short noun phrase opening the sentence.
 */
import { contentAfter } from './content-span.js';
import { phraseEndingAt } from './source-phrase.js';
import { opensQuote, type Proposal, type View } from './view.js';
import type { Span } from '../../model/doc.js';
import { firstStartingAt } from '../../model/span.js';
import { governmentSeats } from '../../lexicons/places.js';
import { nameKind } from '../../nlp/name-lexicon.js';

/** Labels that open a line with a colon but are not speakers. */
export const NOT_SPEAKER = /^(?:update|updated|watch|exclusive|breaking|photos?|video|note|editor|editors|related|read|more|listen|live|analysis|opinion|commentary|correction|clarification|source|sources|credit|by|byline|via|h\/t|twitter|facebook|instagram|email|e-mail|here|example|question|answer|q|a|wait|first|second|third|also|plus|bottom line|why|what|how)$/iu;

/** Event nouns that end a headline's topic label, never a speaker: "Georgia protests: what we know", "Iowa caucus: Roe leads". */
const TOPIC_HEAD = /^(?:protests?|war|attacks?|strikes?|crisis|elections?|floods?|flooding|earthquake|quakes?|tremors?|landslides?|mudslides?|avalanches?|tsunami|eruption|cyclone|typhoon|tornado|heatwave|drought|fires?|wildfires?|explosions?|blasts?|shooting|stabbing|crash|collapse|derailment|sinking|shelling|bombing|siege|offensive|ceasefire|truce|vote|talks|summit|live|latest|explainer|timeline|storm|hurricane|outbreak|pandemic|scandal|trial|debate|primary|primaries|caucus(?:es)?|race|recap|briefing|roundup|highlights|results)$/iu;

const LINK_ONLY = /^\s*(?:@\w+|https?:\/\/\S+|www\.\S+|\S+@\S+\.\w+)[\s.]*$/u;

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
    if (NOT_SPEAKER.test(label) || words.some((t) => NOT_SPEAKER.test(t.text)) || TOPIC_HEAD.test(words.at(-1)!.text) || !words.some((t) => t.pos === 'PROPN' || t.pos === 'NOUN')) return [];
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
