// The behaviour every Store adapter promises (server/ports/repositories.ts). Each adapter's test file calls
// describeStoreContract with a function that opens a fresh, empty store; the suite closes it after each case.
// Only behaviour the ports promise is asserted here, never how an adapter stores it.
import { Conflict, NotFound, VersionConflict } from '../../server/domain/errors';
import type { MtJob } from '../../server/domain/jobs/types';
import type { Alignment } from '../../server/domain/alignment/types';
import type { DocumentRecord } from '../../server/domain/documents/types';
import type { Project } from '../../server/domain/projects/types';
import type { Segment, SegmentEvent, Tally } from '../../server/domain/segments/types';
import type { TmUnit } from '../../server/domain/tm/types';
import { emptyStateRecord, SegmentState, type SegmentState as State } from '../../server/domain/workflow/states';
import type { SegmentChange, Store } from '../../server/ports/repositories';
import {
  buildAlignment,
  buildCreatedEvent,
  buildDocument,
  buildEvent,
  buildJob,
  buildMember,
  buildProject,
  buildSegment,
  buildSegments,
  buildSession,
  buildTmUnit,
  buildUser,
  FIXED_NOW,
  minutesAfterNow,
  resetBuilderIds,
} from '../support/builders';
import { rejectionOf } from '../support/rejection';

const byId = <T extends { id: string }>(items: T[]): T[] => [...items].sort((a, b) => a.id.localeCompare(b.id));

