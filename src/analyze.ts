/**
 * The pipeline, in order. Each stage reads the doc so far and returns its own layer.
 */
import { emptyDoc, type Context, type Doc } from './model/doc.js';
import { isCalendarDay } from './model/calendar-day.js';
import { ClaimtrailError } from './errors.js';
import { findBlocks } from './pipeline/find-blocks.js';
import { findDebris } from './pipeline/find-debris.js';
import { splitSentences } from './pipeline/split-sentences.js';
import { findEntities } from './pipeline/find-entities.js';
import { findPublicationDate } from './pipeline/find-publication-date.js';
import { resolveDates } from './pipeline/resolve-dates.js';
import { markStatus } from './pipeline/mark-status.js';
import { attributeClaims } from './pipeline/attribute-claims.js';
import { extractQuantities } from './pipeline/extract-quantities.js';
import { flagFraming } from './pipeline/flag-framing.js';

export interface AnalyzeOptions {
  /** Publication date, 'YYYY-MM-DD': anchors "December 23" or "last week". */
  readonly published?: string;
  readonly debug?: (stage: string, message: string, data?: unknown) => void;
}

/**
 * Analyses one article.
 * @example analyze('Casualties exceeded 3,000, the minister said.', { published: '2024-12-24' }).claims
 */
export function analyze(text: string, options: AnalyzeOptions = {}): Doc {
  if (options.published !== undefined && !isCalendarDay(options.published)) throw new ClaimtrailError(`analyze: published must be a day as YYYY-MM-DD, got '${options.published}'`);
  const context: Context = {
    ...(options.published ? { published: options.published } : {}),
    ...(options.debug ? { debug: options.debug } : {}),
  };
  let doc = emptyDoc(text, options.published);
  // Layout first: debris and headings must be known before sentences so none straddles them.
  doc = { ...doc, blocks: findBlocks(doc) };
  doc = { ...doc, ...findDebris(doc) };
  doc = { ...doc, ...splitSentences(doc) };
  doc = { ...doc, entities: findEntities(doc) };
  // Relative dates count from the day of publication: when none is given, a byline or dateline may state it.
  doc = { ...doc, ...findPublicationDate(doc) };
  doc = { ...doc, dates: resolveDates(doc, context) };
  // Hedges before claims: a claim's status is read from the markers inside it.
  doc = { ...doc, statusMarkers: markStatus(doc) };
  // Claims need entities to resolve "the president" to a person.
  doc = { ...doc, claims: attributeClaims(doc) };
  // Quantities need claims (their source), dates (their time) and entities (their place).
  doc = { ...doc, quantities: extractQuantities(doc, context) };
  doc = { ...doc, framing: flagFraming(doc) };
  return doc;
}
