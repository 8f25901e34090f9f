export { analyze, type AnalyzeOptions } from './analyze.js';
export type * from './model/doc.js';
export { toOutput, type AnalysisOutput } from './model/output.js';
export { loadInputs, type LoadOptions } from './ingest/load-inputs.js';
export type { RawArticle } from './ingest/raw-article.js';
export { ClaimtrailError, InputError, UsageError } from './errors.js';
