export { analyze, type AnalyzeOptions } from './analyze.js';
export type * from './model/doc.js';
export { toOutput, type AnalysisOutput } from './model/output.js';
