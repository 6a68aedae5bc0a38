// The LQA report (server/domain/quality/report.ts), the proposal a segment started from and the
// post-edit aggregates (postEdit.ts), and annotations as note texts (notes.ts).
import { aggregatePostEdits, finalRecords, proposalOf, summarizePostEdits } from '../../../server/domain/quality/postEdit';
import { annotationNotes } from '../../../server/domain/quality/notes';
import { buildProjectQuality } from '../../../server/domain/quality/projectQuality';
import { buildQualityReport, evaluatedSegments, groupBySegment, type ReportSegment } from '../../../server/domain/quality/report';
import { DEFAULT_LQA_SETTINGS, MQM_CORE } from '../../../server/domain/quality/typology';
import type { LqaAnnotation, PostEditRecord } from '../../../server/domain/quality/types';

const segment = (index: number, overrides: Partial<ReportSegment> = {}): ReportSegment => ({
  id: `s${index}`,
  documentId: 'd1',
  index,
  source: `Satz ${index}`,
  target: 'jeden dwa trzy cztery pięć',
  state: 'approved',
  translatedBy: 'anna',
  reviewedBy: 'rita',
  updatedAt: '2026-11-24T09:00:00.000Z',
  ...overrides,
});

const annotation = (id: string, segmentId: string, category: string, severity: LqaAnnotation['severity'], extra: Partial<LqaAnnotation> = {}): LqaAnnotation => ({
  id,
  segmentId,
  documentId: 'd1',
  projectId: 'p1',
  category,
  severity,
  comment: null,
  span: null,
  segmentVersion: 3,
  target: 'jeden dwa trzy cztery pięć',
  authorId: 'rita',
  createdAt: `2026-11-24T10:0${id.slice(-1)}:00.000Z`,
  ...extra,
});

const record = (segmentId: string, overrides: Partial<PostEditRecord> = {}): PostEditRecord => ({
  segmentId,
  documentId: 'd1',
  projectId: 'p1',
  stage: 'confirm',
  origin: 'mt',
  band: null,
  translatorId: 'anna',
  actorId: 'anna',
  distance: 0,
  ratio: 0,
  words: 10,
  at: '2026-11-24T10:00:00.000Z',
  ...overrides,
});

describe('proposalOf', () => {
  const event = (action: string, note: string | null, toTarget: string | null) => ({ action: action as 'propose', note, toTarget });

  test('the last proposal wins: DeepL, or a memory match with its band', () => {
    expect(proposalOf([event('created', null, null), event('propose', 'mt', 'MT'), event('edit', null, 'x')])).toEqual({ origin: 'mt', band: null, text: 'MT' });
    expect(proposalOf([event('propose', 'tm:87', 'TM')])).toEqual({ origin: 'tm', band: '85-94', text: 'TM' });
    expect(proposalOf([event('propose', 'tm:101', 'TM')])).toEqual({ origin: 'tm', band: '101', text: 'TM' });
    expect(proposalOf([event('propose', 'tm:100', 'TM')])).toEqual({ origin: 'tm', band: '100', text: 'TM' });
  });

  test('without a proposal the segment started empty', () => {
    expect(proposalOf([event('created', 'language: de', null), event('edit', null, 'własne')])).toEqual({ origin: 'empty', band: null, text: '' });
  });
});

describe('post-edit aggregates', () => {
  test('an approval’s figure replaces the confirmation’s of the same segment', () => {
    const confirm = record('s1', { distance: 5, ratio: 0.5 });
    const approve = record('s1', { stage: 'approve', distance: 6, ratio: 0.6, at: '2026-11-25T08:00:00.000Z' });
    expect(finalRecords([approve, confirm])).toEqual([approve]);
  });

  test('the mean ratio is weighted by words; unedited share and kept words per group', () => {
    const records = [record('s1', { words: 30, ratio: 0 }), record('s2', { words: 10, ratio: 0.4, distance: 8 }), record('s3', { origin: 'tm', band: '100', words: 5 })];
    expect(aggregatePostEdits(records, (r) => r.origin)).toEqual([
      { key: 'mt', segments: 2, words: 40, averageRatio: 0.1, uneditedShare: 0.5, keptWords: 36 },
      { key: 'tm', segments: 1, words: 5, averageRatio: 0, uneditedShare: 1, keptWords: 5 },
    ]);
  });

  test('summaries by origin follow MT, the TM bands from best, then empty; months as YYYY-MM', () => {
    const summary = summarizePostEdits([
      record('s1', { origin: 'empty', ratio: 1, distance: 20 }),
      record('s2', { origin: 'tm', band: '75-84', at: '2026-12-01T00:00:00.000Z' }),
      record('s3'),
    ]);
    expect(summary.byOrigin.map((g) => g.key)).toEqual(['mt', 'tm:75-84', 'empty']);
    expect(summary.byMonth.map((g) => [g.key, g.segments])).toEqual([['2026-11', 2], ['2026-12', 1]]);
    expect(summary.overall).toMatchObject({ segments: 3, words: 30, uneditedShare: 0.67 });
  });
});

