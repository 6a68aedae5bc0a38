import type { DocumentView, SegmentState, Tally } from '../../client/src/api/types';
import {
  analysisRows,
  bucketDays,
  checkUpload,
  decodeUtf8,
  dueWithin,
  editorsByDocument,
  endOfDayUtc,
  groupByProject,
  isMtActive,
  labelEvery,
  layoutBars,
  MAX_UPLOAD_BYTES,
  measureOf,
  mtStartable,
  niceScale,
  previewTotals,
  sortDocuments,
  stateShares,
  summarizeDays,
  titleFromFileName,
  totalsOf,
} from '../../client/src/lib/dashboardStats';

const tally = (segments: number, words: number): Tally => ({ segments, words });
const states = (partial: Partial<Record<SegmentState, Tally>>): Record<SegmentState, Tally> => ({
  new: tally(0, 0),
  draft: tally(0, 0),
  translated: tally(0, 0),
  rejected: tally(0, 0),
  approved: tally(0, 0),
  locked: tally(0, 0),
  ...partial,
});

function doc(id: string, overrides: Partial<DocumentView> = {}): DocumentView {
  const byState = overrides.byState ?? states({ new: tally(2, 10) });
  const total = Object.values(byState).reduce((sum, t) => tally(sum.segments + t.segments, sum.words + t.words), tally(0, 0));
  return {
    id,
    projectId: 'p1',
    title: id,
    format: 'text',
    createdBy: 'u-editor',
    createdAt: '2025-03-01T10:00:00.000Z',
    segmentCount: total.segments,
    status: 'in_translation',
    dueDate: null,
    overdue: false,
    billedCharacters: 0,
    sentCharacters: overrides.billedCharacters ?? 0,
    percentApproved: 0,
    total,
    repetitions: tally(0, 0),
    byState,
    translators: [],
    reviewers: [],
    mtJob: null,
    analysis: null,
    qa: { errors: 0, warnings: 0, infos: 0, segmentsWithErrors: 0 },
    ...overrides,
  };
}

describe('stateShares', () => {
  it('lists every state, done work first, with its share of the words', () => {
    const shares = stateShares(states({ approved: tally(1, 30), translated: tally(2, 20), new: tally(5, 50) }), 'words');
    expect(shares.map((s) => [s.state, s.value, s.percent])).toEqual([
      ['approved', 30, 30],
      ['locked', 0, 0],
      ['translated', 20, 20],
      ['draft', 0, 0],
      ['rejected', 0, 0],
      ['new', 50, 50],
    ]);
  });

  it('can measure segments instead, and gives zero shares when there is nothing', () => {
    expect(stateShares(states({ approved: tally(1, 30), new: tally(3, 50) }), 'segments').filter((s) => s.value > 0).map((s) => [s.state, s.percent])).toEqual([
      ['approved', 25],
      ['new', 75],
    ]);
    expect(stateShares(states({}), 'words').every((s) => s.percent === 0)).toBe(true);
  });

  it('measures words unless the document has none', () => {
    expect(measureOf(states({ new: tally(1, 4) }))).toBe('words');
    expect(measureOf(states({ locked: tally(3, 0) }))).toBe('segments');
  });
});

describe('totalsOf', () => {
  it('adds up statuses, overdue documents, words done (approved and locked), billed characters and QA issues', () => {
    const totals = totalsOf([
      doc('a', { byState: states({ approved: tally(2, 40), locked: tally(1, 10), new: tally(1, 50) }), total: tally(4, 100), billedCharacters: 1200, overdue: true, qa: { errors: 2, warnings: 1, infos: 5, segmentsWithErrors: 1 } }),
      doc('b', { status: 'in_review', byState: states({ translated: tally(3, 30) }), total: tally(3, 30), billedCharacters: 300, sentCharacters: 450, qa: { errors: 0, warnings: 4, infos: 0, segmentsWithErrors: 0 } }),
      doc('c', { status: 'approved', byState: states({ approved: tally(2, 20) }), total: tally(2, 20) }),
    ]);
    expect(totals).toEqual({
      documents: 3,
      inTranslation: 1,
      inReview: 1,
      approved: 1,
      overdue: 1,
      totalWords: 150,
      doneWords: 70,
      percentDone: 46.7,
      billedCharacters: 1500,
      // b's answer to 150 characters was lost (a timeout): sent, maybe billed, not reported
      sentCharacters: 1650,
      qaErrors: 2,
      qaWarnings: 5,
    });
  });

  it('is all zeros without documents', () => {
    expect(totalsOf([])).toEqual({
      documents: 0, inTranslation: 0, inReview: 0, approved: 0, overdue: 0, totalWords: 0, doneWords: 0, percentDone: 0, billedCharacters: 0, sentCharacters: 0, qaErrors: 0, qaWarnings: 0,
    });
  });
});

