// QA of many new targets at once (a returned XLIFF file): a large batch is checked in two halves, one
// on a worker thread and one on the caller's, and each segment gets exactly the issues the checks give
// it alone — with the project's glossary and the approved translations of its twins.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CommandContext } from '../../../server/commands/context';
import { findQaIssues, OTHER_TRANSLATIONS_AT_MOST } from '../../../server/commands/qa/checkSegments';
import { loadConfig } from '../../../server/config';
import { checkQaBatch } from '../../../server/domain/qa/batch';
import { runChecks } from '../../../server/domain/qa/registry';
import type { QaIssue } from '../../../server/domain/qa/types';
import type { Segment } from '../../../server/domain/segments/types';
import { SegmentState } from '../../../server/domain/workflow/states';
import { commonPasswords } from '../../../server/integrations/commonPasswords';
import type { HeavyWork } from '../../../server/ports/heavyWork';
import { uuidGenerator } from '../../../server/ports/ids';
import type { Store } from '../../../server/ports/repositories';
import { systemClock } from '../../../server/ports/system';
import { createSqliteStore } from '../../../server/storage/sqlite';
import { buildDocument, buildProject, buildSegments, resetBuilderIds } from '../../support/builders';
import { buildGlossaryTerm } from '../../storage/glossaryContract';

const SOURCES = [
  'Am 30. und 31. Januar 2019 fand in Dresden das 4. Treffen statt.',
  'Das Projekt wird von der Europäischen Union finanziert.',
  'Der zweite Teil des Treffens diente der Vorbereitung.',
];
/** Target i of segment i (paired with sources in another rhythm): numbers lost or extra, a German word kept, the term missing … */
const TARGET_OF = (i: number): string =>
  [
    'W dniach 30 i 31 stycznia 2019 r. w Dreźnie odbyło się 4. spotkanie.',
    'Projekt jest finansowany przez Unię Europejską.',
    'Druga część spotkania służyła przygotowaniu.',
    'W dniach 30 stycznia 2019 r. w Dreźnie odbyło się spotkanie.',
    'Projekt und finansowany przez Unię.',
  ][i % 5]!;

