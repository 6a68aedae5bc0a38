// The TMX export streams the memory page by page, and lets the event loop turn before each page after
// the first: the store answers at once, so the pages would otherwise follow each other in one chain of
// promises and hold every other request until the last unit was written.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CommandContext } from '../../../server/commands/context';
import { exportTmx, TMX_EXPORT_PAGE_SIZE } from '../../../server/commands/tm/exportTmx';
import { loadConfig } from '../../../server/config';
import { commonPasswords } from '../../../server/integrations/commonPasswords';
import { uuidGenerator } from '../../../server/ports/ids';
import type { Store } from '../../../server/ports/repositories';
import { systemClock } from '../../../server/ports/system';
import { createSqliteStore } from '../../../server/storage/sqlite';
import { buildProject, buildTmUnit, buildUser, resetBuilderIds } from '../../support/builders';
import { withTurns } from '../../support/turns';

describe('exportTmx', () => {
  let dir: string;
  let store: Store;

  beforeEach(() => {
    resetBuilderIds();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nysa-tmx-export-'));
    store = createSqliteStore({ file: path.join(dir, 'nysa.sqlite') });
  });
  afterEach(async () => {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('reads each page after the first in a later turn of the event loop, and writes every unit once', async () => {
    const project = buildProject();
    await store.projects.create(project);
    const admin = buildUser({ roles: ['admin'] });
    await store.users.create(admin);
    const units = Array.from({ length: 2 * TMX_EXPORT_PAGE_SIZE + 1 }, (_, i) => buildTmUnit({ projectId: project.id, source: `Satz ${i}.`, target: `Zdanie ${i}.` }));
    await store.tmUnits.insertMany(units);
    const ctx = { config: loadConfig({}), store, clock: systemClock, ids: uuidGenerator, commonPasswords: commonPasswords() } as CommandContext;

    // Each page read notes the turn of the event loop it came in.
    const pagesReadAt: number[] = [];
    const { result: text } = await withTurns(async (turn) => {
      const scan = store.tmUnits.scanByProject.bind(store.tmUnits);
      store.tmUnits.scanByProject = (projectId, after, limit) => {
        pagesReadAt.push(turn());
        return scan(projectId, after, limit);
      };
      const { chunks } = await exportTmx(ctx, { user: admin, projectId: project.id, origin: { ip: '127.0.0.1' } });
      let written = '';
      for await (const chunk of chunks) written += chunk;
      return written;
    });

    expect(pagesReadAt).toHaveLength(3);
    expect(pagesReadAt[1]!).toBeGreaterThan(pagesReadAt[0]!);
    expect(pagesReadAt[2]!).toBeGreaterThan(pagesReadAt[1]!);
    expect(text.match(/<tu[ >]/g)).toHaveLength(units.length);
    expect(text).toContain('<seg>Satz 2000.</seg>');
  });
});
