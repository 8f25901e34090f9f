/** Reads stored figures as trail points and builds the figure series from them. */
import { sql, type Kysely } from 'kysely';
import { buildSeries } from '../trail/build-series.js';
import { subjectHomes } from '../trail/group-series.js';
import { foldText } from '../trail/fold-text.js';
import { sourcePhraseKey, withoutTrailingMarks } from '../trail/series-keys.js';
import type { FigurePoint, FigureSeries } from '../trail/types.js';
import type { Database } from './schema.js';

export interface FigureFilter {
  /** Only figures of this measure (a series' category key, e.g. 'killed+wounded'). */
  readonly categoryKey?: string;
  /** Only figures with this subject key, or with any of these (one query for a series' spellings). */
  readonly subjectKey?: string | readonly string[];
}

export async function loadFigurePoints(db: Kysely<Database>, filter: FigureFilter = {}): Promise<FigurePoint[]> {
  let query = db
    .selectFrom('quantities as q')
    .innerJoin('articles as a', 'a.id', 'q.article_id')
    .leftJoin('claims as c', 'c.id', 'q.claim_id')
    .leftJoin('entities as e', 'e.id', 'c.source_entity_id')
    .leftJoin('entities as oe', 'oe.id', 'c.origin_entity_id')
    .select([
      'q.id', 'q.article_id', 'q.doc_id', 'q.claim_id', 'q.surface', 'q.value', 'q.lower', 'q.upper',
      'q.lower_inclusive', 'q.upper_inclusive', 'q.bound', 'q.approximate', 'q.change', 'q.categories',
      'q.subject_text', 'q.place_text', 'q.category_key', 'q.subject_key', 'q.place_key', 'q.refers_to',
      'q.status', 'q.figure_source', 'q.sentence_start', 'q.sentence_end', 'a.outlet', 'a.title', 'a.published',
      'c.source_text', 'c.source_entity_id', 'e.name as entity_name', 'c.origin_text', 'c.origin_entity_id', 'oe.name as origin_name',
    ])
    // stored with the figure; figures stored before migration 0006 are cut out of the text (by code points, so an astral emoji before shifts them)
    .select((eb) => eb.fn.coalesce('q.sentence_text', eb.fn<string>('substr', ['a.text', eb('q.sentence_start', '+', 1), eb('q.sentence_end', '-', eb.ref('q.sentence_start'))])).as('sentence'));
  if (filter.categoryKey !== undefined) query = query.where('q.category_key', '=', filter.categoryKey);
  if (typeof filter.subjectKey === 'string') query = query.where('q.subject_key', '=', filter.subjectKey);
  else if (filter.subjectKey) query = query.where('q.subject_key', 'in', filter.subjectKey);
  const rows = await query.orderBy('q.id').execute();
  return rows.map((r) => {
    // "…, Reuters reported, citing the coast guard": the figure is the coast guard's, relayed by Reuters;
    // "the ministry said …, more than the police figure of 42,000": the police's, relayed by the ministry
    const own = r.figure_source;
    const relayed = r.origin_text !== null;
    const speaker = r.entity_name ?? asName(r.source_text);
    return {
    id: r.id,
    articleId: r.article_id,
    docId: r.doc_id,
    claimId: r.claim_id,
    outlet: r.outlet,
    title: r.title,
    published: r.published,
    refersTo: r.refers_to,
    surface: r.surface,
    sentence: r.sentence,
    value: r.value,
    lower: r.lower,
    upper: r.upper,
    lowerInclusive: r.lower_inclusive,
    upperInclusive: r.upper_inclusive,
    bound: r.bound,
    approximate: r.approximate,
    change: r.change,
    categories: r.categories,
    subject: r.subject_text,
    place: r.place_text,
    categoryKey: r.category_key,
    subjectKey: r.subject_key,
    placeKey: r.place_key,
    // The linked entity's name reads the same in every article; the phrase as written otherwise.
    source: own !== null ? asName(own) : relayed ? (r.origin_name ?? asName(r.origin_text)) : speaker,
    via: relayed || (own !== null && speaker !== null && sourcePhraseKey(speaker) !== sourcePhraseKey(own)) ? speaker : null,
    // with no source and no outlet, each article speaks for itself: two unknown writers are not one source revising its figure;
    // an outlet is one whether a feed or a page names it ("Valley Courier", "The Valley Courier")
    sourceKey: (own !== null ? sourcePhraseKey(own) : relayed ? speakerKey(r.origin_entity_id, r.origin_text) : speakerKey(r.source_entity_id, r.source_text)) ?? (r.outlet ? `outlet:${sourcePhraseKey(r.outlet)}` : `article:${r.article_id}`),
    status: r.status,
    };
  });
}

