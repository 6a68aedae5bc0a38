// Every word a user reads comes from i18next: no component writes text into JSX directly, nor into
// attributes that are read or announced (aria-label, title, placeholder, alt). Checked on the syntax
// tree of every client .tsx file, so comments and code never count.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const CLIENT = path.join(__dirname, '../../client/src');
const READ_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'aria-description', 'aria-roledescription']);
/** Not words: the brand, symbols and separators. */
const ALLOWED = new Set(['Nysa']);
const hasWords = (text: string) => /\p{L}/u.test(text) && !ALLOWED.has(text.trim());

function tsxFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return tsxFiles(full);
    return entry.name.endsWith('.tsx') ? [full] : [];
  });
}

function hardcodedTexts(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const where = (node: ts.Node) => `${path.relative(CLIENT, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && hasWords(node.getText())) found.push(`${where(node)} text "${node.getText().trim()}"`);
    if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText()) && node.initializer) {
      const value = ts.isStringLiteral(node.initializer)
        ? node.initializer.text
        : ts.isJsxExpression(node.initializer) && node.initializer.expression && ts.isStringLiteral(node.initializer.expression)
          ? node.initializer.expression.text
          : null;
      if (value !== null && hasWords(value)) found.push(`${where(node)} ${node.name.getText()}="${value}"`);
    }
    if (ts.isJsxExpression(node) && node.expression && ts.isStringLiteral(node.expression) && ts.isJsxElement(node.parent) && hasWords(node.expression.text)) {
      found.push(`${where(node)} text {"${node.expression.text}"}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('client components', () => {
  test('write no user-facing text outside i18next', () => {
    const files = tsxFiles(CLIENT);
    expect(files.length).toBeGreaterThan(10);
    expect(files.flatMap(hardcodedTexts)).toEqual([]);
  });
});
