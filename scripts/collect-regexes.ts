/**
 * Collects every regular expression literal in src/ (with file and line) and every `new RegExp`
 * call site, so the hostile-input tests can attack each one. Run `npx tsx scripts/collect-regexes.ts`
 * to print them as JSON lines.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export interface FoundRegex {
  readonly file: string;
  readonly line: number;
  /** The pattern and flags for a literal; null for a RegExp built at run time. */
  readonly source: string | null;
  readonly flags: string;
  /** The code as written: '/a+/u' or 'new RegExp(...)'. */
  readonly code: string;
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.ts$/u.test(name) && !/\.d\.ts$/u.test(name) ? [path] : [];
  });
}

/** Every regex in the .ts files under `dir` (default: src/). */
export function collectRegexes(dir = join(ROOT, 'src')): FoundRegex[] {
  const found: FoundRegex[] = [];
  for (const path of sourceFiles(dir)) {
    const code = readFileSync(path, 'utf8');
    const file = relative(ROOT, path);
    const tree = ts.createSourceFile(path, code, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      const line = tree.getLineAndCharacterOfPosition(node.getStart(tree)).line + 1;
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText(tree);
        const slash = literal.lastIndexOf('/');
        found.push({ file, line, source: literal.slice(1, slash), flags: literal.slice(slash + 1), code: literal });
      } else if (ts.isNewExpression(node) && node.expression.getText(tree) === 'RegExp') {
        found.push({ file, line, source: null, flags: '', code: node.getText(tree).slice(0, 120) });
      }
      ts.forEachChild(node, visit);
    };
    visit(tree);
  }
  return found;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const regex of collectRegexes()) process.stdout.write(JSON.stringify(regex) + '\n');
}