describe('findQaIssues', () => {
  let dir: string;
  let store: Store;

  beforeEach(() => {
    resetBuilderIds();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nysa-qa-'));
    store = createSqliteStore({ file: path.join(dir, 'nysa.sqlite') });
  });
  afterEach(async () => {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** A context whose heavy work records each batch it gets and runs it here. */
  function contextRecording(batches: number[]): CommandContext {
    const heavyWork: HeavyWork = {
      async run(task, input) {
        if (task !== 'checkQaBatch') throw new Error(`unexpected task ${task}`);
        const batch = input as Parameters<typeof checkQaBatch>[0];
        batches.push(batch.items.length);
        return checkQaBatch(batch) as never;
      },
    };
    return { config: loadConfig({}), store, clock: systemClock, ids: uuidGenerator, commonPasswords: commonPasswords(), heavyWork } as CommandContext;
  }

  async function seed(count: number): Promise<{ segments: Segment[]; approvedTwin: Segment }> {
    const project = buildProject();
    await store.projects.create(project);
    await store.glossary.create(buildGlossaryTerm({ projectId: project.id, de: 'Europäische Union', pl: 'Unia Europejska', status: 'approved' }));
    // An approved translation elsewhere in the project: the third sentence's twin says it otherwise.
    const earlier = buildDocument({ projectId: project.id, segmentCount: 1 });
    const [approvedTwin] = buildSegments(earlier, 1, () => ({ source: SOURCES[2]!, sourceKey: SOURCES[2]!, target: 'Druga część spotkania była przygotowaniem.', state: SegmentState.Approved }));
    await store.documents.createWithSegments(earlier, [approvedTwin!], []);
    const document = buildDocument({ projectId: project.id, segmentCount: count });
    const segments = buildSegments(document, count, (i) => ({
      source: SOURCES[i % 3]!,
      sourceKey: SOURCES[i % 3]!,
      target: TARGET_OF(i),
      state: SegmentState.Draft,
      origin: 'xliff',
    }));
    await store.documents.createWithSegments(document, segments, []);
    return { segments, approvedTwin: approvedTwin! };
  }

  /** What the checks say about segment i on its own. */
  const alone = (segment: Segment, approvedTwin: Segment) =>
    runChecks(
      segment.source,
      segment.target!,
      {
        mtTarget: null,
        edited: true,
        otherTranslations: segment.source === approvedTwin.source ? [approvedTwin.target!] : [],
        glossary: segment.source.includes('Europäischen Union')
          ? [{ source: 'Europäische Union', target: 'Unia Europejska', forbidden: [], found: segment.target!.includes('Unię Europejską') }]
          : [],
      },
      {},
    );

  it('checks 1,500 segments in two halves, the first on the thread, each with the issues it has alone', async () => {
    const { segments, approvedTwin } = await seed(1500);
    const batches: number[] = [];

    const issues = await findQaIssues(contextRecording(batches), buildProject({ id: segments[0]!.projectId }), segments);

    expect(batches).toEqual([750]);
    expect(issues.size).toBe(1500);
    for (const segment of segments) expect(issues.get(segment.id)).toEqual(alone(segment, approvedTwin));
    // The kinds of findings the table above was made to give, so the comparison is not between empties.
    const codes = new Set([...issues.values()].flat().map((issue) => issue.code));
    expect([...codes].sort()).toEqual([
      'qa.glossary_missing.term_missing',
      'qa.inconsistent_translation.differs',
      'qa.numbers.extra',
      'qa.numbers.missing',
      'qa.untranslated_words.german_word',
    ]);
  });

  it('checks a small batch (a save) here: no copy of the glossary to a thread', async () => {
    const { segments, approvedTwin } = await seed(12);
    const batches: number[] = [];

    const issues = await findQaIssues(contextRecording(batches), buildProject({ id: segments[0]!.projectId }), segments);

    expect(batches).toEqual([]);
    expect(segments.map((segment) => issues.get(segment.id))).toEqual(segments.map((segment) => alone(segment, approvedTwin)));
  });

  it('checks a large batch here too when the glossary is too large to copy to a thread', async () => {
    const { segments, approvedTwin } = await seed(1500);
    const projectId = segments[0]!.projectId;
    // 5,001 more terms (none of them in these sentences): 5,002 in all.
    await store.glossary.writeBatch(projectId, {
      put: Array.from({ length: 5001 }, (_, i) => buildGlossaryTerm({ id: `filler-${i}`, projectId, de: `Füllwort${i}`, pl: `wypełniacz${i}`, status: 'approved' })),
      remove: [],
    });
    const batches: number[] = [];

    const issues = await findQaIssues(contextRecording(batches), buildProject({ id: projectId }), segments);

    expect(batches).toEqual([]);
    for (const segment of segments) expect(issues.get(segment.id)).toEqual(alone(segment, approvedTwin));
  });

  // A sentence repeated thousands of times in a project, all approved, then propagated or re-checked:
  // every twin's check used to get every other twin's target, thousands each.
  describe('a sentence with many approved twins', () => {
    const SOURCE = 'Das Projekt wird von der Europäischen Union finanziert.';
    const SAME = 'Projekt jest finansowany przez Unię Europejską.';

    async function approvedTwins(targets: (i: number) => string, count: number): Promise<Segment[]> {
      const project = buildProject();
      await store.projects.create(project);
      const document = buildDocument({ projectId: project.id, segmentCount: count });
      const twins = buildSegments(document, count, (i) => ({ source: SOURCE, sourceKey: SOURCE, target: targets(i), state: SegmentState.Approved, origin: 'human' }));
      await store.documents.createWithSegments(document, twins, []);
      return twins;
    }
    const differs = (issues: QaIssue[] | undefined) => (issues ?? []).filter((issue) => issue.code === 'qa.inconsistent_translation.differs').map((issue) => issue.params?.other);

    it('checks 3,000 twins with one approved text in a few hundred ms, none inconsistent', async () => {
      const twins = await approvedTwins(() => SAME, 3000);
      const ctx = contextRecording([]);
      await findQaIssues(ctx, buildProject({ id: twins[0]!.projectId }), twins.slice(0, 10)); // warm-up

      const started = process.cpuUsage();
      const issues = await findQaIssues(ctx, buildProject({ id: twins[0]!.projectId }), twins);
      const used = process.cpuUsage(started);

      expect((used.user + used.system) / 1000).toBeLessThan(1500);
      expect(twins.every((twin) => differs(issues.get(twin.id)).length === 0)).toBe(true);
    });

    it(`reports each other approved text once, at most ${OTHER_TRANSLATIONS_AT_MOST}, never the segment's own`, async () => {
      // Twin 0 alone has its text; twins 1 and 2 share one; then 30 texts of one twin each.
      const texts = ['Tekst zero.', 'Tekst wspólny.', 'Tekst wspólny.', ...Array.from({ length: 30 }, (_, i) => `Tekst ${i + 3}.`)];
      const twins = await approvedTwins((i) => texts[i]!, texts.length);

      const issues = await findQaIssues(contextRecording([]), buildProject({ id: twins[0]!.projectId }), [twins[0]!, twins[1]!]);

      // Twin 0: not its own text; the shared one; then the first 19 single texts.
      expect(differs(issues.get(twins[0]!.id))).toEqual(['Tekst wspólny.', ...texts.slice(3, 3 + OTHER_TRANSLATIONS_AT_MOST - 1)]);
      // Twin 1: twin 0's text; its own shared text is the same as its target (never reported); 18 single texts.
      expect(differs(issues.get(twins[1]!.id))).toEqual(['Tekst zero.', ...texts.slice(3, 3 + OTHER_TRANSLATIONS_AT_MOST - 2)]);
    });
  });
});
