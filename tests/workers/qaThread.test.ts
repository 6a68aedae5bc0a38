// The QA thread: a save's checks give on the thread exactly what they give inline; the batches of one
// turn cross in one message, a glossary once per array; a thread that fails leaves the checks to the
// main thread and loses no batch.
import { Worker } from 'node:worker_threads';
import type { ContextTerm } from '../../server/domain/glossary/context';
import { checkQaBatch, type QaBatch, type QaBatchItem } from '../../server/domain/qa/batch';
import { startThread } from '../../server/workers/thread';
import { createQaThread, GLOSSARIES_KEPT, THREAD_FAILURES_AT_MOST, type QaThread } from '../../server/workers/qaThread';

const term = (de: string, pl: string, extra: Partial<ContextTerm> = {}): ContextTerm => ({ de, pl, caseSensitive: false, compound: false, forbidden: [], status: 'approved', ...extra });

// Sentences of the Smart Integration news item with Polish targets that break something each.
const ITEMS: QaBatchItem[] = [
  {
    source: 'Am 30. und 31. Januar 2019 fand in Dresden das 4. Treffen des Projektteams „Smart Integration“ statt.',
    target: 'W dniach 30 i 31 stycznia 2018 r. w Dreźnie odbyło się czwarte spotkanie zespołu projektu „Smart Integration”.',
    mtTarget: null,
    edited: true,
    otherTranslations: [],
  },
  {
    source: 'Das nächste Treffen des Projektteams findet im Mai 2019 statt, dann wiederum auf der polnischen Seite.',
    target: 'Następne spotkanie zespołu projektowego odbędzie się w maju 2019 r., tym razem po polskiej stronie',
    mtTarget: 'Następne spotkanie zespołu projektowego odbędzie się w maju 2019 r., tym razem po polskiej stronie',
    edited: false,
    otherTranslations: ['Kolejne spotkanie zespołu projektu odbędzie się w maju 2019 r., ponownie po stronie polskiej.'],
  },
  {
    source: 'Die Fertigstellung der Sächsisch-Niederschlesischen Grenzraumstudie ist für den Sommer geplant.',
    target: 'Ukończenie studium obszaru przygranicznego zaplanowano na lato.',
    mtTarget: null,
    edited: true,
    otherTranslations: [],
  },
  { source: 'Leerer Satz.', target: '   ', mtTarget: null, edited: true, otherTranslations: [] },
];

const GLOSSARY: ContextTerm[] = [
  term('Grenzraumstudie', 'studium pogranicza', { compound: true, forbidden: ['studium obszaru przygranicznego'] }),
  term('Projektteam', 'zespół projektu', { compound: true }),
  term('Treffen', 'spotkanie', { status: 'proposed' }),
];

const batchOf = (items: QaBatchItem[], terms: readonly ContextTerm[] = GLOSSARY, settings: QaBatch['settings'] = {}): QaBatch => ({ settings, terms, items });

