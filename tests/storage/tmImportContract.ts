// The behaviour behind TMX import and export that every store promises: TmImportJobRepository
// (server/ports/tmImportJobRepository.ts) and tmUnits.insertMany / scanByProject. sqlite.test.ts and
// mongo.test.ts call describeTmImportContract with a function that opens a fresh, empty store.
import { NotFound } from '../../server/domain/errors';
import type { TmImportJob } from '../../server/domain/jobs/types';
import type { TmUnit } from '../../server/domain/tm/types';
import type { Store } from '../../server/ports/repositories';
import { buildProject, buildTmUnit, FIXED_NOW, minutesAfterNow, resetBuilderIds } from '../support/builders';

export const buildImportJob = (overrides: Partial<TmImportJob> = {}): TmImportJob => ({
  id: 'import-1',
  projectId: 'project-1',
  status: 'queued',
  done: 0,
  total: null,
  skipped: 0,
  bytesRead: 0,
  totalBytes: 1_234_567,
  errorCode: null,
  errorDetail: null,
  errorLine: null,
  errorColumn: null,
  createdBy: 'user-admin',
  createdAt: FIXED_NOW,
  updatedAt: FIXED_NOW,
  ...overrides,
});

/** The fields every store keeps for a unit (stores may add what they know about its context). */
const core = ({ id, projectId, source, target, origin, originId, createdBy, createdAt, updatedAt }: TmUnit) => ({
  id,
  projectId,
  source,
  target,
  origin,
  originId,
  createdBy,
  createdAt,
  updatedAt,
});

