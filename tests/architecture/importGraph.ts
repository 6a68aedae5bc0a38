// The import graph of TypeScript sources, read with the compiler's parser (no type checking): every
// import and re-export, `import type` included, dynamic `import()`, `require()` and `import('…')` types.
// Relative specifiers are resolved to files of the graph (`x.ts`, `x.tsx`, `x/index.ts`); the rest are
// packages. The architecture tests use it to refuse import circles and imports across layers.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export interface ImportRef {
  /** As written: `./segments/access`, `express`, `node:fs`. */
  specifier: string;
  /** `import type …`, `export type … from`, or every name imported marked `type`. */
  typeOnly: boolean;
}

/** Every module a source file names, in order of appearance. */
export function importsOf(fileName: string, text: string): ImportRef[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const refs: ImportRef[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const named = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : [];
      const typeOnly = clause !== undefined && (clause.isTypeOnly || (!clause.name && named.length > 0 && named.every((element) => element.isTypeOnly)));
      refs.push({ specifier: node.moduleSpecifier.text, typeOnly });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      refs.push({ specifier: node.moduleSpecifier.text, typeOnly: node.isTypeOnly });
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference) && ts.isStringLiteral(node.moduleReference.expression)) {
      refs.push({ specifier: node.moduleReference.expression.text, typeOnly: node.isTypeOnly });
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      refs.push({ specifier: node.argument.literal.text, typeOnly: true });
    } else if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require')) &&
      node.arguments.length > 0 &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      refs.push({ specifier: node.arguments[0].text, typeOnly: false });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return refs;
}

const isRelative = (specifier: string): boolean => specifier === '.' || specifier === '..' || specifier.startsWith('./') || specifier.startsWith('../');

/** The file of `files` a relative specifier names, or null (a package, or a file outside the graph). */
export function resolveImport(fromFile: string, specifier: string, files: ReadonlySet<string>): string | null {
  if (!isRelative(specifier)) return null;
  const base = path.posix.join(path.posix.dirname(fromFile), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) {
    if (files.has(candidate)) return candidate;
  }
  return null;
}

/** File → the files of the graph it imports (sorted, without repeats). Paths use `/`. */
export type ImportGraph = Map<string, string[]>;

/** The graph of in-memory sources: path → text. */
export function buildImportGraph(sources: ReadonlyMap<string, string>): ImportGraph {
  const files = new Set(sources.keys());
  const graph: ImportGraph = new Map();
  for (const [file, text] of sources) {
    const targets = new Set<string>();
    for (const ref of importsOf(file, text)) {
      const target = resolveImport(file, ref.specifier, files);
      if (target !== null) targets.add(target);
    }
    graph.set(file, [...targets].sort());
  }
  return graph;
}

/**
 * The import circles of a graph: its strongly connected components (Tarjan) of more than one file, and
 * files that import themselves. Each circle's files are sorted; circles are sorted by their first file.
 */
export function importCycles(graph: ImportGraph): string[][] {
  const index = new Map<string, number>();
  const lowLink = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  let next = 0;

  // Iterative depth-first search: each frame is a file and how many of its imports were visited.
  for (const root of [...graph.keys()].sort()) {
    if (index.has(root)) continue;
    const frames: { file: string; edge: number }[] = [];
    const enter = (file: string) => {
      index.set(file, next);
      lowLink.set(file, next);
      next++;
      stack.push(file);
      onStack.add(file);
      frames.push({ file, edge: 0 });
    };
    enter(root);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1];
      const targets = graph.get(frame.file) ?? [];
      if (frame.edge < targets.length) {
        const target = targets[frame.edge++];
        if (!graph.has(target)) continue;
        if (!index.has(target)) enter(target);
        else if (onStack.has(target)) lowLink.set(frame.file, Math.min(lowLink.get(frame.file)!, index.get(target)!));
        continue;
      }
      frames.pop();
      if (frames.length > 0) {
        const parent = frames[frames.length - 1].file;
        lowLink.set(parent, Math.min(lowLink.get(parent)!, lowLink.get(frame.file)!));
      }
      if (lowLink.get(frame.file) !== index.get(frame.file)) continue;
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== frame.file);
      if (component.length > 1 || (graph.get(frame.file) ?? []).includes(frame.file)) cycles.push(component.sort());
    }
  }
  return cycles.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** Every .ts file below `dirs` (relative to `root`), read: path relative to `root` → text. */
export function readSources(root: string, dirs: readonly string[]): Map<string, string> {
  const sources = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const relative = path.posix.join(dir, entry.name);
      if (entry.isDirectory()) walk(relative);
      else if (entry.isFile() && /\.tsx?$/.test(entry.name)) sources.set(relative, fs.readFileSync(path.join(root, relative), 'utf8'));
    }
  };
  for (const dir of dirs) walk(dir);
  return sources;
}
