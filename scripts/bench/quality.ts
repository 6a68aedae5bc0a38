// The LQA report of a 10,000-segment document with 500 annotations and a post-edit distance for every
// segment, on SQLite: what GET /api/documents/:id/quality does (load the document, its segments, its
// annotations and post-edit records, build the report), and the HTML page and PDF built from it.
// Target (issue 13): the report ≤ 300 ms.
//
//   npm run bench:quality [-- --segments 10000 --annotations 500]
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { documentQualityReport } from '../../server/commands/quality/documentReport';
import { loadConfig } from '../../server/config';
import { parseDocument } from '../../server/domain/formats';
import { postEditDistance } from '../../server/domain/quality/editDistance';
import { qualityReportHtml } from '../../server/domain/quality/reportHtml';
import { LQA_SEVERITIES, type LqaAnnotation, type PostEditRecord } from '../../server/domain/quality/types';
import { countWords } from '../../server/domain/segmentation/counting';
import type { Segment } from '../../server/domain/segments/types';
import type { User } from '../../server/domain/users/types';
import { SegmentState } from '../../server/domain/workflow/states';
import { qualityReportPdf } from '../../server/integrations/pdf/qualityReportPdf';
import { flagsOrExit, integerFlag, parseFlags } from '../cli';
import { scriptContext } from '../scriptContext';
import { germanText } from './germanText';

const USAGE = 'Usage: npm run bench:quality [-- --segments 10000 --annotations 500]\n';
const options = flagsOrExit('bench:quality', USAGE, (argv) => {
  const flags = parseFlags(argv, { segments: {}, annotations: {} });
  return { segments: integerFlag(flags.segments, 'segments', 10_000), annotations: integerFlag(flags.annotations, 'annotations', 500) };
});
const CATEGORIES = ['accuracy/mistranslation', 'accuracy/omission', 'terminology/wrong_term', 'linguistic_conventions/grammar', 'style/awkward', 'locale_conventions/date_format'];
const AT = '2026-11-24T10:00:00.000Z';

