import type { Bound, Span } from '../../src/model/doc.js';

/** One expected figure: an article name (PolNeAR train split), offsets and values, never text. */
export interface GoldFigure extends Span {
  readonly file: string;
  readonly value: number | null;
  readonly lower: number | null;
  readonly upper: number | null;
  readonly lowerInclusive: boolean;
  readonly upperInclusive: boolean;
  readonly bound: Bound;
  readonly approximate: boolean;
  readonly categories: readonly string[];
  readonly subject?: Span;
  readonly place?: Span;
  readonly time?: Span;
}
