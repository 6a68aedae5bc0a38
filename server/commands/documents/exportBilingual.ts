// The bilingual working files of a document, in any state: XLIFF 1.2 / 2.0 for CAT tools (unit ids
// are segment ids, each with its version, so a returning file can be checked; locked segments are
// translate="no"; notes carry the segment's stored QA issues and a reviewer's LQA annotations), and the
// review table (source, target, state, QA and LQA notes) as a Word file or a web page, labelled in the
// reader's language.
import type { BilingualLabels } from '../../domain/formats/html';
import type { XliffExportDocument } from '../../domain/formats/xliff';
import { DOCX_MEDIA_TYPE } from '../../domain/formats/docx';
import type { QaIssue } from '../../domain/qa/types';
import { annotationNotes } from '../../domain/quality/notes';
import { groupBySegment } from '../../domain/quality/report';
import { lqaSettingsOf } from '../../domain/quality/settings';
import { typologyOf, type LqaLanguage } from '../../domain/quality/typology';
import type { Segment } from '../../domain/segments/types';
import { SegmentState } from '../../domain/workflow/states';
import { mapInSlices } from '../../slices';
import type { CommandContext } from '../context';
import { heavyWorkOf } from '../heavyWork';
import { qaResultsOf } from '../qa/readResults';
import type { DocumentInProject } from './access';

export type BilingualKind = 'xliff12' | 'xliff20' | 'docx' | 'html';

/** What the reader's language decides in a bilingual file: QA messages, column labels, state names. */
export interface ExportLocalizer {
  /** The reader's language (QA messages, labels, LQA category names). */
  lang: LqaLanguage;
  qaMessage(issue: QaIssue): string;
  labels: BilingualLabels & { states: Record<SegmentState, string> };
}

interface BilingualFile {
  suffix: string;
  mediaType: string;
  content: string | Uint8Array;
}

const XLIFF_MEDIA_TYPE = 'application/xliff+xml; charset=utf-8';

/** Each segment's stored QA issues, by segment id. */
async function issuesBySegment(ctx: CommandContext, segments: readonly Segment[]): Promise<Map<string, QaIssue[]>> {
  return new Map([...(await qaResultsOf(ctx, segments))].map(([segmentId, result]) => [segmentId, result.issues]));
}

/** Each annotated segment's LQA annotations as note texts in the reader's language, by segment id. */
async function lqaNotesBySegment(ctx: CommandContext, loaded: DocumentInProject, lang: LqaLanguage): Promise<Map<string, string[]>> {
  const annotations = await ctx.store.lqaAnnotations.listByDocuments([loaded.document.id]);
  const typology = typologyOf(lqaSettingsOf(loaded.project.settings));
  return new Map([...groupBySegment(annotations)].map(([segmentId, list]) => [segmentId, annotationNotes(list, typology, lang)]));
}

interface SegmentNotes {
  issues: Map<string, QaIssue[]>;
  lqa: Map<string, string[]>;
}

async function xliffDocument(loaded: DocumentInProject, segments: readonly Segment[], { issues, lqa }: SegmentNotes, localize: ExportLocalizer): Promise<XliffExportDocument> {
  const { document, project } = loaded;
  return {
    documentId: document.id,
    title: document.title,
    sourceLang: project.sourceLang,
    targetLang: project.targetLang,
    segments: await mapInSlices(segments, (segment) => ({
      id: segment.id,
      index: segment.index,
      source: segment.source,
      target: segment.target,
      state: segment.state,
      locked: segment.state === SegmentState.Locked,
      version: segment.version,
      tags: segment.tags,
      qaIssues: (issues.get(segment.id) ?? []).map((issue) => ({ checkId: issue.check, severity: issue.severity, message: localize.qaMessage(issue) })),
      ...(lqa.has(segment.id) ? { notes: lqa.get(segment.id) } : {}),
    })),
  };
}

function tableRows(segments: readonly Segment[], { issues, lqa }: SegmentNotes, localize: ExportLocalizer) {
  return mapInSlices(segments, (segment) => {
    const notes = [...(issues.get(segment.id) ?? []).map((issue) => localize.qaMessage(issue)), ...(lqa.get(segment.id) ?? [])].join(' · ');
    return {
      id: String(segment.index + 1),
      source: segment.source,
      target: segment.target,
      state: localize.labels.states[segment.state],
      ...(notes ? { notes } : {}),
    };
  });
}

export async function bilingualExport(
  ctx: CommandContext,
  loaded: DocumentInProject,
  segments: readonly Segment[],
  kind: BilingualKind,
  localize: ExportLocalizer,
): Promise<BilingualFile> {
  const notes: SegmentNotes = { issues: await issuesBySegment(ctx, segments), lqa: await lqaNotesBySegment(ctx, loaded, localize.lang) };
  const { document, project } = loaded;
  // The file is written on a worker thread when the document is large (a 12 MB XLIFF file of 40,000
  // segments took a quarter of a second): what it is made from is gathered here, in slices.
  const heavyWork = heavyWorkOf(ctx);
  switch (kind) {
    case 'xliff12':
      return { suffix: 'de-pl.xlf', mediaType: XLIFF_MEDIA_TYPE, content: await heavyWork.run('writeXliff12', await xliffDocument(loaded, segments, notes, localize)) };
    case 'xliff20':
      return { suffix: 'de-pl.xliff', mediaType: XLIFF_MEDIA_TYPE, content: await heavyWork.run('writeXliff20', await xliffDocument(loaded, segments, notes, localize)) };
    case 'docx': {
      const rows = (await tableRows(segments, notes, localize)).map((row) => ({ ...row, target: row.target ?? '' }));
      return {
        suffix: 'bilingual.docx',
        mediaType: DOCX_MEDIA_TYPE,
        content: await heavyWork.run('writeBilingualDocx', { title: document.title, sourceLang: project.sourceLang, targetLang: project.targetLang, rows }),
      };
    }
    case 'html': {
      const rows = await tableRows(segments, notes, localize);
      // The rows carry the state names already; the page's own table is not asked to name them again.
      const { states: _states, ...labels } = localize.labels;
      return {
        suffix: 'bilingual.html',
        mediaType: 'text/html; charset=utf-8',
        content: await heavyWork.run('writeBilingualHtml', { title: document.title, sourceLang: project.sourceLang, targetLang: project.targetLang, rows, labels }),
      };
    }
  }
}