describe('dueWithin', () => {
  it('counts open documents due between now and the given number of days', () => {
    const now = new Date('2025-03-10T12:00:00.000Z');
    const docs = [
      doc('past', { dueDate: '2025-03-09T23:59:59.999Z' }),
      doc('soon', { dueDate: '2025-03-12T23:59:59.999Z' }),
      doc('edge', { dueDate: '2025-03-17T12:00:00.000Z' }),
      doc('later', { dueDate: '2025-03-18T23:59:59.999Z' }),
      doc('done', { dueDate: '2025-03-11T23:59:59.999Z', status: 'approved' }),
      doc('none'),
    ];
    expect(dueWithin(docs, now, 7)).toBe(2);
  });
});

describe('sortDocuments', () => {
  const docs = [
    doc('Beta', { dueDate: '2025-05-01T23:59:59.999Z', percentApproved: 50 }),
    doc('Alpha', { dueDate: null, percentApproved: 10 }),
    doc('Gamma', { dueDate: '2025-04-01T23:59:59.999Z', percentApproved: 50 }),
    doc('Delta', { dueDate: null, percentApproved: 90 }),
  ];

  it('sorts by due date, documents without one last in either direction', () => {
    expect(sortDocuments(docs, 'due', 'asc').map((d) => d.title)).toEqual(['Gamma', 'Beta', 'Alpha', 'Delta']);
    expect(sortDocuments(docs, 'due', 'desc').map((d) => d.title)).toEqual(['Beta', 'Gamma', 'Alpha', 'Delta']);
  });

  it('sorts by progress with ties by title, and by title', () => {
    expect(sortDocuments(docs, 'progress', 'asc').map((d) => d.title)).toEqual(['Alpha', 'Beta', 'Gamma', 'Delta']);
    expect(sortDocuments(docs, 'progress', 'desc').map((d) => d.title)).toEqual(['Delta', 'Beta', 'Gamma', 'Alpha']);
    expect(sortDocuments(docs, 'title', 'desc').map((d) => d.title)).toEqual(['Gamma', 'Delta', 'Beta', 'Alpha']);
  });

  it('leaves its input alone', () => {
    sortDocuments(docs, 'title', 'asc');
    expect(docs.map((d) => d.title)).toEqual(['Beta', 'Alpha', 'Gamma', 'Delta']);
  });
});

describe('groupByProject', () => {
  const projects = [
    { id: 'p1', name: 'Zgorzelec' },
    { id: 'p2', name: 'Bautzen' },
  ];
  const docs = [
    doc('old-mine', { projectId: 'p1', createdBy: 'me', createdAt: '2025-01-01T00:00:00.000Z' }),
    doc('new-other', { projectId: 'p1', createdBy: 'other', createdAt: '2025-02-01T00:00:00.000Z' }),
    doc('newer-mine', { projectId: 'p1', createdBy: 'me', createdAt: '2025-01-15T00:00:00.000Z' }),
    doc('bautzen', { projectId: 'p2' }),
    doc('lost', { projectId: 'p9' }),
  ];

  it('groups by project name, unknown projects last, own documents first and then the newest', () => {
    expect(groupByProject(docs, projects, 'me').map((g) => [g.name, g.documents.map((d) => d.id)])).toEqual([
      ['Bautzen', ['bautzen']],
      ['Zgorzelec', ['newer-mine', 'old-mine', 'new-other']],
      [null, ['lost']],
    ]);
  });

  it('orders by date alone without a user', () => {
    expect(groupByProject(docs, projects)[1].documents.map((d) => d.id)).toEqual(['new-other', 'newer-mine', 'old-mine']);
  });
});