/** Wall time and this process's CPU time (user + system): on a shared machine the CPU time is the figure that compares. */
const time = async <T>(work: () => Promise<T> | T): Promise<{ ms: number; cpuMs: number; result: T }> => {
  const started = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const result = await work();
  const used = process.cpuUsage(cpu);
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, cpuMs: (used.user + used.system) / 1000, result };
};

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'nysa-bench-quality-'));
  const ctx = await scriptContext(loadConfig({ DATA_DIR: dir }));
  try {
    const coordinator: User = { id: 'bench-coordinator', email: 'koordination@nysa.local', name: 'Koordination', roles: ['coordinator'], passwordHash: 'x', active: true, createdAt: AT };
    await ctx.store.users.create(coordinator);
    await ctx.store.projects.create({ id: 'bench-project', name: 'Bench', sourceLang: 'de', targetLang: 'pl', settings: { formality: 'default', allowSelfApproval: false }, members: [], createdBy: coordinator.id, createdAt: AT });
    const parsed = parseDocument('text', germanText(options.segments).content, 'de').segments.slice(0, options.segments);
    const documentId = 'bench-document';
    const segments: Segment[] = parsed.map((p, index) => {
      const target = index % 4 === 0 ? `PL ${p.source}` : `PL ${p.source.slice(0, -1)} (poprawione).`;
      return {
        id: `${documentId}-s${index}`, documentId, projectId: 'bench-project', index, source: p.source, target, state: SegmentState.Approved, origin: 'mt', mtTarget: `PL ${p.source}`,
        version: 4, kind: p.kind, tags: p.tags, wordCount: countWords(p.source), charCount: p.source.length, lang: 'de', sourceKey: `${p.source}#${index}`, repetition: false,
        contextSpecific: false, translatedBy: index % 2 === 0 ? 'translator-a' : 'translator-b', reviewedBy: 'reviewer', updatedAt: AT,
      };
    });
    await ctx.store.documents.createWithSegments(
      { id: documentId, projectId: 'bench-project', title: 'Bench', format: 'text', skeleton: '', dueDate: null, billedCharacters: 0, sentCharacters: 0, segmentCount: segments.length, createdBy: coordinator.id, createdAt: AT, revision: 1 },
      segments,
      segments.map((s) => ({ id: `${s.id}-e`, segmentId: s.id, documentId, actorId: null, at: AT, action: 'created', fromState: s.state, toState: s.state, fromTarget: null, toTarget: s.target, note: null, version: s.version })),
    );
    const step = Math.max(1, Math.floor(segments.length / options.annotations));
    for (let i = 0; i < options.annotations; i += 1) {
      const segment = segments[(i * step) % segments.length];
      const annotation: LqaAnnotation = {
        id: `lqa-${i}`, segmentId: segment.id, documentId, projectId: 'bench-project', category: CATEGORIES[i % CATEGORIES.length], severity: LQA_SEVERITIES[i % 4],
        comment: i % 3 === 0 ? 'Bitte prüfen' : null, span: i % 2 === 0 ? { start: 0, end: 2 } : null, segmentVersion: 4, target: segment.target, authorId: 'reviewer', createdAt: AT,
      };
      await ctx.store.lqaAnnotations.create(annotation);
    }
    const measured = await time(async () => {
      for (const segment of segments) {
        const { distance, ratio } = postEditDistance(segment.mtTarget!, segment.target!);
        const record: PostEditRecord = { segmentId: segment.id, documentId, projectId: 'bench-project', stage: 'approve', origin: 'mt', band: null, translatorId: segment.translatedBy, actorId: 'reviewer', distance, ratio, words: segment.wordCount, at: AT };
        await ctx.store.postEdits.upsert(record);
      }
    });

    const runs: number[] = [];
    const cpuRuns: number[] = [];
    let report = await documentQualityReport(ctx, coordinator, documentId, 'en'); // warm-up
    for (let run = 0; run < 5; run += 1) {
      const { ms, cpuMs, result } = await time(() => documentQualityReport(ctx, coordinator, documentId, 'en'));
      runs.push(ms);
      cpuRuns.push(cpuMs);
      report = result;
    }
    const html = await time(() => qualityReportHtml(report, 'pl'));
    const pdf = await time(() => qualityReportPdf(report, 'pl', new Date(AT)));
    const best = Math.min(...runs);
    const bestCpu = Math.min(...cpuRuns);
    console.log(`segments: ${segments.length}, annotations: ${options.annotations}, evaluated words: ${report.score.evaluatedWords}, penalty per 1,000 words: ${report.score.penaltyPer1000}`);
    console.log(`post-edit distance measured and stored for every segment: ${measured.ms.toFixed(0)} ms (${((measured.ms / segments.length) * 1000).toFixed(0)} µs per segment)`);
    console.log(`quality report (load + compute): best ${best.toFixed(0)} ms wall of ${runs.map((r) => r.toFixed(0)).join(', ')}; CPU time best ${bestCpu.toFixed(0)} ms of ${cpuRuns.map((r) => r.toFixed(0)).join(', ')} — target ≤ 300 ms`);
    console.log(`HTML page: ${html.ms.toFixed(0)} ms wall, ${html.cpuMs.toFixed(0)} ms CPU (${html.result.length} characters); PDF: ${pdf.ms.toFixed(0)} ms wall, ${pdf.cpuMs.toFixed(0)} ms CPU (${pdf.result.length} bytes)`);
    console.log(`load average while measuring: ${os.loadavg().map((l) => l.toFixed(1)).join(', ')} on ${os.cpus().length} cores`);
    console.log(JSON.stringify({ bench: 'quality', segments: segments.length, annotations: options.annotations, reportBestMs: Math.round(best), reportBestCpuMs: Math.round(bestCpu), reportRunsMs: runs.map(Math.round), htmlMs: Math.round(html.ms), pdfMs: Math.round(pdf.ms), pdfCpuMs: Math.round(pdf.cpuMs), storePostEditsMs: Math.round(measured.ms) }));
    // The target holds for the CPU time: wall time on a loaded machine measures the other processes too.
    if (bestCpu > 300) process.exitCode = 1;
  } finally {
    await ctx.store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