describe('createQaThread', () => {
  let qa: QaThread;
  afterEach(async () => {
    await qa.close();
  });

  test('finds on the thread exactly the issues the checks find inline, for every item and setting', async () => {
    qa = createQaThread();
    const batches = [
      batchOf(ITEMS),
      batchOf(ITEMS, [], { disabled: ['numbers'], severity: { end_punctuation: 'error' } }),
      batchOf(ITEMS.slice(2), GLOSSARY, { enabled: ['nbsp'] }),
    ];
    const onThread = await Promise.all(batches.map((batch) => qa.check(batch)));
    expect(onThread).toEqual(batches.map((batch) => checkQaBatch(batch).issues));
    // The table is meant to find something: the wrong year, an unedited MT text that differs from its
    // approved twin, a glossary term left out and its forbidden variant used; the empty target has nothing.
    expect(onThread[0]!.map((issues) => issues.map((issue) => issue.code))).toEqual([
      ['qa.numbers.missing', 'qa.numbers.extra'],
      ['qa.glossary_missing.term_missing', 'qa.end_punctuation.missing', 'qa.inconsistent_translation.differs', 'qa.mt_unedited.unedited'],
      ['qa.glossary_missing.term_missing', 'qa.glossary_forbidden.forbidden_used'],
      [],
    ]);
    expect(qa.running).toBe(true);
  });

  test('sends the batches of one turn in one message, and a glossary once until its array changes', async () => {
    qa = createQaThread();
    await Promise.all([qa.check(batchOf([ITEMS[0]!])), qa.check(batchOf([ITEMS[1]!])), qa.check(batchOf([ITEMS[2]!]))]);
    expect(qa.sent).toEqual({ messages: 1, jobs: 3, glossaries: 1 });

    await qa.check(batchOf([ITEMS[0]!]));
    expect(qa.sent).toEqual({ messages: 2, jobs: 4, glossaries: 1 });

    const changed = [...GLOSSARY, term('Grenzraum', 'pogranicze')]; // a new array: the glossary was written
    expect(await qa.check(batchOf([ITEMS[2]!], changed))).toEqual(checkQaBatch(batchOf([ITEMS[2]!], changed)).issues);
    expect(qa.sent).toEqual({ messages: 3, jobs: 5, glossaries: 2 });
  });

  test(`keeps ${GLOSSARIES_KEPT} glossaries on the thread, sends a dropped one again, and answers a turn that needs more of them`, async () => {
    qa = createQaThread();
    const glossaries = Array.from({ length: GLOSSARIES_KEPT + 1 }, (_, i) => [term('Grenzraumstudie', `studium ${i}`, { compound: true })]);
    const item = ITEMS[2]!;
    for (const terms of glossaries) await qa.check(batchOf([item], terms));
    expect(qa.sent.glossaries).toBe(GLOSSARIES_KEPT + 1);
    await qa.check(batchOf([item], glossaries[GLOSSARIES_KEPT]!)); // held: the last one used
    expect(qa.sent.glossaries).toBe(GLOSSARIES_KEPT + 1);
    await qa.check(batchOf([item], glossaries[0]!)); // dropped when the 17th came: sent again
    expect(qa.sent.glossaries).toBe(GLOSSARIES_KEPT + 2);

    // One turn using more glossaries than the thread keeps: none is dropped before its job ran.
    const more = Array.from({ length: GLOSSARIES_KEPT + 4 }, (_, i) => [term('Grenzraumstudie', `opracowanie ${i}`, { compound: true })]);
    const answers = await Promise.all(more.map((terms) => qa.check(batchOf([item], terms))));
    expect(answers).toEqual(more.map((terms) => checkQaBatch(batchOf([item], terms)).issues));
    // And the thread holds what this side thinks it holds: the most recent ones are not sent again.
    const before = qa.sent.glossaries;
    expect(await qa.check(batchOf([item], more[more.length - 1]!))).toEqual(checkQaBatch(batchOf([item], more[more.length - 1]!)).issues);
    expect(qa.sent.glossaries).toBe(before);
  });

  test(`checks on the main thread what a failing thread held, and stays there after ${THREAD_FAILURES_AT_MOST} failures in a row`, async () => {
    let started = 0;
    qa = createQaThread(() => {
      started++;
      return new Worker('process.exit(3)', { eval: true });
    });
    for (let i = 0; i < THREAD_FAILURES_AT_MOST + 2; i++) {
      expect(await qa.check(batchOf(ITEMS))).toEqual(checkQaBatch(batchOf(ITEMS)).issues);
    }
    expect(started).toBe(THREAD_FAILURES_AT_MOST);
    expect(qa.sent.messages).toBe(THREAD_FAILURES_AT_MOST);
    expect(qa.running).toBe(false);
  });

  test('checks here a batch that cannot be copied to the thread, and keeps the thread for the next', async () => {
    qa = createQaThread();
    const uncopyable = { ...ITEMS[0]!, edited: true, extra: () => 'a function cannot cross' } as QaBatchItem;
    expect(await qa.check(batchOf([uncopyable]))).toEqual(checkQaBatch(batchOf([ITEMS[0]!])).issues);
    expect(qa.sent.messages).toBe(0);
    expect(await qa.check(batchOf([ITEMS[1]!]))).toEqual(checkQaBatch(batchOf([ITEMS[1]!])).issues);
    expect(qa.sent).toEqual({ messages: 1, jobs: 1, glossaries: 1 });
  });

  test('warmUp starts the thread before the first batch, once; the batch then goes to that thread', async () => {
    let started = 0;
    qa = createQaThread(() => {
      started++;
      return startThread('qaWorker');
    });
    expect(qa.running).toBe(false);
    qa.warmUp();
    qa.warmUp();
    expect([qa.running, started, qa.sent.messages]).toEqual([true, 1, 0]);
    expect(await qa.check(batchOf(ITEMS))).toEqual(checkQaBatch(batchOf(ITEMS)).issues);
    expect([started, qa.sent.messages]).toEqual([1, 1]);
  });

  test('warmUp does nothing once closed', async () => {
    let started = 0;
    qa = createQaThread(() => {
      started++;
      return new Worker('', { eval: true });
    });
    await qa.close();
    qa.warmUp();
    expect([qa.running, started]).toEqual([false, 0]);
  });

  test('checks inline once closed', async () => {
    qa = createQaThread();
    await qa.close();
    expect(await qa.check(batchOf(ITEMS))).toEqual(checkQaBatch(batchOf(ITEMS)).issues);
    expect(qa.sent.messages).toBe(0);
    expect(qa.running).toBe(false);
  });
});
