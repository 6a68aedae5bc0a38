// ReportPdf on a worker thread (ports/reportPdf.ts): the main thread only copies the report over and
// the bytes back. The thread starts with the first report and does not keep the process alive.
import type { ReportPdf } from '../ports/reportPdf';
import type { QualityReport } from '../domain/quality/report';
import type { LqaLanguage } from '../domain/quality/typology';
import { WorkerPool } from './pool';

/** What crosses to the thread: the report as data, the date as text. */
export interface PdfTaskInput {
  report: QualityReport;
  lang: LqaLanguage;
  createdAt: string;
}

export interface PdfThread extends ReportPdf {
  /** Threads running now: 0 until the first report, then 1. */
  readonly threads: number;
  close(): Promise<void>;
}

export function createPdfThread(): PdfThread {
  const pool = new WorkerPool('pdfWorker', 1);
  return {
    get threads() {
      return pool.threads;
    },
    async write(report, lang, createdAt) {
      const input: PdfTaskInput = { report, lang, createdAt: createdAt.toISOString() };
      // A Buffer arrives as a plain Uint8Array: the same bytes, without the copy of Buffer.from(array).
      const bytes = (await pool.run('qualityReportPdf', input)) as Uint8Array;
      return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    },
    close: () => pool.close(),
  };
}
