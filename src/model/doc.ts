/**
 * The one document type that flows through the pipeline: the input text exactly as given plus
 * flat layers of positioned annotations. Offsets are UTF-16 code units into `text`, end exclusive,
 * so `text.slice(start, end)` is always the annotated surface. Everything here is plain JSON.
 */

/** A half-open range `[start, end)` of UTF-16 code units into `Doc.text`. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Every annotation names the rule that produced it (`<stage>/<shape>`), as chrono tags do. */
export interface Ruled {
  readonly rule: string;
}

export type DebrisKind =
  | 'share'
  | 'photo-credit'
  | 'read-also'
  | 'newsletter'
  | 'subscribe'
  | 'navigation'
  | 'repeated-headline'
  | 'pull-quote-speaker'
  | 'dateline'
  | 'other';

/** Scraping debris: kept in `text`, marked here so later stages skip it. */
export interface Debris extends Span, Ruled {
  readonly id: string;
  readonly kind: DebrisKind;
}

export interface Heading extends Span, Ruled {
  readonly id: string;
  readonly level?: number;
}

/** A paragraph-like block: a run of text between blank lines (or a single short line). */
export interface Block extends Span {
  readonly id: string;
  readonly kind: 'paragraph' | 'heading' | 'debris';
}

export interface Sentence extends Span {
  readonly id: string;
  readonly block: string;
}

/** A word or punctuation token: wink-nlp's token with character offsets added. */
export interface Token extends Span {
  readonly text: string;
  readonly pos: string;
  readonly type: string;
  readonly lemma: string;
  readonly sentence: number;
}

export type EntityType = 'person' | 'organization' | 'place' | 'group';

export interface Mention extends Span, Ruled {
  /** name: a proper name; title: a role with a name ("President of Ukraine"); description: "the president"; pronoun */
  readonly kind: 'name' | 'title' | 'description' | 'pronoun';
}

export interface Entity {
  readonly id: string;
  readonly type: EntityType;
  /** The longest full name seen, as written. */
  readonly name: string;
  readonly mentions: readonly Mention[];
  /** A title or role found next to a mention, as written ("Commander-in-Chief of the Armed Forces of Ukraine"). */
  readonly role?: string;
  readonly aliases: readonly string[];
}

export type ClaimKind =
  | 'direct-quote'
  | 'indirect'
  | 'according-to'
  | 'unsourced'
  | 'pull-quote'
  | 'fragment';

/** How the claim reaches the reader: the evidence type an analyst filters on. */
export type Evidence = 'direct' | 'indirect' | 'according-to' | 'unsourced' | 'anonymous';

export interface ClaimSource extends Span {
  /** The entity this source phrase refers to, when resolved. */
  readonly entity?: string;
  /** True for unnamed sources ("a source close to", "one of the captured soldiers"). */
  readonly anonymous?: boolean;
  /** For a relative source ("…, according to aid workers, who said"), the phrase it stands for. */
  readonly antecedent?: Span;
}

/** One link in a chain of sources: "X said that Y told him ..." gives [X, Y]. */
export interface SourceLink extends Span {
  readonly entity?: string;
  readonly cue?: Span;
}

export interface Claim extends Ruled {
  readonly id: string;
  readonly kind: ClaimKind;
  readonly evidence: Evidence;
  readonly cue: Span | null;
  readonly source: ClaimSource | null;
  readonly content: readonly Span[];
  readonly unsourced: boolean;
  readonly status: readonly string[];
  /** Nested attribution, outermost first; absent when there is a single source. */
  readonly chain?: readonly SourceLink[];
  /** A claim that repeats another one in the same article (a pull quote repeating the lead). */
  readonly repeats?: string;
}

export type Bound =
  | 'exact'
  | 'more_than'
  | 'at_least'
  | 'less_than'
  | 'at_most'
  | 'approx'
  | 'range'
  | 'vague';

export interface Quantity extends Span, Ruled {
  readonly id: string;
  /** The point value when one is stated (3000 for "exceeded 3,000"), else null. */
  readonly value: number | null;
  readonly lower: number | null;
  readonly upper: number | null;
  readonly lowerInclusive: boolean;
  readonly upperInclusive: boolean;
  readonly bound: Bound;
  readonly approximate: boolean;
  /** The words that made it a bound or an approximation ("exceeded", "at least", "nearly"). */
  readonly cue?: Span;
  /** A vague quantity word kept verbatim ("dozens", "tens of thousands"). */
  readonly vague?: string;
  readonly unit?: string;
  /** 'level' for a stock ("3,000 dead"), 'increase'/'decrease' for a change ("rose by 40"). */
  readonly change: 'level' | 'increase' | 'decrease';
  readonly categories: readonly string[];
  readonly subject?: Span;
  /** Whose the counted are: "Russia" in "Russia lost 1,230 soldiers", "Hale" in "Hale won 52.3% of the vote". */
  readonly owner?: Span;
  /** Whose figure its own words say it is ("the police figure of 42,000"), when they do: it may differ from its claim's source, which relays it. */
  readonly source?: Span;
  readonly place?: Span;
  readonly time?: Span;
  readonly status: readonly string[];
  readonly claim?: string;
  /** Earlier quantity in this article stating the same figure (same value, categories, subject). */
  readonly repeats?: string;
}

export type DatePrecision = 'day' | 'month' | 'year' | 'range' | 'week' | 'time';

export interface DateMention extends Span, Ruled {
  readonly id: string;
  /** 'YYYY-MM-DD', or partial 'YYYY-MM' / 'YYYY' when only that much is known. */
  readonly date: string;
  readonly end_date?: string;
  readonly precision: DatePrecision;
  /** Date parts inferred from the publication date rather than written ("year"). */
  readonly implied: readonly string[];
}

/** A hedge or evidential marker ("preliminary", "reportedly", "confirmed"). */
export interface StatusMarker extends Span, Ruled {
  readonly status: string;
}

export interface Framing extends Span, Ruled {
  readonly term: string;
  readonly neutral: string;
  readonly reason: string;
}

export interface Message extends Ruled {
  readonly reason: string;
  readonly severity: 'info' | 'warning';
  readonly span?: Span;
}

export interface Doc {
  readonly text: string;
  readonly published?: string;
  readonly blocks: readonly Block[];
  readonly debris: readonly Debris[];
  readonly headings: readonly Heading[];
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
  readonly entities: readonly Entity[];
  readonly statusMarkers: readonly StatusMarker[];
  readonly dates: readonly DateMention[];
  readonly claims: readonly Claim[];
  readonly quantities: readonly Quantity[];
  readonly framing: readonly Framing[];
  readonly messages: readonly Message[];
}

/** What a stage sees of the pipeline's input besides the doc. No clock, no I/O. */
export interface Context {
  /** Publication date 'YYYY-MM-DD' used to resolve relative dates. */
  readonly published?: string;
  /** Called only when debugging a rule. */
  readonly debug?: (stage: string, message: string, data?: unknown) => void;
}

/** An empty doc over `text`: the pipeline fills one layer per stage. */
export function emptyDoc(text: string, published?: string): Doc {
  return {
    text,
    ...(published ? { published } : {}),
    blocks: [],
    debris: [],
    headings: [],
    sentences: [],
    tokens: [],
    entities: [],
    statusMarkers: [],
    dates: [],
    claims: [],
    quantities: [],
    framing: [],
    messages: [],
  };
}
