// Writing a document's quality report as a PDF. pdfkit lays the text out and embeds and compresses the
// fonts: the report of a 10,000-segment document held the main thread 110 ms (bench:event-loop,
// docs/benchmarks.md), so the server writes it on a thread of its own (workers/pdfThread.ts); scripts
// and tests may write it inline (integrations/pdf/qualityReportPdf.ts, `inlineReportPdf`).
import type { QualityReport } from '../domain/quality/report';
import type { LqaLanguage } from '../domain/quality/typology';

export interface ReportPdf {
  /** The report's PDF; `createdAt` is written into it (equal reports and dates give equal bytes). */
  write(report: QualityReport, lang: LqaLanguage, createdAt: Date): Promise<Buffer>;
}
