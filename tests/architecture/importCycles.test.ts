// No import circles in server/ or scripts/: a module must be loadable on its own, and a circle hides
// an order of evaluation that works by accident. Types count too: a circle of `import type` still
// ties two modules together. Shared types and pieces get a home both sides import instead.
import path from 'node:path';
import { buildImportGraph, importCycles, importsOf, readSources } from './importGraph';

const ROOT = path.resolve(__dirname, '../..');

const graphOf = (sources: Record<string, string>) => buildImportGraph(new Map(Object.entries(sources)));

describe('importCycles (the checker, on small in-memory graphs)', () => {
  test('a circle of three files is found, and a file that only imports into it is not part of it', () => {
    const graph = graphOf({
      'src/a.ts': "import { b } from './b';\nexport const a = b;",
      'src/b.ts': "import { c } from './c';\nexport const b = c;",
      'src/c.ts': "import { a } from './a';\nexport const c = () => a;",
      'src/d.ts': "import { a } from './a';\nexport const d = a;",
    });
    expect(importCycles(graph)).toEqual([['src/a.ts', 'src/b.ts', 'src/c.ts']]);
  });

  test('a graph without circles passes, however often a file is imported', () => {
    const graph = graphOf({
      'src/a.ts': "import { b } from './b';\nimport { c } from './c';\nexport const a = b + c;",
      'src/b.ts': "import { c } from './c';\nexport const b = c;",
      'src/c.ts': "import express from 'express';\nexport const c = 1;",
    });
    expect(importCycles(graph)).toEqual([]);
  });

  test('a type-only import counts: two files naming each other only in types are a circle', () => {
    const sources = {
      'src/user.ts': "import type { Project } from './project';\nexport interface User { projects: Project[] }",
      'src/project.ts': "export type { User } from './user';\nexport interface Project { id: string }",
    };
    expect(importsOf('src/user.ts', sources['src/user.ts'])).toEqual([{ specifier: './project', typeOnly: true }]);
    expect(importsOf('src/project.ts', sources['src/project.ts'])).toEqual([{ specifier: './user', typeOnly: true }]);
    expect(importCycles(graphOf(sources))).toEqual([['src/project.ts', 'src/user.ts']]);
  });

  test('a folder import resolves to its index.ts, and a circle through it is found', () => {
    const graph = graphOf({
      'src/rules.ts': "import { GERMAN } from './languages';\nexport const RULES = [GERMAN];",
      'src/languages/index.ts': "export { GERMAN } from './de';",
      'src/languages/de.ts': "import type { Rules } from '../rules';\nexport const GERMAN = {} as Rules;",
    });
    expect(graph.get('src/rules.ts')).toEqual(['src/languages/index.ts']);
    expect(importCycles(graph)).toEqual([['src/languages/de.ts', 'src/languages/index.ts', 'src/rules.ts']]);
  });

  test('dynamic imports, require and import() types are edges; a file importing itself is a circle', () => {
    const graph = graphOf({
      'src/a.ts': "export async function load() { return import('./b'); }",
      'src/b.ts': "const c = require('./c');\nexport const b = c;",
      'src/c.ts': "export type A = import('./a').Loader;\nexport const self: typeof import('./c') | null = null;",
    });
    expect(graph.get('src/a.ts')).toEqual(['src/b.ts']);
    expect(graph.get('src/b.ts')).toEqual(['src/c.ts']);
    expect(graph.get('src/c.ts')).toEqual(['src/a.ts', 'src/c.ts']);
    expect(importCycles(graph)).toEqual([['src/a.ts', 'src/b.ts', 'src/c.ts']]);
    expect(importCycles(graphOf({ 'src/x.ts': "export * from './x';" }))).toEqual([['src/x.ts']]);
  });

  test('two separate circles are both listed, each with its own files', () => {
    const graph = graphOf({
      'm/index.ts': "import { one } from './001';\nexport const all = [one];",
      'm/001.ts': "import type { Migration } from './index';\nexport const one = {} as Migration;",
      'x/units.ts': "import { bulk } from './bulk';\nexport const units = bulk;",
      'x/bulk.ts': "import type { Row } from './units';\nexport const bulk = {} as Row;",
    });
    expect(importCycles(graph)).toEqual([
      ['m/001.ts', 'm/index.ts'],
      ['x/bulk.ts', 'x/units.ts'],
    ]);
  });
});

describe('the sources', () => {
  test('server/ and scripts/ import in no circle (each circle found is listed with its files)', () => {
    const sources = readSources(ROOT, ['server', 'scripts']);
    expect(sources.size).toBeGreaterThan(300);
    const graph = buildImportGraph(sources);
    // Spot checks that the graph really is the sources' graph.
    expect(graph.get('server/http/routes/segments/index.ts')).toContain('server/commands/segments/edit.ts');
    expect(graph.get('server/domain/segmentation/rules.ts')).toContain('server/domain/segmentation/languages/index.ts');
    const cycles = importCycles(graph).map((files) => files.join(', '));
    expect(cycles).toEqual([]);
  });
});