/** Who a speaker is across articles: its linked entity, else its phrase folded; null for no speaker. */
const speakerKey = (entityId: number | null, text: string | null): string | null => (entityId !== null ? `entity:${entityId}` : text ? sourcePhraseKey(text) : null);

/** All series, optionally only those whose label or id mentions `query`. */
export async function listSeries(db: Kysely<Database>, query?: string): Promise<FigureSeries[]> {
  const series = buildSeries(await loadFigurePoints(db));
  if (!query) return series;
  const q = foldText(query);
  return series.filter((s) => foldText(`${s.label} ${s.id}`).includes(q));
}

/**
 * One series by id. Only the rows that can belong to it are read (index on category and subject):
 * its own subject, plus figures with no subject when the grouping would fold them in, that is
 * when no other specific subject is counted under the same measure (see groupSeries).
 */
export async function getSeries(db: Kysely<Database>, id: string): Promise<FigureSeries | undefined> {
  const [categoryPart, subjectPart] = id.split('~');
  if (!categoryPart || categoryPart === 'any' || subjectPart === undefined) {
    return buildSeries(await loadFigurePoints(db)).find((s) => s.id === id);
  }
  // The id wrote the subject's spaces as '-': the stored key is one of these two spellings.
  const spellings = subjectPart === 'anyone' ? [''] : [...new Set([subjectPart.replace(/-/gu, ' '), subjectPart])];
  const keys = spellings[0] === '' ? [''] : await subjectsFoldedInto(db, categoryPart, spellings);
  return buildSeries(await loadFigurePoints(db, { categoryKey: categoryPart, subjectKey: keys })).find((s) => s.id === id);
}

/**
 * The subject keys whose figures a series with this subject gathers: its own (in either spelling),
 * those that fold into it (groupSeries: subjectHomes), and '' when it is the measure's only specific subject.
 */
async function subjectsFoldedInto(db: Kysely<Database>, categoryKey: string, spellings: string[]): Promise<string[]> {
  // a skip scan over the (category_key, subject_key) index: one descent per distinct subject, not a read of every figure
  const rows = await sql<{ key: string }>`
    WITH RECURSIVE keys(key) AS (
      SELECT min(subject_key) FROM quantities WHERE category_key = ${categoryKey}
      UNION ALL
      SELECT (SELECT min(subject_key) FROM quantities WHERE category_key = ${categoryKey} AND subject_key > keys.key) FROM keys WHERE keys.key IS NOT NULL
    )
    SELECT key FROM keys WHERE key IS NOT NULL`.execute(db);
  const stored = rows.rows.map((r) => r.key);
  const homes = subjectHomes(stored);
  const home = (k: string): string => homes.get(k) ?? k;
  const folded = stored.filter((k) => k !== '' && spellings.includes(home(k)));
  const specific = new Set(stored.filter((k) => k !== '').map(home));
  return [...new Set([...spellings, ...folded, ...(specific.size <= 1 ? [''] : [])])];
}

/** The series each of an article's figures belongs to (doc id → series id), for its figure cards. */
export async function seriesOfArticle(db: Kysely<Database>, articleId: number): Promise<Record<string, string>> {
  const keys = await db.selectFrom('quantities').select('category_key').distinct().where('article_id', '=', articleId).execute();
  const result: Record<string, string> = {};
  for (const { category_key } of keys) {
    for (const s of buildSeries(await loadFigurePoints(db, { categoryKey: category_key }))) {
      for (const p of s.points) if (p.articleId === articleId) result[p.docId] = s.id;
    }
  }
  return result;
}

/** A source phrase as a name in the trail, without the comma that closes its appositive. */
const asName = (phrase: string | null): string | null => (phrase === null ? null : withoutTrailingMarks(phrase));
