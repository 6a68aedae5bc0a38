// The quality report's PDF written on a thread of its own (workers/pdfThread.ts): the same bytes as
// written inline, while the thread, not the caller's, does the layout and the font work.
import { buildQualityReport } from '../../server/domain/quality/report';
import { lqaSettingsOf } from '../../server/domain/quality/settings';
import { SegmentState } from '../../server/domain/workflow/states';
import { inlineReportPdf } from '../../server/integrations/pdf/qualityReportPdf';
import { createPdfThread, type PdfThread } from '../../server/workers/pdfThread';

const report = buildQualityReport({
  document: { id: 'document-1', title: 'Smart Integration' },
  settings: lqaSettingsOf({}),
  segments: [
    {
      id: 'segment-1',
      documentId: 'document-1',
      index: 0,
      source: 'Am 30. und 31. Januar 2019 fand in Dresden das 4. Treffen des Projektteams statt.',
      target: 'W dniach 30 i 31 stycznia 2019 r. w Dreźnie odbyło się czwarte spotkanie zespołu projektu.',
      state: SegmentState.Approved,
      translatedBy: 'user-translator',
      reviewedBy: 'user-reviewer',
      updatedAt: '2019-02-01T10:00:00.000Z',
    },
  ],
  annotations: [
    {
      id: 'lqa-1',
      segmentId: 'segment-1',
      documentId: 'document-1',
      projectId: 'project-1',
      category: 'accuracy/mistranslation',
      severity: 'major',
      comment: 'Projektteam: zespół projektowy',
      span: { start: 70, end: 87 },
      segmentVersion: 3,
      target: 'W dniach 30 i 31 stycznia 2019 r. w Dreźnie odbyło się czwarte spotkanie zespołu projektu.',
      authorId: 'user-reviewer',
      createdAt: '2019-02-01T11:00:00.000Z',
    },
  ],
  postEdits: [],
  names: new Map([['user-translator', 'Anna Kowalska']]),
  lang: 'pl',
});
const CREATED_AT = new Date('2019-02-02T08:00:00.000Z');

describe('createPdfThread', () => {
  let pdf: PdfThread;
  afterEach(async () => {
    await pdf.close();
  });

  test('writes on its thread the bytes the report gives inline', async () => {
    pdf = createPdfThread();
    expect(pdf.threads).toBe(0);

    const written = await pdf.write(report, 'pl', CREATED_AT);

    expect(pdf.threads).toBe(1);
    expect(Buffer.isBuffer(written)).toBe(true);
    expect(written.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(written.equals(await inlineReportPdf.write(report, 'pl', CREATED_AT))).toBe(true);
  });

  test('writes reports asked for at once, each its own', async () => {
    pdf = createPdfThread();
    const later = new Date('2020-01-01T00:00:00.000Z');

    const [first, second] = await Promise.all([pdf.write(report, 'pl', CREATED_AT), pdf.write(report, 'de', later)]);

    expect(first.equals(await inlineReportPdf.write(report, 'pl', CREATED_AT))).toBe(true);
    expect(second.equals(await inlineReportPdf.write(report, 'de', later))).toBe(true);
    expect(first.equals(second)).toBe(false);
  });
});
