/**
 * Table types for Kysely. Offsets are UTF-16 code units into `articles.text`, end exclusive,
 * like every span in the document model. JSON columns hold plain arrays of strings.
 */
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/** jsonb: written as a JSON string, read back parsed. */
type Json<T> = ColumnType<T, string, string>;

export interface ArticleTable {
  id: Generated<number>;
  /** Canonical URL, else a hash of the whitespace-normalised body: the re-ingest identity. */
  key: string;
  input: string;
  url: string | null;
  title: string | null;
  outlet: string | null;
  /** 'YYYY-MM-DD' when known. */
  published: string | null;
  text: string;
  /** The analysis output without tokens, for the annotated view. */
  doc: Json<unknown>;
  ingested_at: ColumnType<Date, never, never>;
  updated_at: ColumnType<Date, never, string>;
}

export interface EntityTable {
  id: Generated<number>;
  type: string;
  /** The longest name seen, as written. */
  name: string;
}

/** Every normalised spelling an entity has been seen under; one owner per (type, key). */
export interface EntityNameTable {
  type: string;
  key: string;
  entity_id: number;
}

export interface ArticleEntityTable {
  article_id: number;
  entity_id: number;
  /** The entity's id inside the article's doc. */
  doc_id: string;
  mentions: number;
  role: string | null;
}

export interface ClaimTable {
  id: Generated<number>;
  article_id: number;
  doc_id: string;
  kind: string;
  evidence: string;
  source_text: string | null;
  source_entity_id: number | null;
  /** For a claim a news outlet relays ("Reuters reported, citing the coast guard"), the one it cites. */
  origin_text: string | null;
  origin_entity_id: number | null;
  anonymous: boolean;
  cue_text: string | null;
  content_text: string;
  unsourced: boolean;
  status: Json<string[]>;
  start: number;
  end: number;
}

export interface QuantityTable {
  id: Generated<number>;
  article_id: number;
  doc_id: string;
  claim_id: number | null;
  surface: string;
  value: number | null;
  lower: number | null;
  upper: number | null;
  lower_inclusive: boolean;
  upper_inclusive: boolean;
  bound: string;
  approximate: boolean;
  unit: string | null;
  change: string;
  categories: Json<string[]>;
  subject_text: string | null;
  place_text: string | null;
  /** Whose figure its own words say it is ("the police figure of 42,000"), else null: its claim's source (migration 0012). */
  figure_source: string | null;
  /** Series keys computed by src/trail at ingest so series queries can use an index. */
  category_key: string;
  subject_key: string;
  place_key: string;
  /** The date the figure refers to ('YYYY-MM-DD'), else null. */
  refers_to: string | null;
  status: Json<string[]>;
  sentence_start: number;
  sentence_end: number;
  /** The sentence itself, as the article gives it (null for figures stored before migration 0006). */
  sentence_text: string | null;
  start: number;
  end: number;
}

export interface DateTable {
  article_id: number;
  doc_id: string;
  date: string;
  end_date: string | null;
  precision: string;
  start: number;
  end: number;
}

export interface FramingTable {
  article_id: number;
  term: string;
  neutral: string;
  start: number;
  end: number;
}

export interface Database {
  articles: ArticleTable;
  entities: EntityTable;
  entity_names: EntityNameTable;
  article_entities: ArticleEntityTable;
  claims: ClaimTable;
  quantities: QuantityTable;
  dates: DateTable;
  framing: FramingTable;
}

export type ArticleRow = Selectable<ArticleTable>;
export type ClaimRow = Selectable<ClaimTable>;
export type QuantityRow = Selectable<QuantityTable>;
export type NewClaim = Insertable<ClaimTable>;
export type NewQuantity = Insertable<QuantityTable>;
