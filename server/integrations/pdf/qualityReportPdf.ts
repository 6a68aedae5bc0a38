// The quality report as a PDF (pdfkit), with the same sections and words as the HTML page
// (domain/quality/reportHtml.ts). DejaVu Sans (npm dejavu-fonts-ttf) is embedded because the standard
// PDF fonts have no Polish letters (ą, ę, ł, ś, ż …); it is found next to its package.json, so the
// server needs no system font.
import path from 'node:path';
import PDFDocument from 'pdfkit';
import type { QualityReport } from '../../domain/quality/report';
import { reportFormat, verdict } from '../../domain/quality/reportHtml';
import { originLabel, REPORT_LABELS } from '../../domain/quality/reportLabels';
import { severityName } from '../../domain/quality/notes';
import type { LqaLanguage } from '../../domain/quality/typology';
import { LQA_SEVERITIES } from '../../domain/quality/types';
import type { ReportPdf } from '../../ports/reportPdf';

const FONT_DIR = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const REGULAR = path.join(FONT_DIR, 'DejaVuSans.ttf');
const BOLD = path.join(FONT_DIR, 'DejaVuSans-Bold.ttf');

/** A fixed creation date keeps equal reports byte-identical apart from what they say. */
export function qualityReportPdf(report: QualityReport, lang: LqaLanguage, createdAt: Date): Promise<Buffer> {
  const labels = REPORT_LABELS[lang];
  const f = reportFormat(lang);
  const doc = new PDFDocument({ size: 'A4', margin: 50, lang, info: { Title: `${labels.title}: ${report.title}`, Producer: 'Nysa', CreationDate: createdAt } });
  doc.registerFont('regular', REGULAR);
  doc.registerFont('bold', BOLD);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const heading = (text: string, size = 13) => doc.moveDown(0.6).font('bold').fontSize(size).text(text).moveDown(0.3).font('regular').fontSize(10);
  const line = (title: string, value: string) => doc.font('bold').text(`${title}: `, { continued: true }).font('regular').text(value);
  const maybe = (value: number | null) => (value === null ? '—' : f.number(value, 2));
  const score = report.score;

  doc.font('bold').fontSize(16).text(`${labels.title}: ${report.title}`).font('regular').fontSize(10).moveDown(0.5);
  line(labels.typology, report.typology.name);
  line(labels.weights, LQA_SEVERITIES.map((severity) => `${labels.severities[severity]} ${f.number(report.weights[severity], 2)}`).join(' · '));
  line(labels.evaluatedSegments, f.number(report.evaluatedSegments));
  line(labels.evaluatedWords, f.number(score.evaluatedWords));
  line(labels.penaltyPoints, f.number(score.penaltyPoints, 2));
  line(labels.penaltyPer1000, maybe(score.penaltyPer1000));
  line(labels.qualityScore, maybe(score.qualityScore));
  line(labels.threshold, f.number(score.threshold, 2));
  line(labels.result, verdict(score, labels));

  heading(labels.byCategory);
  for (const category of report.byCategory) {
    line(category.name, `${LQA_SEVERITIES.map((s) => `${labels.severities[s]} ${f.number(category.bySeverity[s])}`).join(', ')} · ${labels.penaltyPoints} ${f.number(category.penaltyPoints, 2)}`);
  }
  if (report.byCategory.length === 0) doc.text(labels.none);

  if (report.byTranslator.length > 0) {
    heading(labels.translators);
    for (const translator of report.byTranslator) {
      line(translator.name ?? translator.translatorId, `${f.number(translator.score.evaluatedWords)} ${labels.words} · ${labels.penaltyPer1000} ${maybe(translator.score.penaltyPer1000)} · ${verdict(translator.score, labels)}`);
    }
  }

  heading(labels.postEdit);
  doc.fillColor('#555555').text(labels.postEditNote).fillColor('#000000').moveDown(0.3);
  for (const group of [...report.postEdit.byOrigin, { ...report.postEdit.overall, key: '' }]) {
    line(
      group.key === '' ? labels.total : originLabel(group.key, labels),
      `${f.number(group.segments)} ${labels.segments} · ${f.number(group.words)} ${labels.words} · ${labels.averageChange} ${f.percent(group.averageRatio)} · ${labels.unedited} ${f.percent(group.uneditedShare)} · ${labels.keptWords} ${f.number(group.keptWords)}`,
    );
  }

  heading(labels.annotatedSegments);
  if (report.segments.length === 0) doc.text(labels.none);
  for (const segment of report.segments) {
    doc.moveDown(0.4).font('bold').text(`#${segment.index + 1}`).font('regular');
    line(labels.source, segment.source);
    line(labels.target, segment.target ?? '');
    for (const annotation of segment.annotations) {
      const spanText = annotation.span && annotation.target !== null ? ` «${annotation.target.slice(annotation.span.start, annotation.span.end)}»` : '';
      doc.text(`• ${annotation.categoryName} (${severityName(annotation.severity, lang)})${spanText}${annotation.comment ? ` — ${annotation.comment}` : ''}`, { indent: 12 });
    }
  }
  doc.end();
  return done;
}

/** The report written on the calling thread (scripts, tests); the server writes it on a thread (workers/pdfThread.ts). */
export const inlineReportPdf: ReportPdf = { write: qualityReportPdf };