export function describeStoreContract(name: string, open: () => Promise<Store>): void {
  describe(`store contract: ${name}`, () => {
    let store: Store;

    beforeEach(async () => {
      resetBuilderIds();
      store = await open();
    });

    afterEach(async () => {
      await store.close();
    });

    const seedProject = async (overrides: Partial<Project> = {}): Promise<Project> => {
      const project = buildProject(overrides);
      await store.projects.create(project);
      return project;
    };

    /** A project (unless given), a document and its segments with one `created` event each. */
    const seedDocument = async (
      options: { project?: Project; document?: Partial<DocumentRecord>; segments?: Partial<Segment>[] } = {},
    ): Promise<{ document: DocumentRecord; segments: Segment[]; events: SegmentEvent[] }> => {
      const project = options.project ?? (await seedProject());
      const specs = options.segments ?? [];
      const document = buildDocument({ projectId: project.id, segmentCount: specs.length, ...options.document });
      const segments = buildSegments(document, specs.length, (index) => specs[index]);
      const events = segments.map((segment) => buildCreatedEvent(segment));
      await store.documents.createWithSegments(document, segments, events);
      return { document, segments, events };
    };

    /** The change a translator's edit makes: new target, next version, and its `edit` event. */
    const editOf = (segment: Segment, target: string, at = minutesAfterNow(1)): SegmentChange => {
      const edited: Segment = {
        ...segment,
        target,
        state: SegmentState.Draft,
        origin: 'human',
        version: segment.version + 1,
        updatedAt: at,
      };
      return {
        segment: edited,
        expectedVersion: segment.version,
        event: buildEvent({
          segmentId: segment.id,
          documentId: segment.documentId,
          actorId: 'user-translator',
          at,
          action: 'edit',
          fromState: segment.state,
          toState: edited.state,
          fromTarget: segment.target,
          toTarget: target,
          version: edited.version,
        }),
      };
    };

    describe('users', () => {
      it('findById returns the created user unchanged', async () => {
        const user = buildUser({ roles: ['editor', 'reviewer'] });
        await store.users.create(user);

        expect(await store.users.findById(user.id)).toEqual(user);
      });

      it('stores the e-mail lower-cased and finds it in any case', async () => {
        const user = buildUser({ email: 'Anna.Nowak@Example.PL' });
        await store.users.create(user);
        const stored = { ...user, email: 'anna.nowak@example.pl' };

        expect(await store.users.findById(user.id)).toEqual(stored);
        expect(await store.users.findByEmail('anna.nowak@example.pl')).toEqual(stored);
        expect(await store.users.findByEmail('ANNA.NOWAK@EXAMPLE.PL')).toEqual(stored);
        expect(await store.users.findByEmail('Anna.Nowak@Example.PL')).toEqual(stored);
      });

      it('throws Conflict email_taken when the e-mail is already registered, whatever its case', async () => {
        await store.users.create(buildUser({ email: 'jan@example.pl' }));

        const error = await rejectionOf(store.users.create(buildUser({ email: 'JAN@example.pl' })));

        expect(error).toBeInstanceOf(Conflict);
        expect(error).toMatchObject({ code: 'email_taken' });
        expect(await store.users.count()).toBe(1);
      });

      it('returns null when no user has the id or e-mail', async () => {
        await store.users.create(buildUser());

        expect(await store.users.findById('user-unknown')).toBeNull();
        expect(await store.users.findByEmail('nobody@example.pl')).toBeNull();
      });

      it('findByIds returns the users found and skips unknown ids', async () => {
        const [anna, jan, ewa] = [buildUser(), buildUser(), buildUser()];
        for (const user of [anna, jan, ewa]) await store.users.create(user);

        expect(byId(await store.users.findByIds([ewa.id, 'user-unknown', anna.id]))).toEqual(byId([anna, ewa]));
        expect(await store.users.findByIds([])).toEqual([]);
        expect(await store.users.findByIds(['user-unknown'])).toEqual([]);
      });

      it('count counts every user', async () => {
        expect(await store.users.count()).toBe(0);
        await store.users.create(buildUser());
        await store.users.create(buildUser());

        expect(await store.users.count()).toBe(2);
      });

      it('list returns every user by name (case-insensitive), then e-mail', async () => {
        await store.users.create(buildUser({ name: 'zofia', email: 'z@nysa.test' }));
        await store.users.create(buildUser({ name: 'Anna', email: 'b@nysa.test' }));
        await store.users.create(buildUser({ name: 'anna', email: 'a@nysa.test' }));

        expect((await store.users.list()).map((u) => u.email)).toEqual(['a@nysa.test', 'b@nysa.test', 'z@nysa.test']);
      });
    });

    describe('projects', () => {
      it('findById returns the created project with its settings and members', async () => {
        const project = buildProject({
          name: 'Kulturjournal 2027',
          settings: { formality: 'prefer_less', allowSelfApproval: true },
          members: [buildMember('user-1', ['translator']), buildMember('user-2', ['reviewer', 'editor'])],
        });
        await store.projects.create(project);

        expect(await store.projects.findById(project.id)).toEqual(project);
        expect(await store.projects.findById('project-unknown')).toBeNull();
      });

      it('list returns every project oldest first, ties by id', async () => {
        const newest = await seedProject({ id: 'project-a', createdAt: minutesAfterNow(5) });
        const tiedB = await seedProject({ id: 'project-c', createdAt: FIXED_NOW });
        const tiedA = await seedProject({ id: 'project-b', createdAt: FIXED_NOW });
        const oldest = await seedProject({ id: 'project-d', createdAt: minutesAfterNow(-5) });

        expect(await store.projects.list()).toEqual([oldest, tiedA, tiedB, newest]);
      });

      it('list returns [] when there is no project', async () => {
        expect(await store.projects.list()).toEqual([]);
      });

      it('listForMember returns only the projects the user is a member of, oldest first', async () => {
        const later = await seedProject({ createdAt: minutesAfterNow(10), members: [buildMember('anna')] });
        const middle = await seedProject({ createdAt: minutesAfterNow(5), members: [buildMember('jan')] });
        const earlier = await seedProject({
          createdAt: minutesAfterNow(1),
          members: [buildMember('jan'), buildMember('anna', ['reviewer'])],
        });

        expect(await store.projects.listForMember('anna')).toEqual([earlier, later]);
        expect(await store.projects.listForMember('jan')).toEqual([earlier, middle]);
        expect(await store.projects.listForMember('ewa')).toEqual([]);
      });

      it('update replaces name, settings and members and keeps everything else', async () => {
        const project = await seedProject({ members: [buildMember('anna')] });
        const changed: Project = {
          ...project,
          name: 'Renamed',
          settings: { formality: 'more', allowSelfApproval: true },
          members: [buildMember('jan', ['reviewer']), buildMember('ewa', ['translator', 'reviewer'])],
        };

        await store.projects.update(changed);

        expect(await store.projects.findById(project.id)).toEqual(changed);
        expect(await store.projects.listForMember('anna')).toEqual([]);
        expect(await store.projects.listForMember('jan')).toEqual([changed]);
        expect(await store.projects.listForMember('ewa')).toEqual([changed]);
      });

      it('update does not change the source, target, creator or creation time', async () => {
        const project = await seedProject();

        await store.projects.update({
          ...project,
          name: 'Renamed',
          sourceLang: 'pl',
          targetLang: 'de',
          createdBy: 'someone-else',
          createdAt: minutesAfterNow(60),
        });

        expect(await store.projects.findById(project.id)).toEqual({ ...project, name: 'Renamed' });
      });

      it('update throws NotFound for an unknown project and creates nothing', async () => {
        const error = await rejectionOf(store.projects.update(buildProject({ id: 'project-unknown' })));

        expect(error).toBeInstanceOf(NotFound);
        expect(error).toMatchObject({ code: 'not_found' });
        expect(await store.projects.list()).toEqual([]);
      });
    });

    describe('documents', () => {
      it('createWithSegments stores the document, its segments and one created event each', async () => {
        const project = await seedProject();
        const document = buildDocument({
          projectId: project.id,
          title: 'Pressemitteilung',
          format: 'markdown',
          skeleton: '# {{0}}\n\n{{1}}\n',
          dueDate: minutesAfterNow(7 * 24 * 60),
          segmentCount: 2,
        });
        const segments = buildSegments(document, 2, (index) => ({ kind: index === 0 ? 'heading' : 'paragraph' }));
        const events = segments.map((segment) => buildCreatedEvent(segment));

        await store.documents.createWithSegments(document, segments, events);

        expect(await store.documents.findById(document.id)).toEqual(document);
        expect(await store.segments.listByDocument(document.id)).toEqual(segments);
        expect(await store.segments.history(segments[0].id)).toEqual([events[0]]);
        expect(await store.segments.history(segments[1].id)).toEqual([events[1]]);
      });

      it('createWithSegments stores a document without segments', async () => {
        const { document } = await seedDocument();

        expect(await store.documents.findById(document.id)).toEqual(document);
        expect(await store.segments.listByDocument(document.id)).toEqual([]);
      });

      it('createWithSegments writes nothing when one segment cannot be stored (duplicate id)', async () => {
        const project = await seedProject();
        const document = buildDocument({ projectId: project.id, segmentCount: 3 });
        const [first, second] = buildSegments(document, 2);
        const duplicate = { ...second, index: 2 };
        const segments = [first, second, duplicate];

        const error = await rejectionOf(
          store.documents.createWithSegments(document, segments, segments.map((segment) => buildCreatedEvent(segment))),
        );

        expect(error).toBeInstanceOf(Conflict);
        expect(await store.documents.findById(document.id)).toBeNull();
        expect(await store.segments.findById(first.id)).toBeNull();
        expect(await store.segments.history(first.id)).toEqual([]);
        expect(await store.documents.listByProjects([project.id])).toEqual([]);
      });

      it('createWithSegments of a document larger than one write slice stores all of it, and a failure at its end leaves nothing', async () => {
        const project = await seedProject();
        const document = buildDocument({ projectId: project.id, segmentCount: 1_200 });
        const segments = buildSegments(document, 1_200);
        const events = segments.map((segment) => buildCreatedEvent(segment));
        await store.documents.createWithSegments(document, segments, events);

        expect(await store.documents.findById(document.id)).toEqual(document);
        expect(await store.segments.listByDocument(document.id)).toEqual(segments);
        expect(await store.segments.history(segments[1_199].id)).toEqual([events[1_199]]);

        const broken = buildDocument({ projectId: project.id, segmentCount: 1_200 });
        const brokenSegments = buildSegments(broken, 1_200);
        const reused = { ...segments[0], documentId: broken.id, index: 1_199 };
        const error = await rejectionOf(
          store.documents.createWithSegments(broken, [...brokenSegments.slice(0, 1_199), reused], brokenSegments.map((segment) => buildCreatedEvent(segment))),
        );

        expect(error).toBeInstanceOf(Conflict);
        expect(await store.documents.findById(broken.id)).toBeNull();
        expect(await store.segments.findById(brokenSegments[0].id)).toBeNull();
        expect(await store.segments.history(brokenSegments[0].id)).toEqual([]);
        expect(await store.documents.listByProjects([project.id])).toEqual([document]);
        expect(await store.segments.findById(segments[0].id)).toEqual(segments[0]);
      });

      it('createWithSegments writes nothing when a segment id is already used by another document', async () => {
        const project = await seedProject();
        const { segments: existing } = await seedDocument({ project, segments: [{}] });
        const document = buildDocument({ projectId: project.id, segmentCount: 2 });
        const segments = [
          buildSegment({ id: 'fresh-segment', documentId: document.id, projectId: project.id, index: 0 }),
          { ...existing[0], documentId: document.id, index: 1 },
        ];

        const error = await rejectionOf(
          store.documents.createWithSegments(document, segments, segments.map((segment) => buildCreatedEvent(segment))),
        );

        expect(error).toBeInstanceOf(Conflict);
        expect(await store.documents.findById(document.id)).toBeNull();
        expect(await store.segments.findById('fresh-segment')).toBeNull();
        expect(await store.segments.findById(existing[0].id)).toEqual(existing[0]);
      });

      it('findById returns null for an unknown document', async () => {
        expect(await store.documents.findById('document-unknown')).toBeNull();
      });

      it('listByProjects returns the documents of the given projects only, oldest first', async () => {
        const [p1, p2, p3] = [await seedProject(), await seedProject(), await seedProject()];
        const { document: newestOfP1 } = await seedDocument({ project: p1, document: { createdAt: minutesAfterNow(3) } });
        const { document: ofP2 } = await seedDocument({ project: p2, document: { createdAt: minutesAfterNow(2) } });
        await seedDocument({ project: p3, document: { createdAt: minutesAfterNow(1) } });
        const { document: oldestOfP1 } = await seedDocument({ project: p1, document: { createdAt: minutesAfterNow(-1) } });

        expect(await store.documents.listByProjects([p1.id, p2.id])).toEqual([oldestOfP1, ofP2, newestOfP1]);
        expect(await store.documents.listByProjects([p2.id])).toEqual([ofP2]);
        expect(await store.documents.listByProjects(['project-unknown'])).toEqual([]);
        expect(await store.documents.listByProjects([])).toEqual([]);
      });

      it('addBilledCharacters adds to the stored count', async () => {
        const { document } = await seedDocument({ document: { billedCharacters: 100 } });

        await store.documents.addBilledCharacters(document.id, 120);
        await store.documents.addBilledCharacters(document.id, 30);

        expect(await store.documents.findById(document.id)).toEqual({ ...document, billedCharacters: 250 });
      });

      it('addSentCharacters adds to the sent count and leaves the billed count alone', async () => {
        const { document } = await seedDocument({ document: { billedCharacters: 100, sentCharacters: 100 } });

        await store.documents.addSentCharacters(document.id, 120);
        await Promise.all(Array.from({ length: 10 }, () => store.documents.addSentCharacters(document.id, 3)));

        expect(await store.documents.findById(document.id)).toEqual({ ...document, billedCharacters: 100, sentCharacters: 250 });
      });

      it('addBilledCharacters loses no increment when called concurrently', async () => {
        const { document } = await seedDocument();

        await Promise.all(Array.from({ length: 20 }, () => store.documents.addBilledCharacters(document.id, 7)));

        expect((await store.documents.findById(document.id))?.billedCharacters).toBe(140);
      });
    });

    describe('segments', () => {
      it('findById returns the stored segment with every field', async () => {
        const { segments } = await seedDocument({
          segments: [
            {
              source: '{1}Willkommen{/1} in {2/} Dresden.',
              target: '{1}Witamy{/1} w {2/} Dreźnie.',
              state: SegmentState.Approved,
              origin: 'mt',
              mtTarget: '{1}Witamy{/1} w {2/} Dreźnie!',
              version: 4,
              kind: 'list_item',
              tags: [
                { id: 1, type: 'paired', open: '**', close: '**' },
                { id: 2, type: 'standalone', open: '`x`', close: '' },
              ],
              wordCount: 3,
              charCount: 33,
              lang: 'pl',
              sourceKey: '{1}Willkommen{/1} in {2/} Dresden.',
              repetition: true,
              contextSpecific: true,
              translatedBy: 'user-translator',
              reviewedBy: 'user-reviewer',
              updatedAt: minutesAfterNow(30),
            },
          ],
        });

        expect(await store.segments.findById(segments[0].id)).toEqual(segments[0]);
        expect(await store.segments.findById('segment-unknown')).toBeNull();
      });

      it('keeps a segment\'s external id (from a submitted XLIFF) and its xliff origin, and returns none where none was given', async () => {
        const { segments } = await seedDocument({
          segments: [{ externalId: 'tu-1#2', origin: 'xliff', target: 'Spotkanie.', state: SegmentState.Draft }, {}],
        });
        expect(await store.segments.findById(segments[0].id)).toEqual(segments[0]);
        expect((await store.segments.findById(segments[0].id))?.externalId).toBe('tu-1#2');
        expect(await store.segments.findById(segments[1].id)).not.toHaveProperty('externalId');
        // A change writes the work on the target: the external id stays as submitted.
        const changed: Segment = { ...segments[0], target: 'Spotkanie w Dreźnie.', externalId: 'u7', version: segments[0].version + 1 };
        const event = buildEvent({ segmentId: changed.id, documentId: changed.documentId, action: 'xliff_import', version: changed.version });
        await store.segments.applyChanges([{ segment: changed, expectedVersion: segments[0].version, event }]);
        expect(await store.segments.findById(changed.id)).toEqual({ ...changed, externalId: 'tu-1#2' });
        expect((await store.segments.history(changed.id)).at(-1)).toEqual(event);
      });

      it('findByIds returns the segments found and skips unknown ids', async () => {
        const { segments } = await seedDocument({ segments: [{}, {}, {}] });

        const found = await store.segments.findByIds([segments[2].id, 'segment-unknown', segments[0].id]);

        expect(byId(found)).toEqual(byId([segments[0], segments[2]]));
        expect(await store.segments.findByIds([])).toEqual([]);
      });

      describe('page', () => {
        // Index:             0      1        2      3           4      5
        const states: State[] = ['new', 'draft', 'new', 'approved', 'new', 'translated'];

        it.each([
          { states: undefined, offset: 0, limit: 2, indexes: [0, 1], total: 6 },
          { states: undefined, offset: 4, limit: 10, indexes: [4, 5], total: 6 },
          { states: undefined, offset: 10, limit: 5, indexes: [], total: 6 },
          { states: ['new'], offset: 0, limit: 10, indexes: [0, 2, 4], total: 3 },
          { states: ['new'], offset: 1, limit: 1, indexes: [2], total: 3 },
          { states: ['draft', 'approved'], offset: 0, limit: 10, indexes: [1, 3], total: 2 },
          { states: ['rejected'], offset: 0, limit: 10, indexes: [], total: 0 },
        ] as { states?: State[]; offset: number; limit: number; indexes: number[]; total: number }[])(
          'states $states, offset $offset, limit $limit → indexes $indexes of $total',
          async ({ states: filter, offset, limit, indexes, total }) => {
            const project = await seedProject();
            const document = buildDocument({ projectId: project.id, segmentCount: states.length });
            const segments = buildSegments(document, states.length, (index) => ({ state: states[index] }));
            // Stored in reverse, so the order can only come from the index.
            await store.documents.createWithSegments(
              document,
              [...segments].reverse(),
              segments.map((segment) => buildCreatedEvent(segment)),
            );
            await seedDocument({ project, segments: [{ state: 'new' }, { state: 'draft' }] });

            const result = await store.segments.page({ documentId: document.id, states: filter, offset, limit });

            expect(result).toEqual({ items: indexes.map((index) => segments[index]), total });
          },
        );
      });

      it('listByDocument returns the segments of one document ordered by index, optionally by state', async () => {
        const project = await seedProject();
        const document = buildDocument({ projectId: project.id, segmentCount: 4 });
        const segments = buildSegments(document, 4, (index) => ({
          state: (['approved', 'new', 'locked', 'new'] as const)[index],
        }));
        await store.documents.createWithSegments(
          document,
          [segments[2], segments[0], segments[3], segments[1]],
          segments.map((segment) => buildCreatedEvent(segment)),
        );
        await seedDocument({ project, segments: [{}] });

        expect(await store.segments.listByDocument(document.id)).toEqual(segments);
        expect(await store.segments.listByDocument(document.id, ['new'])).toEqual([segments[1], segments[3]]);
        expect(await store.segments.listByDocument(document.id, ['locked', 'approved'])).toEqual([
          segments[0],
          segments[2],
        ]);
        expect(await store.segments.listByDocument(document.id, ['rejected'])).toEqual([]);
        expect(await store.segments.listByDocument('document-unknown')).toEqual([]);
      });

      describe('applyChanges', () => {
        it('stores the new segment and appends its event', async () => {
          const { segments, events } = await seedDocument({ segments: [{}] });
          const change = editOf(segments[0], 'W dniach 30 i 31 stycznia 2019 r. w Dreźnie odbyło się 4. spotkanie.');

          await store.segments.applyChanges([change]);

          expect(await store.segments.findById(segments[0].id)).toEqual(change.segment);
          expect(await store.segments.history(segments[0].id)).toEqual([events[0], change.event]);
        });

        it('stores every change of several segments', async () => {
          const { segments } = await seedDocument({ segments: [{}, {}, {}] });
          const changes = [editOf(segments[0], 'Pierwsze.'), editOf(segments[2], 'Trzecie.')];

          await store.segments.applyChanges(changes);

          expect(await store.segments.listByDocument(segments[0].documentId)).toEqual([
            changes[0].segment,
            segments[1],
            changes[1].segment,
          ]);
        });

        it('writes the work on the target and its people; the source, its structure and key stay as stored', async () => {
          const { segments, events } = await seedDocument({ segments: [{ state: 'translated', target: 'Stary.' }] });
          const segment = segments[0];
          const changed: Segment = {
            ...segment,
            source: 'Neuer {1}Satz{/1}.',
            target: null,
            state: SegmentState.Draft,
            origin: null,
            mtTarget: 'Nowe {1}zdanie{/1}.',
            tags: [{ id: 1, type: 'paired', open: '_', close: '_' }],
            wordCount: 2,
            charCount: 18,
            lang: 'other',
            sourceKey: 'Neuer {1}Satz{/1}.',
            repetition: true,
            contextSpecific: true,
            translatedBy: 'user-t',
            reviewedBy: 'user-r',
            version: segment.version + 1,
            updatedAt: minutesAfterNow(2),
          };
          const event = buildEvent({ segmentId: segment.id, documentId: segment.documentId, version: changed.version });

          await store.segments.applyChanges([{ segment: changed, expectedVersion: segment.version, event }]);

          // Those change with a source revision only (RevisionRepository.apply).
          const { source, tags, wordCount, charCount, lang, sourceKey, repetition } = segment;
          expect(await store.segments.findById(segment.id)).toEqual({ ...changed, source, tags, wordCount, charCount, lang, sourceKey, repetition });
          expect(await store.segments.history(segment.id)).toEqual([events[0], event]);
        });

        it('writes an edit and its confirm of one segment, given one after the other, with both events', async () => {
          const { segments, events } = await seedDocument({ segments: [{}, {}] });
          const edit = editOf(segments[0], 'Spotkanie.');
          const confirmed: Segment = { ...edit.segment, state: SegmentState.Translated, translatedBy: 'user-t', version: edit.segment.version + 1 };
          const confirm: SegmentChange = {
            segment: confirmed,
            expectedVersion: edit.segment.version,
            event: buildEvent({ segmentId: confirmed.id, documentId: confirmed.documentId, at: minutesAfterNow(2), action: 'confirm', fromState: edit.segment.state, toState: confirmed.state, version: confirmed.version }),
          };
          const other = editOf(segments[1], 'Drugie.');

          await store.segments.applyChanges([edit, confirm, other]);

          expect(await store.segments.listByDocument(segments[0].documentId)).toEqual([confirmed, other.segment]);
          expect(await store.segments.history(segments[0].id)).toEqual([events[0], edit.event, confirm.event]);
          // A stale first version fails the pair: nothing of it, nor of the rest, is written.
          const stale = editOf(confirmed, 'Inne.');
          await expect(store.segments.applyChanges([other, { ...stale, expectedVersion: 1 }])).rejects.toBeInstanceOf(VersionConflict);
          expect(await store.segments.findById(segments[0].id)).toEqual(confirmed);
        });

        it('persists the context mark, set and cleared; language, source key and repetition stay as stored', async () => {
          const { segments, events } = await seedDocument({
            segments: [
              { lang: 'de', sourceKey: 'Satz.', repetition: true, contextSpecific: false },
              { lang: 'pl', sourceKey: 'Zdanie.', repetition: false, contextSpecific: true },
            ],
          });
          const change = (segment: Segment, fields: Partial<Segment>): SegmentChange => {
            const changed = { ...segment, ...fields, version: segment.version + 1, updatedAt: minutesAfterNow(1) };
            return {
              segment: changed,
              expectedVersion: segment.version,
              event: buildEvent({
                segmentId: segment.id,
                documentId: segment.documentId,
                action: 'context_specific',
                fromState: segment.state,
                toState: segment.state,
                fromTarget: segment.target,
                toTarget: segment.target,
                version: changed.version,
              }),
            };
          };
          const changes = [
            change(segments[0], { lang: 'neutral', sourceKey: '', repetition: false, contextSpecific: true }),
            change(segments[1], { lang: 'de', sourceKey: 'Ein Satz.', repetition: true, contextSpecific: false }),
          ];

          await store.segments.applyChanges(changes);

          expect(await store.segments.listByDocument(segments[0].documentId)).toEqual(
            changes.map((c, i) => ({ ...c.segment, lang: segments[i]!.lang, sourceKey: segments[i]!.sourceKey, repetition: segments[i]!.repetition })),
          );
          expect(await store.segments.history(segments[0].id)).toEqual([events[0], changes[0].event]);
        });

        it('writes nothing when one version is stale, and names that segment in VersionConflict', async () => {
          const { segments, events } = await seedDocument({ segments: [{}, { version: 3 }] });
          const fresh = editOf(segments[0], 'Pierwsze.');
          const stale = { ...editOf(segments[1], 'Drugie.'), expectedVersion: 2 };

          const error = await rejectionOf(store.segments.applyChanges([fresh, stale]));

          expect(error).toBeInstanceOf(VersionConflict);
          expect(error).toMatchObject({
            code: 'version_conflict',
            segmentId: segments[1].id,
            expectedVersion: 2,
            actualVersion: 3,
          });
          expect(await store.segments.listByDocument(segments[0].documentId)).toEqual(segments);
          expect(await store.segments.history(segments[0].id)).toEqual([events[0]]);
          expect(await store.segments.history(segments[1].id)).toEqual([events[1]]);
        });

        it('reports the first stale segment when several are stale', async () => {
          const { segments } = await seedDocument({ segments: [{ version: 5 }, { version: 7 }] });
          const changes = [
            { ...editOf(segments[1], 'B'), expectedVersion: 6 },
            { ...editOf(segments[0], 'A'), expectedVersion: 4 },
          ];

          const error = await rejectionOf(store.segments.applyChanges(changes));

          expect(error).toMatchObject({ segmentId: segments[1].id, expectedVersion: 6, actualVersion: 7 });
        });

        it('lets only one of two concurrent saves of the same version win', async () => {
          const { segments } = await seedDocument({ segments: [{}] });
          const first = editOf(segments[0], 'Anna.');
          const second = editOf(segments[0], 'Jan.');

          const results = await Promise.allSettled([
            store.segments.applyChanges([first]),
            store.segments.applyChanges([second]),
          ]);

          expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
          const loser = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
          expect(loser?.reason).toBeInstanceOf(VersionConflict);
          const stored = await store.segments.findById(segments[0].id);
          expect(stored?.version).toBe(2);
          expect(await store.segments.history(segments[0].id)).toHaveLength(2);
        });

        it('throws NotFound for a missing segment and writes nothing', async () => {
          const { segments, events } = await seedDocument({ segments: [{}] });
          const missing = editOf(buildSegment({ id: 'segment-missing', documentId: segments[0].documentId }), 'X');

          const error = await rejectionOf(store.segments.applyChanges([editOf(segments[0], 'A'), missing]));

          expect(error).toBeInstanceOf(NotFound);
          expect(error).toMatchObject({ code: 'not_found' });
          expect(await store.segments.findById(segments[0].id)).toEqual(segments[0]);
          expect(await store.segments.history(segments[0].id)).toEqual([events[0]]);
        });

        it('does nothing for an empty list', async () => {
          const { segments } = await seedDocument({ segments: [{}] });

          await store.segments.applyChanges([]);

          expect(await store.segments.findById(segments[0].id)).toEqual(segments[0]);
        });
      });

      it('appendEvents adds events without changing the segment', async () => {
        const { segments, events } = await seedDocument({ segments: [{ version: 2, target: 'Anna.' }] });
        const conflict = buildEvent({
          segmentId: segments[0].id,
          documentId: segments[0].documentId,
          action: 'edit_conflict',
          fromTarget: 'Anna.',
          toTarget: 'Jan.',
          note: '2',
          version: 2,
          at: minutesAfterNow(1),
        });

        await store.segments.appendEvents([conflict]);
        await store.segments.appendEvents([]);

        expect(await store.segments.findById(segments[0].id)).toEqual(segments[0]);
        expect(await store.segments.history(segments[0].id)).toEqual([events[0], conflict]);
      });

      it('history lists events oldest first and keeps insertion order for equal timestamps', async () => {
        const { segments, events } = await seedDocument({ segments: [{}] });
        const event = (at: string, note: string) =>
          buildEvent({ segmentId: segments[0].id, documentId: segments[0].documentId, at, note });
        const late = event(minutesAfterNow(9), 'late');
        const tieA = event(minutesAfterNow(5), 'tie a');
        const tieB = event(minutesAfterNow(5), 'tie b');
        const tieC = event(minutesAfterNow(5), 'tie c');
        const early = event(minutesAfterNow(1), 'early');

        await store.segments.appendEvents([late, tieA]);
        await store.segments.appendEvents([tieB]);
        await store.segments.appendEvents([tieC, early]);

        expect(await store.segments.history(segments[0].id)).toEqual([events[0], early, tieA, tieB, tieC, late]);
        expect(await store.segments.history('segment-unknown')).toEqual([]);
      });

      it('summarize counts segments and words per state and lists distinct translators and reviewers', async () => {
        const { document: busy } = await seedDocument({
          segments: [
            { state: 'new', wordCount: 2 },
            { state: 'new', wordCount: 3 },
            { state: 'draft', wordCount: 4 },
            { state: 'translated', wordCount: 5, translatedBy: 'zofia' },
            { state: 'translated', wordCount: 6, translatedBy: 'anna' },
            { state: 'rejected', wordCount: 1, translatedBy: 'anna', reviewedBy: 'marek' },
            { state: 'approved', wordCount: 10, translatedBy: 'zofia', reviewedBy: 'marek' },
            { state: 'approved', wordCount: 20, translatedBy: 'anna', reviewedBy: 'bartek' },
            { state: 'locked', wordCount: 7 },
          ],
        });
        const { document: empty } = await seedDocument();
        const { document: other } = await seedDocument({
          segments: [{ state: 'approved', wordCount: 8, translatedBy: 'ewa', reviewedBy: 'jan' }],
        });
        const zero = (): Tally => ({ segments: 0, words: 0 });
        const tallies = (counts: Partial<Record<State, Tally>>) => ({
          ...emptyStateRecord(() => ({ segments: 0, words: 0 })),
          ...counts,
        });

        const summaries = await store.segments.summarize([empty.id, busy.id, other.id]);

        expect(summaries).toEqual([
          { documentId: empty.id, byState: tallies({}), repetitions: zero(), translatorIds: [], reviewerIds: [] },
          {
            documentId: busy.id,
            byState: tallies({
              new: { segments: 2, words: 5 },
              draft: { segments: 1, words: 4 },
              translated: { segments: 2, words: 11 },
              rejected: { segments: 1, words: 1 },
              approved: { segments: 2, words: 30 },
              locked: { segments: 1, words: 7 },
            }),
            repetitions: zero(),
            translatorIds: ['anna', 'zofia'],
            reviewerIds: ['bartek', 'marek'],
          },
          {
            documentId: other.id,
            byState: tallies({ approved: { segments: 1, words: 8 } }),
            repetitions: zero(),
            translatorIds: ['ewa'],
            reviewerIds: ['jan'],
          },
        ]);
      });

      it('summarize returns all-zero tallies for an unknown document and [] for no ids', async () => {
        expect(await store.segments.summarize(['document-unknown'])).toEqual([
          {
            documentId: 'document-unknown',
            byState: emptyStateRecord(() => ({ segments: 0, words: 0 })),
            repetitions: { segments: 0, words: 0 },
            translatorIds: [],
            reviewerIds: [],
          },
        ]);
        expect(await store.segments.summarize([])).toEqual([]);
      });

      it('summarize counts repetitions and their words apart, over every state, without taking them from byState', async () => {
        const project = await seedProject();
        const { document } = await seedDocument({
          project,
          segments: [
            { state: 'new', wordCount: 4 },
            { state: 'new', wordCount: 4, repetition: true },
            { state: 'draft', wordCount: 6, repetition: true, contextSpecific: true },
            { state: 'approved', wordCount: 9 },
            { state: 'approved', wordCount: 2, repetition: true },
            { state: 'locked', wordCount: 3, repetition: true, lang: 'pl' },
          ],
        });
        const { document: other } = await seedDocument({ project, segments: [{ state: 'new', wordCount: 5, repetition: true }] });

        const [summary, otherSummary, again] = await store.segments.summarize([document.id, other.id, document.id]);

        expect(summary.repetitions).toEqual({ segments: 4, words: 15 });
        expect(summary.byState).toEqual({
          ...emptyStateRecord(() => ({ segments: 0, words: 0 })),
          new: { segments: 2, words: 8 },
          draft: { segments: 1, words: 6 },
          approved: { segments: 2, words: 11 },
          locked: { segments: 1, words: 3 },
        });
        expect(otherSummary.repetitions).toEqual({ segments: 1, words: 5 });
        expect(again).toEqual(summary);
        expect(again.repetitions).not.toBe(summary.repetitions);
      });

      it('listApprovals returns the events into approved at or after `since` of the documents asked for, oldest first, with word counts', async () => {
        const project = await seedProject();
        const { document, segments } = await seedDocument({ project, segments: [{ wordCount: 2 }, { wordCount: 3 }, { wordCount: 5 }] });
        const { document: second, segments: [secondSegment] } = await seedDocument({ project, segments: [{ wordCount: 7 }] });
        const { segments: [elsewhere] } = await seedDocument({ project, segments: [{ wordCount: 11 }] });
        const event = (segment: Segment, minutes: number, action: SegmentEvent['action'], fromState: State, toState: State) =>
          buildEvent({ segmentId: segment.id, documentId: segment.documentId, at: minutesAfterNow(minutes), action, fromState, toState });
        const [a, b, c] = segments;
        await store.segments.appendEvents([
          event(a, 10, 'approve', 'translated', 'approved'),
          event(c, -10, 'approve', 'translated', 'approved'), // before the window
          event(b, 20, 'propagated', 'new', 'approved'),
          event(c, 20, 'approve', 'translated', 'approved'), // same time: insertion order
          event(c, 25, 'created', 'approved', 'approved'), // not a move into approved
          event(c, 26, 'reject', 'approved', 'rejected'),
          event(c, 27, 'edit', 'rejected', 'draft'),
          event(a, 30, 'approve', 'translated', 'approved'), // approved again: counted again
          event(secondSegment, 0, 'approve', 'translated', 'approved'), // exactly at `since`
          event(elsewhere, 15, 'approve', 'translated', 'approved'), // a document not asked for
        ]);

        const approvals = await store.segments.listApprovals([document.id, second.id], minutesAfterNow(0));

        expect(approvals).toEqual([
          { segmentId: secondSegment.id, documentId: second.id, at: minutesAfterNow(0), wordCount: 7 },
          { segmentId: a.id, documentId: document.id, at: minutesAfterNow(10), wordCount: 2 },
          { segmentId: b.id, documentId: document.id, at: minutesAfterNow(20), wordCount: 3 },
          { segmentId: c.id, documentId: document.id, at: minutesAfterNow(20), wordCount: 5 },
          { segmentId: a.id, documentId: document.id, at: minutesAfterNow(30), wordCount: 2 },
        ]);
        expect(await store.segments.listApprovals([], minutesAfterNow(-100))).toEqual([]);
        expect(await store.segments.listApprovals(['document-unknown'], minutesAfterNow(-100))).toEqual([]);
      });

      describe('twins (repetitions by source key)', () => {
        /**
         * A project with document-b (seeded first) and document-a (created later), and another project
         * holding a "Danke." of its own: the order of twins can only come from documentId and index.
         */
        const seedTwins = async (inB: Partial<Segment>[], inA: Partial<Segment>[]) => {
          const project = await seedProject();
          const otherProject = await seedProject();
          const b = await seedDocument({ project, document: { id: 'document-b' }, segments: inB });
          const a = await seedDocument({ project, document: { id: 'document-a', createdAt: minutesAfterNow(5) }, segments: inA });
          await seedDocument({ project: otherProject, document: { id: 'document-0' }, segments: [{ source: 'Danke.' }] });
          return { project, inA: a.segments, inB: b.segments };
        };

        it('findBySourceKeys of one sentence returns its twins in the project ordered by document id, then index', async () => {
          const { project, inA, inB } = await seedTwins(
            [{ source: 'Danke.' }, { source: 'Hallo.' }, { source: 'Danke.', repetition: true }],
            [{ source: 'Tschüss.' }, { source: 'Danke.', repetition: true, contextSpecific: true }],
          );

          expect(await store.segments.findBySourceKeys(project.id, ['Danke.'])).toEqual([inA[1], inB[0], inB[2]]);
          expect(await store.segments.findBySourceKeys(project.id, ['Hallo.'])).toEqual([inB[1]]);
          expect(await store.segments.findBySourceKeys(project.id, ['danke.'])).toEqual([]);
          expect(await store.segments.findBySourceKeys('project-unknown', ['Danke.'])).toEqual([]);
        });

        it('findBySourceKeys returns the twins of several sentences in one list, ordered by document id, then index', async () => {
          const { project, inA, inB } = await seedTwins(
            [{ source: 'Danke.' }, { source: 'Hallo.' }, { source: 'Danke.', repetition: true }, { source: 'Bitte.' }],
            [{ source: 'Hallo.', repetition: true }, { source: 'Tschüss.' }],
          );

          expect(await store.segments.findBySourceKeys(project.id, ['Danke.', 'Hallo.'])).toEqual([inA[0], inB[0], inB[1], inB[2]]);
          // A key asked twice gives its twins once; unknown keys and projects give nothing.
          expect(await store.segments.findBySourceKeys(project.id, ['Bitte.', 'Bitte.', 'Nein.'])).toEqual([inB[3]]);
          expect(await store.segments.findBySourceKeys(project.id, [])).toEqual([]);
          expect(await store.segments.findBySourceKeys('project-unknown', ['Danke.'])).toEqual([]);
        });

        it('findBySourceKeys with states returns only the twins in those states', async () => {
          const project = await seedProject();
          const { segments } = await seedDocument({
            project,
            segments: [
              { source: 'Danke.', state: SegmentState.Approved, target: 'Dziękuję.' },
              { source: 'Danke.', state: SegmentState.New },
              { source: 'Hallo.', state: SegmentState.Translated, target: 'Cześć.' },
              { source: 'Hallo.', state: SegmentState.Approved, target: 'Cześć.' },
            ],
          });

          expect(await store.segments.findBySourceKeys(project.id, ['Danke.', 'Hallo.'], [SegmentState.Approved])).toEqual([segments[0], segments[3]]);
          expect(await store.segments.findBySourceKeys(project.id, ['Danke.', 'Hallo.'], [SegmentState.New, SegmentState.Translated])).toEqual([segments[1], segments[2]]);
          expect(await store.segments.findBySourceKeys(project.id, ['Danke.'], [])).toEqual([]);
        });

        it('findBySourceKeys of one sentence in one state (what a save checks its text against) returns those twins in document order', async () => {
          const { project, inA, inB } = await seedTwins(
            [{ source: 'Danke.', state: SegmentState.Approved, target: 'Dziękuję.' }, { source: 'Danke.', state: SegmentState.New }, { source: 'Hallo.', state: SegmentState.Approved, target: 'Cześć.' }],
            [{ source: 'Danke.', state: SegmentState.Approved, target: 'Dzięki.', repetition: true }],
          );

          expect(await store.segments.findBySourceKeys(project.id, ['Danke.'], [SegmentState.Approved])).toEqual([inA[0], inB[0]]);
          expect(await store.segments.findBySourceKeys(project.id, ['Danke.', 'Danke.'], [SegmentState.Approved])).toEqual([inA[0], inB[0]]);
          expect(await store.segments.findBySourceKeys(project.id, ['Danke.'], [SegmentState.New])).toEqual([inB[1]]);
          expect(await store.segments.findBySourceKeys(project.id, ['Hallo.'], [SegmentState.New])).toEqual([]);
          expect(await store.segments.findBySourceKeys('project-unknown', ['Danke.'], [SegmentState.New])).toEqual([]);
        });

        it('findBySourceKeys matches the source key, not the source', async () => {
          const project = await seedProject();
          const { segments } = await seedDocument({
            project,
            segments: [
              { source: '{1}Neue{/1} Projekte.', sourceKey: 'key' },
              { source: '{3}Neue{/3}  Projekte.', sourceKey: 'key' },
              { source: 'key', sourceKey: 'other' },
            ],
          });

          expect(await store.segments.findBySourceKeys(project.id, ['key'])).toEqual([segments[0], segments[1]]);
          expect(await store.segments.findBySourceKeys(project.id, ['{1}Neue{/1} Projekte.'])).toEqual([]);
        });

        it('existingSourceKeys returns exactly the keys present in the project', async () => {
          const project = await seedProject();
          const otherProject = await seedProject();
          await seedDocument({ project, segments: [{ source: 'Eins.' }, { source: 'Zwei.' }, { source: 'Eins.' }] });
          await seedDocument({ project, segments: [{ source: 'Drei.' }, { source: 'Leer', sourceKey: '' }] });
          await seedDocument({ project: otherProject, segments: [{ source: 'Vier.' }] });

          expect(await store.segments.existingSourceKeys(project.id, ['Vier.', 'Eins.', 'Drei.', 'Fünf.', 'Eins.', ''])).toEqual(
            new Set(['Eins.', 'Drei.', '']),
          );
          expect(await store.segments.existingSourceKeys(project.id, ['Fünf.', 'eins.'])).toEqual(new Set());
          expect(await store.segments.existingSourceKeys(otherProject.id, ['Eins.', 'Vier.'])).toEqual(new Set(['Vier.']));
          expect(await store.segments.existingSourceKeys('project-unknown', ['Eins.'])).toEqual(new Set());
        });

        it('existingSourceKeys returns an empty set for no keys', async () => {
          const project = await seedProject();
          await seedDocument({ project, segments: [{ source: 'Eins.' }] });

          expect(await store.segments.existingSourceKeys(project.id, [])).toEqual(new Set());
        });

        it('existingSourceKeys finds the keys of very long sentences too, also among the documents submitted before one', async () => {
          const project = await seedProject();
          const long = 'Der Landkreis fördert Vereine und '.repeat(400); // 13,600 characters: asked alone, not in a list
          const longer = `${long}Schulen.`;
          const first = await seedDocument({ project, segments: [{ source: long }, { source: 'Eins.' }] });
          const later = await seedDocument({ project, document: { createdAt: minutesAfterNow(5) }, segments: [{ source: longer }] });

          expect(await store.segments.existingSourceKeys(project.id, [longer, 'Eins.', long, 'Zwei.'])).toEqual(new Set([longer, 'Eins.', long]));
          expect(await store.segments.existingSourceKeys(project.id, [long.replace('Vereine', 'Schulen'), 'Zwei.'])).toEqual(new Set());
          expect(await store.segments.existingSourceKeys(project.id, [longer, long, 'Eins.'], later.document)).toEqual(new Set([long, 'Eins.']));
          expect(await store.segments.existingSourceKeys(project.id, [longer, long], first.document)).toEqual(new Set());
        });

        it('existingSourceKeys answers for thousands of keys at once', async () => {
          const project = await seedProject();
          await seedDocument({ project, segments: [{ source: 'Satz 17.' }, { source: 'Satz 4999.' }] });
          const keys = Array.from({ length: 5000 }, (_, i) => `Satz ${i}.`);

          expect(await store.segments.existingSourceKeys(project.id, keys)).toEqual(new Set(['Satz 17.', 'Satz 4999.']));
        });
      });
    });

    describe('mtJobs', () => {
      it('findById returns the created job, null for an unknown id', async () => {
        const { document } = await seedDocument();
        const job = buildJob({ documentId: document.id, projectId: document.projectId, total: 42 });
        await store.mtJobs.create(job);

        expect(await store.mtJobs.findById(job.id)).toEqual(job);
        expect(await store.mtJobs.findById('job-unknown')).toBeNull();
      });

      it('update replaces the stored job', async () => {
        const { document } = await seedDocument();
        const job = buildJob({ documentId: document.id, projectId: document.projectId });
        await store.mtJobs.create(job);
        const failed = {
          ...job,
          status: 'failed' as const,
          done: 7,
          billedCharacters: 1234,
          errorCode: 'mt_quota_exceeded',
          errorDetail: 'Quota for this billing period has been exceeded',
          updatedAt: minutesAfterNow(3),
        };

        await store.mtJobs.update({ ...job, status: 'running', done: 3, updatedAt: minutesAfterNow(1) });
        await store.mtJobs.update(failed);

        expect(await store.mtJobs.findById(job.id)).toEqual(failed);
      });

      it('keeps what a running job shows: characters sent, phase, attempt, times, last error, skipped segments', async () => {
        const { document } = await seedDocument();
        const job = buildJob({ documentId: document.id, projectId: document.projectId });
        await store.mtJobs.create(job);
        const retrying: MtJob = {
          ...job,
          status: 'running',
          sentCharacters: 4_500,
          billedCharacters: 3_000,
          phase: 'retrying',
          attempt: 2,
          waitingSince: null,
          retryAt: minutesAfterNow(1),
          lastErrorCode: 'mt_rate_limited',
          skipped: 1,
          updatedAt: minutesAfterNow(0),
        };
        const requesting: MtJob = { ...retrying, phase: 'requesting', attempt: 3, waitingSince: minutesAfterNow(2), retryAt: null, updatedAt: minutesAfterNow(2) };

        await store.mtJobs.update(retrying);
        expect(await store.mtJobs.findById(job.id)).toEqual(retrying);
        await store.mtJobs.update(requesting);
        expect(await store.mtJobs.findById(job.id)).toEqual(requesting);
      });

      it('latestForDocument returns the newest job of that document, the last created on a tie', async () => {
        const project = await seedProject();
        const { document } = await seedDocument({ project });
        const { document: other } = await seedDocument({ project });
        const job = (documentId: string, createdAt: string) => buildJob({ documentId, createdAt, updatedAt: createdAt });
        const jobs = [
          job(document.id, minutesAfterNow(1)),
          job(document.id, minutesAfterNow(5)),
          job(document.id, minutesAfterNow(5)),
          job(document.id, minutesAfterNow(2)),
          job(other.id, minutesAfterNow(9)),
        ];
        expect(await store.mtJobs.latestForDocument(document.id)).toBeNull();

        for (const each of jobs) await store.mtJobs.create(each);

        expect(await store.mtJobs.latestForDocument(document.id)).toEqual(jobs[2]);
        expect(await store.mtJobs.latestForDocument(other.id)).toEqual(jobs[4]);
        expect(await store.mtJobs.latestForDocument('document-unknown')).toBeNull();
      });

      it('listUnfinished returns queued and running jobs, oldest first', async () => {
        const { document } = await seedDocument();
        const job = (status: 'queued' | 'running' | 'done' | 'failed', minutes: number) =>
          buildJob({ documentId: document.id, status, createdAt: minutesAfterNow(minutes) });
        const [running, done, queuedOld, failed, queuedNew] = [
          job('running', 3),
          job('done', 1),
          job('queued', 2),
          job('failed', 0),
          job('queued', 4),
        ];
        expect(await store.mtJobs.listUnfinished()).toEqual([]);

        for (const each of [running, done, queuedOld, failed, queuedNew]) await store.mtJobs.create(each);

        expect(await store.mtJobs.listUnfinished()).toEqual([queuedOld, running, queuedNew]);

        await store.mtJobs.update({ ...running, status: 'done', done: 10 });
        expect(await store.mtJobs.listUnfinished()).toEqual([queuedOld, queuedNew]);
      });
    });

    describe('mtCache', () => {
      it('getMany returns only the keys found', async () => {
        await store.mtCache.putMany([
          { key: 'k-guten-tag', translation: 'Dzień dobry' },
          { key: 'k-danke', translation: 'Dziękuję' },
        ]);

        expect(await store.mtCache.getMany(['k-danke', 'k-unknown', 'k-guten-tag'])).toEqual(
          new Map([
            ['k-danke', 'Dziękuję'],
            ['k-guten-tag', 'Dzień dobry'],
          ]),
        );
        expect(await store.mtCache.getMany(['k-unknown'])).toEqual(new Map());
        expect(await store.mtCache.getMany([])).toEqual(new Map());
      });

      it('putMany keeps the first translation of a key, across calls and within one call', async () => {
        await store.mtCache.putMany([{ key: 'a', translation: 'first a' }]);
        await store.mtCache.putMany([
          { key: 'a', translation: 'second a' },
          { key: 'b', translation: 'first b' },
          { key: 'b', translation: 'second b' },
        ]);
        await store.mtCache.putMany([]);

        expect(await store.mtCache.getMany(['a', 'b'])).toEqual(
          new Map([
            ['a', 'first a'],
            ['b', 'first b'],
          ]),
        );
      });
    });

    describe('sessions', () => {
      it('findById returns a created session or token, null for an unknown id', async () => {
        const user = buildUser();
        await store.users.create(user);
        const session = buildSession({ userId: user.id });
        const token = buildSession({ userId: user.id, kind: 'token', name: 'CI export', expiresAt: null });

        await store.sessions.create(session);
        await store.sessions.create(token);

        expect(await store.sessions.findById(session.id)).toEqual(session);
        expect(await store.sessions.findById(token.id)).toEqual(token);
        expect(await store.sessions.findById('0'.repeat(64))).toBeNull();
      });

      it('delete removes only that session and ignores an unknown id', async () => {
        const user = buildUser();
        await store.users.create(user);
        const [gone, kept] = [buildSession({ userId: user.id }), buildSession({ userId: user.id })];
        await store.sessions.create(gone);
        await store.sessions.create(kept);

        await store.sessions.delete(gone.id);
        await store.sessions.delete('0'.repeat(64));

        expect(await store.sessions.findById(gone.id)).toBeNull();
        expect(await store.sessions.findById(kept.id)).toEqual(kept);
      });
    });

    describe('alignments', () => {
      /** A project and a stored draft alignment in it. */
      const seedAlignment = async (overrides: Partial<Alignment> = {}, project?: Project): Promise<Alignment> => {
        const alignment = buildAlignment({ projectId: (project ?? (await seedProject())).id, ...overrides });
        await store.alignments.create(alignment);
        return alignment;
      };

      /** The alignment confirmed at minute `minutes`, and one unit per matched bead. */
      const confirmationOf = (alignment: Alignment, minutes = 5): { confirmed: Alignment; units: TmUnit[] } => {
        const at = minutesAfterNow(minutes);
        const confirmed: Alignment = { ...alignment, status: 'confirmed', version: alignment.version + 1, updatedAt: at };
        const units = alignment.beads
          .filter((bead) => bead.de.length > 0 && bead.pl.length > 0)
          .map((bead) =>
            buildTmUnit({
              projectId: alignment.projectId,
              source: bead.de.map((i) => alignment.deSentences[i]).join(' '),
              target: bead.pl.map((j) => alignment.plSentences[j]).join(' '),
              originId: alignment.id,
              createdAt: at,
              updatedAt: at,
            }),
          );
        return { confirmed, units };
      };

      it('findById returns the created alignment unchanged, null for an unknown id', async () => {
        const alignment = await seedAlignment({
          format: 'markdown',
          deSentences: ['Am 30. und 31. Januar 2019 fand in Görlitz das 4. **Treffen** statt.', 'Rund 120 Gäste nahmen teil.', 'Danke!'],
          plSentences: ['W dniach 30 i 31 stycznia 2019 r. w Görlitz odbyło się 4. **spotkanie**, w którym wzięło udział 120 gości.', 'Źródło: UM'],
          beads: [
            { de: [0, 1], pl: [0], confidence: 0.8765432109876543 },
            { de: [2], pl: [], confidence: 0.5 },
            { de: [], pl: [1], confidence: 1 },
          ],
        });

        expect(await store.alignments.findById(alignment.id)).toEqual(alignment);
        expect(await store.alignments.findById('alignment-unknown')).toBeNull();
      });

      it('create refuses an alignment of an unknown project with NotFound', async () => {
        const error = await rejectionOf(store.alignments.create(buildAlignment({ projectId: 'project-unknown' })));

        expect(error).toBeInstanceOf(NotFound);
        expect(error).toMatchObject({ params: { entity: 'project' } });
        expect(await store.alignments.listByProject('project-unknown')).toEqual([]);
      });

      it('update replaces the alignment when the stored version is the expected one', async () => {
        const alignment = await seedAlignment();
        const merged: Alignment = {
          ...alignment,
          beads: [{ de: [0], pl: [0], confidence: 0.9731 }, { de: [1, 2], pl: [1], confidence: 1 }],
          version: 2,
          updatedAt: minutesAfterNow(2),
        };

        await store.alignments.update(merged, 1);

        expect(await store.alignments.findById(alignment.id)).toEqual(merged);
      });

      it('update with a stale version throws VersionConflict with the stored version and writes nothing', async () => {
        const alignment = await seedAlignment();
        const first: Alignment = { ...alignment, beads: [{ de: [0, 1, 2], pl: [0, 1], confidence: 1 }], version: 2, updatedAt: minutesAfterNow(1) };
        await store.alignments.update(first, 1);

        const error = await rejectionOf(store.alignments.update({ ...alignment, title: 'Später', version: 2 }, 1));

        expect(error).toBeInstanceOf(VersionConflict);
        expect(error).toMatchObject({ code: 'version_conflict', expectedVersion: 1, actualVersion: 2 });
        expect(await store.alignments.findById(alignment.id)).toEqual(first);
      });

      it('update of an unknown alignment is NotFound', async () => {
        const error = await rejectionOf(store.alignments.update(buildAlignment({ id: 'alignment-unknown', version: 2 }), 1));

        expect(error).toBeInstanceOf(NotFound);
        expect(error).toMatchObject({ params: { entity: 'alignment' } });
      });

      it("listByProject returns the project's alignments oldest first, ties by id", async () => {
        const project = await seedProject();
        const other = await seedProject();
        const b = await seedAlignment({ id: 'alignment-b', createdAt: minutesAfterNow(3) }, project);
        const c = await seedAlignment({ id: 'alignment-c', createdAt: minutesAfterNow(1) }, project);
        await seedAlignment({ id: 'alignment-x', createdAt: minutesAfterNow(0) }, other);
        const a = await seedAlignment({ id: 'alignment-a', createdAt: minutesAfterNow(3) }, project);

        expect(await store.alignments.listByProject(project.id)).toEqual([c, a, b]);
        expect((await store.alignments.listByProject(other.id)).map((x) => x.id)).toEqual(['alignment-x']);
        expect(await store.alignments.listByProject('project-unknown')).toEqual([]);
      });

      it('confirm stores the confirmed alignment and its units together, units in the given order', async () => {
        const alignment = await seedAlignment();
        const { confirmed, units } = confirmationOf(alignment);

        await store.alignments.confirm(confirmed, 1, units);

        expect(await store.alignments.findById(alignment.id)).toEqual(confirmed);
        expect(await store.tmUnits.listByProject(alignment.projectId, 0, 10)).toEqual({ items: units, total: 2 });
        expect(units.map((unit) => [unit.source, unit.target])).toEqual([
          ['Die Stadt Görlitz lädt ein.', 'Miasto Görlitz zaprasza.'],
          ['Das Treffen beginnt am 4. Mai um 10 Uhr.', 'Spotkanie rozpocznie się 4 maja o godz. 10.'],
        ]);
      });

      it('confirm with a stale version writes neither the alignment nor any unit', async () => {
        const alignment = await seedAlignment();
        const edited: Alignment = { ...alignment, title: 'Einladung (korrigiert)', version: 2, updatedAt: minutesAfterNow(1) };
        await store.alignments.update(edited, 1);
        const { confirmed, units } = confirmationOf(alignment);

        const error = await rejectionOf(store.alignments.confirm(confirmed, 1, units));

        expect(error).toBeInstanceOf(VersionConflict);
        expect(error).toMatchObject({ expectedVersion: 1, actualVersion: 2 });
        expect(await store.alignments.findById(alignment.id)).toEqual(edited);
        expect(await store.tmUnits.listByProject(alignment.projectId, 0, 10)).toEqual({ items: [], total: 0 });
      });

      it('confirm is all or nothing: a unit that cannot be stored leaves the alignment a draft', async () => {
        const project = await seedProject();
        const first = await seedAlignment({}, project);
        const second = await seedAlignment({}, project);
        const done = confirmationOf(first);
        await store.alignments.confirm(done.confirmed, 1, done.units);
        const { confirmed, units } = confirmationOf(second, 9);
        const clashing = [units[0]!, { ...units[1]!, id: done.units[0]!.id }];

        const error = await rejectionOf(store.alignments.confirm(confirmed, 1, clashing));

        expect(error).toBeInstanceOf(Conflict);
        expect(await store.alignments.findById(second.id)).toEqual(second);
        expect(await store.tmUnits.listByProject(project.id, 0, 10)).toEqual({ items: done.units, total: 2 });
      });

      it('confirm of an unknown alignment is NotFound and stores no unit', async () => {
        const project = await seedProject();
        const ghost = buildAlignment({ id: 'alignment-unknown', projectId: project.id });
        const { confirmed, units } = confirmationOf(ghost);

        const error = await rejectionOf(store.alignments.confirm(confirmed, 1, units));

        expect(error).toBeInstanceOf(NotFound);
        expect(await store.tmUnits.countByProject(project.id)).toBe(0);
      });
    });

    describe('tmUnits', () => {
      it('listByProject pages oldest first, units written together in their given order, with the total', async () => {
        const project = await seedProject();
        const other = await seedProject();
        const later = await seedAlignment(project, 'alignment-later');
        const earlier = await seedAlignment(project, 'alignment-earlier');
        const elsewhere = await seedAlignment(other, 'alignment-elsewhere');
        const unitsOf = (alignment: Alignment, minutes: number, sources: string[]) =>
          sources.map((source) =>
            buildTmUnit({ projectId: alignment.projectId, originId: alignment.id, source, target: `PL ${source}`, createdAt: minutesAfterNow(minutes), updatedAt: minutesAfterNow(minutes) }),
          );
        // Written newest first, and with ids that do not sort in creation order.
        const laterUnits = unitsOf(later, 20, ['Zwei.', 'Eins.', 'Drei.']);
        const earlierUnits = unitsOf(earlier, 10, ['Vier.', 'Fünf.']);
        await store.alignments.confirm({ ...later, status: 'confirmed', version: 2 }, 1, laterUnits);
        await store.alignments.confirm({ ...earlier, status: 'confirmed', version: 2 }, 1, earlierUnits);
        await store.alignments.confirm({ ...elsewhere, status: 'confirmed', version: 2 }, 1, unitsOf(elsewhere, 0, ['Sechs.']));
        const all = [...earlierUnits, ...laterUnits];

        expect(await store.tmUnits.listByProject(project.id, 0, 100)).toEqual({ items: all, total: 5 });
        expect(await store.tmUnits.listByProject(project.id, 1, 3)).toEqual({ items: all.slice(1, 4), total: 5 });
        expect(await store.tmUnits.listByProject(project.id, 4, 3)).toEqual({ items: all.slice(4), total: 5 });
        expect(await store.tmUnits.listByProject(project.id, 5, 3)).toEqual({ items: [], total: 5 });
        expect(await store.tmUnits.listByProject('project-unknown', 0, 3)).toEqual({ items: [], total: 0 });
      });

      it("countByProject counts only the project's units", async () => {
        const project = await seedProject();
        const other = await seedProject();
        const alignment = await seedAlignment(project, 'alignment-1');
        expect(await store.tmUnits.countByProject(project.id)).toBe(0);

        await store.alignments.confirm({ ...alignment, status: 'confirmed', version: 2 }, 1, [
          buildTmUnit({ projectId: project.id }),
          buildTmUnit({ projectId: project.id, source: 'Das Treffen beginnt am 4. Mai um 10 Uhr.', target: 'Spotkanie rozpocznie się 4 maja o godz. 10.' }),
        ]);

        expect(await store.tmUnits.countByProject(project.id)).toBe(2);
        expect(await store.tmUnits.countByProject(other.id)).toBe(0);
      });

      /** A stored draft alignment with this id in the project. */
      async function seedAlignment(project: Project, id: string): Promise<Alignment> {
        const alignment = buildAlignment({ id, projectId: project.id });
        await store.alignments.create(alignment);
        return alignment;
      }
    });

    describe('tmUnits revisions (upsertForOrigin, listChangedSince)', () => {
      const segmentUnit = (project: Project, overrides: Partial<TmUnit> = {}): TmUnit =>
        buildTmUnit({ projectId: project.id, origin: 'segment', originId: 'segment-1', prevSource: null, nextSource: 'Danke.', ...overrides });

      it('upsertForOrigin inserts a unit once per segment and updates it when the pair changes, keeping id and creation', async () => {
        const project = await seedProject();
        const unit = segmentUnit(project);

        const inserted = await store.tmUnits.upsertForOrigin(unit);
        const again = await store.tmUnits.upsertForOrigin({ ...unit, id: 'tm-other', updatedAt: minutesAfterNow(1) });
        const changed = await store.tmUnits.upsertForOrigin({ ...unit, id: 'tm-other', target: 'Inny.', prevSource: 'Hallo.', updatedAt: minutesAfterNow(2) });

        expect(inserted.unit).toEqual(unit);
        expect(again).toEqual(inserted);
        const expected = { ...unit, target: 'Inny.', prevSource: 'Hallo.', updatedAt: minutesAfterNow(2) };
        expect(changed.unit).toEqual(expected);
        expect(changed.revision).toBeGreaterThan(inserted.revision);
        expect(await store.tmUnits.listByProject(project.id, 0, 10)).toEqual({ items: [expected], total: 1 });
      });

      it('listChangedSince returns every write in revision order, an updated unit once at its new revision', async () => {
        const project = await seedProject();
        const other = await seedProject();
        const alignment = await store.alignments.create(buildAlignment({ id: 'alignment-r', projectId: other.id })).then(() => 'alignment-r');
        const first = await store.tmUnits.upsertForOrigin(segmentUnit(project));
        const second = await store.tmUnits.upsertForOrigin(segmentUnit(project, { originId: 'segment-2', source: 'Zwei.' }));
        await store.alignments.confirm({ ...buildAlignment({ id: alignment, projectId: other.id }), status: 'confirmed', version: 2 }, 1, [
          buildTmUnit({ id: 'tm-aligned', projectId: other.id, originId: alignment }),
        ]);
        const updated = await store.tmUnits.upsertForOrigin(segmentUnit(project, { target: 'Nowy.', updatedAt: minutesAfterNow(3) }));

        const all = await store.tmUnits.listChangedSince(null, 0, 100);
        expect(all.map((c) => c.unit.id)).toEqual([second.unit.id, 'tm-aligned', first.unit.id]);
        const revisions = all.map((c) => c.revision);
        expect(revisions).toEqual([...revisions].sort((a, b) => a - b));
        expect(new Set(revisions).size).toBe(3);
        expect(all[2]).toEqual(updated);
        expect(all[1]!.unit).toEqual(buildTmUnit({ id: 'tm-aligned', projectId: other.id, originId: alignment }));
        expect((await store.tmUnits.listChangedSince([project.id], 0, 100)).map((c) => c.unit.id)).toEqual([second.unit.id, first.unit.id]);
        expect((await store.tmUnits.listChangedSince(null, revisions[0]!, 1)).map((c) => c.unit.id)).toEqual(['tm-aligned']);
        expect(await store.tmUnits.listChangedSince(null, revisions[2]!, 10)).toEqual([]);
        expect(await store.tmUnits.listChangedSince([], 0, 10)).toEqual([]);
      });

      it('revisionState gives the same store identity on every call and the highest revision given so far', async () => {
        const project = await seedProject();
        const empty = await store.tmUnits.revisionState();
        const first = await store.tmUnits.upsertForOrigin(segmentUnit(project));
        await store.tmUnits.insertMany([buildTmUnit({ id: 'tm-imported', projectId: project.id, origin: 'tmx', originId: null })]);
        const [imported] = await store.tmUnits.listChangedSince(null, first.revision, 10);
        const after = await store.tmUnits.revisionState();

        expect(empty.storeId).toMatch(/^\S{8,}$/);
        expect(after.storeId).toBe(empty.storeId);
        expect(empty.revision).toBeLessThan(first.revision);
        expect(after.revision).toBe(imported!.revision);
      });

      it("a document's TM analysis is stored with it and read back exactly", async () => {
        const project = await seedProject();
        const tally = (segments: number, words: number): Tally => ({ segments, words });
        const analysis = {
          '101': tally(1, 5), '100': tally(2, 9), '95-99': tally(0, 0), '85-94': tally(1, 7), '75-84': tally(0, 0),
          '50-74': tally(0, 0), no_match: tally(3, 21), repetition: tally(1, 4), locked: tally(1, 2),
        };
        const document = buildDocument({ projectId: project.id, analysis });
        await store.documents.createWithSegments(document, [], []);
        expect(await store.documents.findById(document.id)).toEqual(document);
        expect(await store.documents.listByProjects([project.id])).toEqual([document]);
      });

      it('upsertForOrigin refuses a unit of another origin', async () => {
        const project = await seedProject();
        expect(await rejectionOf(store.tmUnits.upsertForOrigin(buildTmUnit({ projectId: project.id })))).toMatchObject({ code: 'invalid_input' });
      });
    });
  });
}