describe('buildQualityReport', () => {
  const input = {
    document: { id: 'd1', title: 'Smart Integration' },
    settings: DEFAULT_LQA_SETTINGS,
    segments: [segment(0), segment(1, { translatedBy: 'tomasz' }), segment(2, { state: 'translated', reviewedBy: null }), segment(3, { state: 'draft', translatedBy: null, reviewedBy: null, target: null })],
    annotations: [annotation('a1', 's1', 'accuracy/mistranslation', 'major'), annotation('a2', 's1', 'linguistic_conventions/spelling', 'minor'), annotation('a3', 's2', 'accuracy', 'critical')],
    postEdits: [],
    names: new Map([['anna', 'Anna Nowak'], ['tomasz', 'Tomasz Wiśniewski']]),
    lang: 'en' as const,
  };

  test('counts errors by dimension and severity and scores the reviewed and annotated words', () => {
    const report = buildQualityReport(input);
    expect(report.score).toEqual({ penaltyPoints: 31, evaluatedWords: 15, penaltyPer1000: 2066.67, qualityScore: 0, threshold: 10, passed: false });
    expect(report.evaluatedSegments).toBe(3);
    expect(report.bySeverity).toEqual({ neutral: 0, minor: 1, major: 1, critical: 1 });
    expect(report.byCategory).toEqual([
      { category: 'accuracy', name: 'Accuracy', bySeverity: { neutral: 0, minor: 0, major: 1, critical: 1 }, total: 2, penaltyPoints: 30 },
      { category: 'linguistic_conventions', name: 'Linguistic conventions', bySeverity: { neutral: 0, minor: 1, major: 0, critical: 0 }, total: 1, penaltyPoints: 1 },
    ]);
  });

  test('scores each translator on the segments they confirmed', () => {
    expect(buildQualityReport(input).byTranslator.map((t) => [t.name, t.score.evaluatedWords, t.score.penaltyPoints])).toEqual([
      ['Anna Nowak', 10, 25],
      ['Tomasz Wiśniewski', 5, 6],
    ]);
  });

  test('lists annotated segments in document order with their category names in the report language', () => {
    const report = buildQualityReport({ ...input, lang: 'pl' });
    expect(report.segments.map((s) => [s.index, s.annotations.map((a) => a.categoryName)])).toEqual([
      [1, ['Dokładność / Błędne tłumaczenie', 'Konwencje językowe / Pisownia']],
      [2, ['Dokładność']],
    ]);
  });
});

describe('annotationNotes', () => {
  test('one line per annotation, oldest first, with the span’s text and the comment', () => {
    const notes = annotationNotes(
      [
        annotation('a2', 's1', 'terminology/wrong_term', 'minor', { comment: 'Glossar: „Projektteam“' }),
        annotation('a1', 's1', 'accuracy/mistranslation', 'major', { span: { start: 6, end: 9 } }),
      ],
      MQM_CORE,
    );
    expect(notes).toEqual(['MQM Accuracy / Mistranslation (major) «dwa»', 'MQM Terminology / Wrong term (minor): Glossar: „Projektteam“']);
  });
});

describe('buildProjectQuality', () => {
  test('scores per document, translator and month: a segment counts in the month of its approval, else of its first annotation, else of its last change', () => {
    const quality = buildProjectQuality({
      documents: [{ id: 'd1', title: 'Einladung' }, { id: 'd2', title: 'Programm' }, { id: 'd3', title: 'Leer' }],
      settings: DEFAULT_LQA_SETTINGS,
      evaluated: evaluatedSegments(
        [
          segment(0, { state: 'approved' }),
          segment(1, { state: 'translated', reviewedBy: null }),
          segment(2, { documentId: 'd2', state: 'rejected', translatedBy: 'tomasz', updatedAt: '2026-10-30T12:00:00.000Z' }),
          segment(3, { documentId: 'd3', state: 'draft', translatedBy: null, reviewedBy: null }),
        ],
        groupBySegment([annotation('a1', 's1', 'style', 'major', { createdAt: '2026-12-02T09:00:00.000Z' })]),
      ),
      postEdits: [record('s0', { stage: 'approve', at: '2026-11-28T10:00:00.000Z' })],
      names: new Map([['anna', 'Anna Nowak']]),
    });
    expect(quality.documents.map((d) => [d.title, d.score.evaluatedWords, d.score.penaltyPoints])).toEqual([
      ['Einladung', 10, 5],
      ['Programm', 5, 0],
    ]);
    expect(quality.byMonth.map((m) => [m.month, m.score.evaluatedWords, m.score.penaltyPoints])).toEqual([
      ['2026-10', 5, 0],
      ['2026-11', 5, 0],
      ['2026-12', 5, 5],
    ]);
    expect(quality.byTranslator.map((t) => [t.name ?? t.translatorId, t.score.evaluatedWords])).toEqual([
      ['Anna Nowak', 10],
      ['tomasz', 5],
    ]);
    expect(quality.names).toEqual({ anna: 'Anna Nowak' });
  });
});
