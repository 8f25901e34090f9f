import { boundLexicon } from '../../src/lexicons/bounds.js';
import { areaLexicon, categoryLexicon } from '../../src/lexicons/categories.js';
import { hedgeLexicon } from '../../src/lexicons/hedges.js';
import { vagueLexicon } from '../../src/lexicons/vague-quantities.js';

interface Row { readonly id: string; readonly reason: string; readonly forms: readonly string[] }

export const hedges: readonly Row[] = hedgeLexicon;
export const categories: readonly Row[] = categoryLexicon;
export const areas: readonly Row[] = areaLexicon;
export const bound: readonly Row[] = boundLexicon;
export const vague: readonly Row[] = vagueLexicon;