describe('machine translation', () => {
  const job = (status: 'queued' | 'running' | 'done' | 'failed') => ({
    id: 'j', documentId: 'd', status, done: 0, total: 1, billedCharacters: 0, sentCharacters: 0, phase: null, attempt: 0,
    waitingSince: null, retryAt: null, lastError: null, skipped: 0, error: null, createdAt: '', updatedAt: '',
  });

  it('is active while queued or running', () => {
    expect([null, job('queued'), job('running'), job('done'), job('failed')].map(isMtActive)).toEqual([false, true, true, false, false]);
  });

  it('can start when it never ran or failed, on open documents with new segments', () => {
    expect(mtStartable(doc('a'))).toBe(true);
    expect(mtStartable(doc('a', { mtJob: job('failed') }))).toBe(true);
    expect(mtStartable(doc('a', { mtJob: job('done') }))).toBe(false);
    expect(mtStartable(doc('a', { mtJob: job('running') }))).toBe(false);
    expect(mtStartable(doc('a', { byState: states({ translated: tally(2, 10) }) }))).toBe(false);
    expect(mtStartable(doc('a', { status: 'approved' }))).toBe(false);
  });
});

describe('niceScale', () => {
  it('rounds the top up to a nice step with at most five ticks', () => {
    expect(niceScale(1234)).toEqual({ top: 1500, step: 500, ticks: [0, 500, 1000, 1500] });
    expect(niceScale(7)).toEqual({ top: 8, step: 2, ticks: [0, 2, 4, 6, 8] });
    expect(niceScale(100)).toEqual({ top: 100, step: 50, ticks: [0, 50, 100] });
    expect(niceScale(40)).toEqual({ top: 40, step: 10, ticks: [0, 10, 20, 30, 40] });
  });

  it('keeps whole steps for small counts and a unit axis for nothing', () => {
    expect(niceScale(1)).toEqual({ top: 1, step: 1, ticks: [0, 1] });
    expect(niceScale(3)).toEqual({ top: 3, step: 1, ticks: [0, 1, 2, 3] });
    expect(niceScale(0)).toEqual({ top: 1, step: 1, ticks: [0, 1] });
  });
});

describe('layoutBars', () => {
  it('places one bar per band, scaled to the top value, growing up from the bottom', () => {
    expect(layoutBars([50, 0, 100], 300, 200, 100)).toEqual([
      { x: 10, y: 100, width: 80, height: 100 },
      { x: 110, y: 200, width: 80, height: 0 },
      { x: 210, y: 0, width: 80, height: 200 },
    ]);
    expect(layoutBars([], 300, 200, 100)).toEqual([]);
  });

  it('labels every n-th bar so that labels fit', () => {
    expect(labelEvery(30, 900, 50)).toBe(2);
    expect(labelEvery(7, 900, 50)).toBe(1);
    expect(labelEvery(90, 600, 50)).toBe(8);
  });
});

describe('days', () => {
  const days = [
    { date: '2025-03-01', words: 0, segments: 0 },
    { date: '2025-03-02', words: 40, segments: 3 },
    { date: '2025-03-03', words: 10, segments: 1 },
    { date: '2025-03-04', words: 40, segments: 2 },
    { date: '2025-03-05', words: 5, segments: 1 },
  ];

  it('sums days into buckets dated by their first day', () => {
    expect(bucketDays(days, 2)).toEqual([
      { date: '2025-03-01', words: 40, segments: 3 },
      { date: '2025-03-03', words: 50, segments: 3 },
      { date: '2025-03-05', words: 5, segments: 1 },
    ]);
  });

  it('summarizes totals, active days and the first best day', () => {
    expect(summarizeDays(days)).toEqual({ words: 95, segments: 7, activeDays: 4, best: { date: '2025-03-02', words: 40, segments: 3 } });
    expect(summarizeDays([{ date: '2025-03-01', words: 0, segments: 0 }])).toEqual({ words: 0, segments: 0, activeDays: 0, best: null });
  });
});

