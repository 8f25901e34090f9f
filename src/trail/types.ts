/** The figure trail's plain-JSON types: points read from the store, series and flags built from them. */

/** One stored figure, with what the trail needs to place it and show it. */
export interface FigurePoint {
  /** Store id of the quantity. */
  readonly id: number;
  readonly articleId: number;
  /** The quantity's id inside its article's doc (the anchor of its link). */
  readonly docId: string;
  readonly claimId: number | null;
  readonly outlet: string | null;
  readonly title: string | null;
  /** Publication date 'YYYY-MM-DD'. */
  readonly published: string | null;
  /** The date the figure refers to, when the text says. */
  readonly refersTo: string | null;
  readonly surface: string;
  readonly sentence: string;
  readonly value: number | null;
  readonly lower: number | null;
  readonly upper: number | null;
  readonly lowerInclusive: boolean;
  readonly upperInclusive: boolean;
  readonly bound: string;
  readonly approximate: boolean;
  readonly change: string;
  readonly categories: readonly string[];
  readonly subject: string | null;
  readonly place: string | null;
  readonly categoryKey: string;
  readonly subjectKey: string;
  readonly placeKey: string;
  /** Who gives the figure, as written; null when the outlet states it itself. */
  readonly source: string | null;
  /** The news outlet that relays the source's figure ("Reuters reported, citing the coast guard"), else null. */
  readonly via: string | null;
  /** Identity of the source across articles: 'entity:ID', a folded name, or 'outlet:NAME'. */
  readonly sourceKey: string;
  readonly status: readonly string[];
}

/** A figure's value as a closed/open interval; `high` is Infinity for "more than". */
export interface Interval {
  readonly low: number;
  readonly high: number;
  readonly lowInclusive: boolean;
  readonly highInclusive: boolean;
}

export interface DisagreementFlag {
  readonly kind: 'disagreement';
  /** Point ids, earlier first. */
  readonly points: readonly [number, number];
  readonly sources: readonly [string, string];
  readonly reason: string;
}

export interface RevisionFlag {
  readonly kind: 'revision';
  readonly points: readonly [number, number];
  readonly source: string;
  readonly direction: 'raised' | 'lowered';
  readonly reason: string;
}

export type TrailFlag = DisagreementFlag | RevisionFlag;

/** A low–high view of the latest period; never replaces the points it is built from. */
export interface SeriesSummary {
  readonly asOf: string | null;
  /** How many days before `asOf` the view reaches: 7, or 0 for a running total. */
  readonly days: number;
  readonly low: number | null;
  /** null when some source gives only a lower bound ("more than 3,000"). */
  readonly high: number | null;
  readonly sources: number;
}

export interface FigureSeries {
  /** URL-safe key: categories~subject~place. */
  readonly id: string;
  readonly label: string;
  readonly categories: readonly string[];
  readonly subjectKey: string;
  readonly placeKey: string;
  /** Ordered by the date referred to, then publication date. */
  readonly points: readonly FigurePoint[];
  readonly flags: readonly TrailFlag[];
  readonly summary: SeriesSummary;
}