export function describeTmImportContract(name: string, open: () => Promise<Store>): void {
  describe(`TMX import store contract: ${name}`, () => {
    let store: Store;

    beforeEach(async () => {
      resetBuilderIds();
      store = await open();
    });

    afterEach(async () => {
      await store.close();
    });

    const seedProject = async (id: string) => {
      const project = buildProject({ id });
      await store.projects.create(project);
      return project;
    };

    describe('tmImportJobs', () => {
      it('findById returns the created job, null for an unknown id', async () => {
        await seedProject('project-1');
        const job = buildImportJob();
        await store.tmImportJobs.create(job);

        expect(await store.tmImportJobs.findById(job.id)).toEqual(job);
        expect(await store.tmImportJobs.findById('import-unknown')).toBeNull();
      });

      it('create of a job of an unknown project, and update of an unknown job, are NotFound', async () => {
        await expect(store.tmImportJobs.create(buildImportJob({ projectId: 'project-unknown' }))).rejects.toBeInstanceOf(NotFound);
        await expect(store.tmImportJobs.update(buildImportJob({ id: 'import-unknown' }))).rejects.toBeInstanceOf(NotFound);
      });

      it('update replaces the stored job, nulls and error position included', async () => {
        await seedProject('project-1');
        const job = buildImportJob();
        await store.tmImportJobs.create(job);
        const failed: TmImportJob = {
          ...job,
          status: 'failed',
          skipped: 3,
          bytesRead: 4096,
          errorCode: 'invalid_tmx',
          errorDetail: 'line 7, column 12: unexpected close tag.',
          errorLine: 7,
          errorColumn: 12,
          updatedAt: minutesAfterNow(2),
        };

        await store.tmImportJobs.update({ ...job, status: 'running', total: 50, done: 20, updatedAt: minutesAfterNow(1) });
        expect(await store.tmImportJobs.findById(job.id)).toMatchObject({ status: 'running', total: 50, done: 20 });
        await store.tmImportJobs.update(failed);

        expect(await store.tmImportJobs.findById(job.id)).toEqual(failed);
      });

      it('listUnfinished returns queued and running jobs, oldest first', async () => {
        await seedProject('project-1');
        const job = (id: string, status: TmImportJob['status'], minutes: number) => buildImportJob({ id, status, createdAt: minutesAfterNow(minutes) });
        const [running, done, queuedOld, failed, queuedNew] = [job('a', 'running', 3), job('b', 'done', 1), job('c', 'queued', 2), job('d', 'failed', 0), job('e', 'queued', 4)];
        expect(await store.tmImportJobs.listUnfinished()).toEqual([]);

        for (const each of [running, done, queuedOld, failed, queuedNew]) await store.tmImportJobs.create(each);

        expect(await store.tmImportJobs.listUnfinished()).toEqual([queuedOld, running, queuedNew]);
      });
    });

    describe('tmUnits.insertMany and scanByProject', () => {
      const tmxUnit = (id: string, projectId: string, minutes = 0): TmUnit =>
        buildTmUnit({ id, projectId, origin: 'tmx', originId: null, source: `Satz ${id}.`, target: `Zdanie ${id}.`, createdAt: minutesAfterNow(minutes), updatedAt: minutesAfterNow(minutes) });

      it('adds units in the given order and returns how many', async () => {
        await seedProject('project-1');
        const units = ['u-9', 'u-2', 'u-5'].map((id) => tmxUnit(id, 'project-1'));

        expect(await store.tmUnits.insertMany(units)).toBe(3);
        expect(await store.tmUnits.insertMany([])).toBe(0);

        expect((await store.tmUnits.listByProject('project-1', 0, 10)).items.map(core)).toEqual(units.map(core));
      });

      it('leaves a unit whose id is stored already as it is, and does not count it', async () => {
        await seedProject('project-1');
        const first = [tmxUnit('u-1', 'project-1'), tmxUnit('u-2', 'project-1')];
        await store.tmUnits.insertMany(first);

        const again = [{ ...first[1], target: 'Inny tekst.' }, tmxUnit('u-3', 'project-1'), tmxUnit('u-3', 'project-1')];

        expect(await store.tmUnits.insertMany(again)).toBe(1);
        expect((await store.tmUnits.listByProject('project-1', 0, 10)).items.map((u) => [u.id, u.target])).toEqual([
          ['u-1', 'Zdanie u-1.'],
          ['u-2', 'Zdanie u-2.'],
          ['u-3', 'Zdanie u-3.'],
        ]);
      });

      it('refuses units of an unknown project with NotFound and stores none of the batch', async () => {
        await seedProject('project-1');

        await expect(store.tmUnits.insertMany([tmxUnit('u-1', 'project-unknown')])).rejects.toBeInstanceOf(NotFound);
        expect(await store.tmUnits.countByProject('project-unknown')).toBe(0);
      });

      it("scanByProject reads every unit of the project once, in listByProject's order, page by page", async () => {
        await seedProject('project-1');
        await seedProject('project-2');
        // Written out of creation order, with units of another project in between.
        const later = ['l-1', 'l-2', 'l-3', 'l-4'].map((id) => tmxUnit(id, 'project-1', 5));
        const earlier = ['e-1', 'e-2', 'e-3'].map((id) => tmxUnit(id, 'project-1', 1));
        await store.tmUnits.insertMany(later);
        await store.tmUnits.insertMany([tmxUnit('x-1', 'project-2', 3)]);
        await store.tmUnits.insertMany(earlier);

        const pages: string[][] = [];
        let cursor: string | null = null;
        do {
          const page: { items: TmUnit[]; next: string | null } = await store.tmUnits.scanByProject('project-1', cursor, 3);
          pages.push(page.items.map((u) => u.id));
          cursor = page.next;
        } while (cursor !== null);

        expect(pages).toEqual([['e-1', 'e-2', 'e-3'], ['l-1', 'l-2', 'l-3'], ['l-4']]);
        expect((await store.tmUnits.listByProject('project-1', 0, 10)).items.map((u) => u.id)).toEqual(pages.flat());
        expect(await store.tmUnits.scanByProject('project-unknown', null, 3)).toEqual({ items: [], next: null });
        const [first] = (await store.tmUnits.scanByProject('project-1', null, 1)).items;
        expect(core(first)).toEqual(core(earlier[0]));
      });
    });
  });
}