describe('submission helpers', () => {
  it('turns a date input into the end of that day in UTC', () => {
    expect(endOfDayUtc('2025-03-14')).toBe('2025-03-14T23:59:59.999Z');
    expect(endOfDayUtc('')).toBeNull();
    expect(endOfDayUtc('2025-02-30')).toBeNull();
  });

  it('accepts .txt as text and .md/.markdown as Markdown up to 5 MB', () => {
    expect(checkUpload({ name: 'Brief.TXT', size: 10 })).toEqual({ ok: true, format: 'text' });
    expect(checkUpload({ name: 'notes.md', size: 10 })).toEqual({ ok: true, format: 'markdown' });
    expect(checkUpload({ name: 'notes.markdown', size: MAX_UPLOAD_BYTES })).toEqual({ ok: true, format: 'markdown' });
    expect(checkUpload({ name: 'notes.md', size: MAX_UPLOAD_BYTES + 1 })).toEqual({ ok: false, reason: 'size' });
    expect(checkUpload({ name: 'brief.docx', size: 10 })).toEqual({ ok: false, reason: 'type' });
    expect(checkUpload({ name: 'README', size: 10 })).toEqual({ ok: false, reason: 'type' });
  });

  it('suggests a title from the file name', () => {
    expect(titleFromFileName('Pressemitteilung Mai.md')).toBe('Pressemitteilung Mai');
  });

  it('decodes UTF-8 without its byte order mark and refuses other encodings', () => {
    expect(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x47, 0x72, 0xc3, 0xbc, 0xc3, 0x9f, 0x65]))).toBe('Grüße');
    expect(decodeUtf8(new Uint8Array([0x47, 0x72, 0xfc, 0xdf, 0x65]))).toBeNull(); // Latin-1
  });

  it('totals a preview, Polish and neutral segments apart', () => {
    expect(
      previewTotals([
        { index: 0, source: 'Titel', kind: 'heading', lang: 'de', wordCount: 1, locked: false },
        { index: 1, source: 'Ein kurzer Satz.', kind: 'paragraph', lang: 'de', wordCount: 3, locked: false },
        { index: 2, source: 'Dzień dobry wszystkim.', kind: 'paragraph', lang: 'pl', wordCount: 3, locked: true },
      ]),
    ).toEqual({ segments: 3, words: 7, lockedSegments: 1, wordsToTranslate: 4 });
  });
});

describe('editorsByDocument', () => {
  it('lists each person once per document, at the segment opened last', () => {
    const anna = { id: 'a', name: 'Anna' };
    const jan = { id: 'j', name: 'Jan' };
    const map = editorsByDocument([
      { documentId: 'd1', segmentId: 's1', segmentIndex: 0, user: anna, since: '2025-03-01T10:00:00.000Z' },
      { documentId: 'd1', segmentId: 's5', segmentIndex: 4, user: anna, since: '2025-03-01T10:05:00.000Z' },
      { documentId: 'd1', segmentId: 's2', segmentIndex: 1, user: jan, since: '2025-03-01T10:01:00.000Z' },
      { documentId: 'd2', segmentId: 's9', segmentIndex: 8, user: jan, since: '2025-03-01T10:02:00.000Z' },
    ] as never);
    expect(map.get('d1')).toEqual([
      { user: anna, segmentIndex: 4, since: '2025-03-01T10:05:00.000Z' },
      { user: jan, segmentIndex: 1, since: '2025-03-01T10:01:00.000Z' },
    ]);
    expect(map.get('d2')?.map((e) => e.user.name)).toEqual(['Jan']);
    expect(map.get('d3')).toBeUndefined();
  });
});

describe('analysisRows', () => {
  it('lists the match bands in order with their share of the words', () => {
    const analysis = {
      '101': tally(1, 10), '100': tally(0, 0), '95-99': tally(0, 0), '85-94': tally(1, 15), '75-84': tally(0, 0),
      '50-74': tally(0, 0), no_match: tally(4, 60), repetition: tally(1, 10), locked: tally(1, 5),
    };
    expect(analysisRows(analysis)?.map((r) => [r.key, r.segments, r.words, r.percentWords])).toEqual([
      ['101', 1, 10, 10], ['100', 0, 0, 0], ['95-99', 0, 0, 0], ['85-94', 1, 15, 15], ['75-84', 0, 0, 0],
      ['50-74', 0, 0, 0], ['no_match', 4, 60, 60], ['repetition', 1, 10, 10], ['locked', 1, 5, 5],
    ]);
  });

  it('is null for documents without an analysis or an unexpected shape', () => {
    expect(analysisRows(null)).toBeNull();
    expect(analysisRows({ no_match: tally(1, 1) })).toBeNull();
  });
});
