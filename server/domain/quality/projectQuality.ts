// A project's quality over its documents: the MQM score per document, per translator and per month,
// and the post-edit distances per origin, translator and month (the dashboard's chart). A segment counts
// in the month it was evaluated: its approval when measured, else its first annotation, else its last change.
import { monthOf, summarizePostEdits, type PostEditSummary } from './postEdit';
import { scoreGroups, translatorScores, type EvaluatedSegment, type TranslatorScore } from './report';
import type { MqmScore } from './scoring';
import type { PostEditRecord, ProjectLqaSettings } from './types';

export interface ProjectQuality {
  documents: { documentId: string; title: string; score: MqmScore }[];
  byTranslator: TranslatorScore[];
  byMonth: { month: string; score: MqmScore }[];
  postEdit: PostEditSummary;
  names: Record<string, string>;
}

export interface ProjectQualityInput {
  documents: readonly { id: string; title: string }[];
  settings: ProjectLqaSettings;
  /**
   * The segments the scores count, with their words and annotations (report.ts, evaluatedSegments): a
   * caller with a large project finds them a part at a time.
   */
  evaluated: readonly EvaluatedSegment[];
  postEdits: readonly PostEditRecord[];
  names: ReadonlyMap<string, string>;
}

export function buildProjectQuality(input: ProjectQualityInput): ProjectQuality {
  const { evaluated } = input;
  const approvedAt = new Map<string, string>();
  for (const record of input.postEdits) if (record.stage === 'approve') approvedAt.set(record.segmentId, record.at);
  const monthOfEntry = (entry: EvaluatedSegment): string =>
    monthOf(approvedAt.get(entry.segment.id) ?? entry.annotations[0]?.createdAt ?? entry.segment.updatedAt);
  const byDocument = new Map(scoreGroups(evaluated, (entry) => entry.segment.documentId, input.settings).map(({ key, score }) => [key, score]));
  return {
    documents: input.documents.flatMap((document) => {
      const score = byDocument.get(document.id);
      return score ? [{ documentId: document.id, title: document.title, score }] : [];
    }),
    byTranslator: translatorScores(evaluated, input.settings, input.names),
    byMonth: scoreGroups(evaluated, monthOfEntry, input.settings).map(({ key, score }) => ({ month: key, score })),
    postEdit: summarizePostEdits(input.postEdits),
    names: Object.fromEntries(input.names),
  };
}
