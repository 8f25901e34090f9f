/** What a store holds after a crash: the inputs stored, and any article stored only in part. */
import { sql } from 'kysely';
import type { Store } from '../../src/store/db.js';

export interface StoreState {
  readonly inputs: string[];
  readonly rows: number;
  /** Articles whose claims/quantities/dates/framing rows do not match their stored analysis. */
  readonly halfStored: string[];
}

interface Row {
  input: string;
  claims: number;
  quantities: number;
  dates: number;
  framing: number;
  doc_claims: number;
  doc_quantities: number;
  doc_dates: number;
  doc_framing: number;
}

export async function storeState(store: Store): Promise<StoreState> {
  const result = await sql<Row>`
    SELECT a.input,
      (SELECT count(*) FROM claims c WHERE c.article_id = a.id)::int AS claims,
      (SELECT count(*) FROM quantities q WHERE q.article_id = a.id)::int AS quantities,
      (SELECT count(*) FROM dates d WHERE d.article_id = a.id)::int AS dates,
      (SELECT count(*) FROM framing f WHERE f.article_id = a.id)::int AS framing,
      jsonb_array_length(a.doc->'claims') AS doc_claims,
      (SELECT count(*) FROM jsonb_array_elements(a.doc->'quantities') e WHERE NOT e ? 'repeats')::int AS doc_quantities,
      jsonb_array_length(a.doc->'dates') AS doc_dates,
      jsonb_array_length(a.doc->'framing') AS doc_framing
    FROM articles a ORDER BY a.input`.execute(store.db);
  const halfStored = result.rows
    .filter((r) => r.claims !== r.doc_claims || r.dates !== r.doc_dates || r.framing !== r.doc_framing || r.quantities !== r.doc_quantities)
    .map((r) => `${r.input}: claims ${r.claims}/${r.doc_claims}, quantities ${r.quantities}/${r.doc_quantities}, dates ${r.dates}/${r.doc_dates}, framing ${r.framing}/${r.doc_framing}`);
  return { inputs: [...new Set(result.rows.map((r) => r.input))], rows: result.rows.length, halfStored };
}
