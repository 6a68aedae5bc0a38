// The layers import downwards only. The domain is pure: no web framework, database driver, DeepL
// client or file system, and nothing of the layers built on it (commands, HTTP, storage,
// integrations). Commands (use cases) never see HTTP. Type-only imports count like any other.
import path from 'node:path';
import { importsOf, readSources, resolveImport } from './importGraph';

const ROOT = path.resolve(__dirname, '../..');

interface LayerRule {
  /** The files the rule is about: those below this folder. */
  layer: string;
  /** Packages they may not import, nor any subpath of them (`fs` also forbids `fs/promises`). */
  packages: readonly string[];
  /** Folders whose files they may not import. */
  folders: readonly string[];
}

/** `file: specifier` for every import of the rule's layer that the rule forbids, in file order. */
function forbiddenImports(sources: ReadonlyMap<string, string>, rule: LayerRule): string[] {
  const files = new Set(sources.keys());
  const inFolder = (file: string, folder: string) => file.startsWith(`${folder}/`);
  const violations: string[] = [];
  for (const [file, text] of [...sources].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (!inFolder(file, rule.layer)) continue;
    for (const { specifier } of importsOf(file, text)) {
      const target = resolveImport(file, specifier, files);
      const forbidden =
        target === null
          ? rule.packages.some((name) => specifier === name || specifier.startsWith(`${name}/`))
          : rule.folders.some((folder) => inFolder(target, folder));
      if (forbidden) violations.push(`${file}: ${specifier}`);
    }
  }
  return violations;
}

const DOMAIN_RULE: LayerRule = {
  layer: 'server/domain',
  packages: ['express', 'mongoose', 'better-sqlite3', 'deepl-node', 'fs', 'node:fs'],
  folders: ['server/commands', 'server/http', 'server/storage', 'server/integrations'],
};

const COMMANDS_RULE: LayerRule = { layer: 'server/commands', packages: [], folders: ['server/http'] };

describe('forbiddenImports (the checker, on small in-memory sources)', () => {
  const sources = new Map(
    Object.entries({
      'server/domain/pure.ts': "import { z } from 'zod';\nimport type { Tag } from './tags';\nexport const pure = z;",
      'server/domain/tags.ts': 'export interface Tag { id: number }',
      'server/domain/reads.ts': "import { readFileSync } from 'node:fs';\nimport { stat } from 'fs/promises';\nexport const reads = [readFileSync, stat];",
      'server/domain/stores.ts': "import type { Store } from '../storage/store';\nimport type { Request } from 'express';\nexport type S = [Store, Request];",
      'server/storage/store.ts': "import type { Tag } from '../domain/tags';\nexport interface Store { tags: Tag[] }",
      'server/commands/run.ts': "import type { Deps } from '../http/deps';\nexport type Run = Deps;",
      'server/http/deps.ts': "import type { Tag } from '../domain/tags';\nexport type Deps = Tag;",
    }),
  );

  test('lists each forbidden package (subpaths too) and each import of a forbidden folder, type-only ones included', () => {
    expect(forbiddenImports(sources, DOMAIN_RULE)).toEqual([
      'server/domain/reads.ts: node:fs',
      'server/domain/reads.ts: fs/promises',
      'server/domain/stores.ts: ../storage/store',
      'server/domain/stores.ts: express',
    ]);
    expect(forbiddenImports(sources, COMMANDS_RULE)).toEqual(['server/commands/run.ts: ../http/deps']);
  });

  test('imports within the layer, of allowed packages and from other layers into it are fine', () => {
    const allowed = new Map([...sources].filter(([file]) => !/reads|stores|run/.test(file)));
    expect(forbiddenImports(allowed, DOMAIN_RULE)).toEqual([]);
    expect(forbiddenImports(allowed, COMMANDS_RULE)).toEqual([]);
  });
});

describe('the layers of server/', () => {
  const sources = readSources(ROOT, ['server']);

  test('server/domain imports no framework, driver, DeepL client or file system, and nothing of commands, http, storage or integrations', () => {
    expect([...sources.keys()].filter((file) => file.startsWith('server/domain/')).length).toBeGreaterThan(100);
    expect(forbiddenImports(sources, DOMAIN_RULE)).toEqual([]);
  });

  test('server/commands imports nothing of server/http', () => {
    expect([...sources.keys()].filter((file) => file.startsWith('server/commands/')).length).toBeGreaterThan(50);
    expect(forbiddenImports(sources, COMMANDS_RULE)).toEqual([]);
  });
});
