// The LQA report of one document: error counts by category and severity, the MQM score and pass/fail,
// scores per translator, the annotated segments, and the post-edit distances. Pure: the command loads,
// this computes, presenters and the HTML/PDF renderers show. Linear in segments plus annotations.
import { countWords } from '../segmentation/counting';
import type { Segment } from '../segments/types';
import { SegmentState } from '../workflow/states';
import { summarizePostEdits, type PostEditSummary } from './postEdit';
import { mqmScore, type MqmScore } from './scoring';
import { categoryName, dimensionOf, typologyOf, type LqaLanguage, type LqaTypology } from './typology';
import { LQA_SEVERITIES, type LqaAnnotation, type LqaSeverity, type PostEditRecord, type ProjectLqaSettings } from './types';

export type ReportSegment = Pick<Segment, 'id' | 'index' | 'source' | 'target' | 'state' | 'translatedBy' | 'reviewedBy'>;

export interface CategoryCount {
  /** A dimension of the typology (annotations of its subcategories count here). */
  category: string;
  name: string;
  bySeverity: Record<LqaSeverity, number>;
  total: number;
  penaltyPoints: number;
}

export interface AnnotatedSegment {
  segmentId: string;
  index: number;
  source: string;
  target: string | null;
  annotations: (LqaAnnotation & { categoryName: string })[];
}

export interface TranslatorScore {
  translatorId: string;
  name: string | null;
  score: MqmScore;
}

export interface QualityReport {
  documentId: string;
  title: string;
  typology: { id: string; name: string };
  weights: ProjectLqaSettings['weights'];
  score: MqmScore;
  /** Segments counted as evaluated: reviewed (approved or rejected) or annotated. */
  evaluatedSegments: number;
  byCategory: CategoryCount[];
  bySeverity: Record<LqaSeverity, number>;
  byTranslator: TranslatorScore[];
  segments: AnnotatedSegment[];
  postEdit: PostEditSummary;
}

export interface QualityReportInput {
  document: { id: string; title: string };
  settings: ProjectLqaSettings;
  segments: readonly ReportSegment[];
  annotations: readonly LqaAnnotation[];
  postEdits: readonly PostEditRecord[];
  /** Display names of translators, by user id. */
  names: ReadonlyMap<string, string>;
  lang: LqaLanguage;
}

const zeroSeverities = (): Record<LqaSeverity, number> => ({ neutral: 0, minor: 0, major: 0, critical: 0 });

const isReviewed = (segment: ReportSegment): boolean => segment.state === SegmentState.Approved || segment.state === SegmentState.Rejected;

export function buildQualityReport(input: QualityReportInput): QualityReport {
  const { settings, lang } = input;
  const typology: LqaTypology = typologyOf(settings);
  const bySegment = new Map<string, LqaAnnotation[]>();
  for (const annotation of input.annotations) {
    const list = bySegment.get(annotation.segmentId);
    if (list) list.push(annotation);
    else bySegment.set(annotation.segmentId, [annotation]);
  }

  let evaluatedWords = 0;
  let evaluatedSegments = 0;
  const perTranslator = new Map<string, { words: number; severities: LqaSeverity[] }>();
  const segments: AnnotatedSegment[] = [];
  for (const segment of input.segments) {
    const annotations = bySegment.get(segment.id);
    if (!annotations && !isReviewed(segment)) continue;
    const words = segment.target === null ? 0 : countWords(segment.target);
    evaluatedWords += words;
    evaluatedSegments += 1;
    if (segment.translatedBy !== null) {
      let entry = perTranslator.get(segment.translatedBy);
      if (!entry) perTranslator.set(segment.translatedBy, (entry = { words: 0, severities: [] }));
      entry.words += words;
      for (const annotation of annotations ?? []) entry.severities.push(annotation.severity);
    }
    if (annotations) {
      segments.push({
        segmentId: segment.id,
        index: segment.index,
        source: segment.source,
        target: segment.target,
        annotations: annotations.map((annotation) => ({ ...annotation, categoryName: categoryName(typology, annotation.category, lang) })),
      });
    }
  }

  const bySeverity = zeroSeverities();
  const byDimension = new Map<string, Record<LqaSeverity, number>>();
  const counted = input.annotations.filter((annotation) => bySegment.has(annotation.segmentId));
  for (const annotation of counted) {
    bySeverity[annotation.severity] += 1;
    const dimension = dimensionOf(annotation.category);
    let counts = byDimension.get(dimension);
    if (!counts) byDimension.set(dimension, (counts = zeroSeverities()));
    counts[annotation.severity] += 1;
  }
  const byCategory = typology.categories
    .filter((category) => category.parent === null && byDimension.has(category.id))
    .map((category): CategoryCount => {
      const counts = byDimension.get(category.id)!;
      return {
        category: category.id,
        name: category.names[lang],
        bySeverity: counts,
        total: LQA_SEVERITIES.reduce((n, severity) => n + counts[severity], 0),
        penaltyPoints: LQA_SEVERITIES.reduce((n, severity) => n + counts[severity] * settings.weights[severity], 0),
      };
    });

  const byTranslator = [...perTranslator.entries()]
    .map(([translatorId, entry]) => ({ translatorId, name: input.names.get(translatorId) ?? null, score: mqmScore(entry.severities, entry.words, settings.weights, settings.threshold) }))
    .sort((a, b) => (a.name ?? a.translatorId).localeCompare(b.name ?? b.translatorId));

  return {
    documentId: input.document.id,
    title: input.document.title,
    typology: { id: typology.id, name: typology.name },
    weights: settings.weights,
    score: mqmScore(
      counted.map((annotation) => annotation.severity),
      evaluatedWords,
      settings.weights,
      settings.threshold,
    ),
    evaluatedSegments,
    byCategory,
    bySeverity,
    byTranslator,
    segments: segments.sort((a, b) => a.index - b.index),
    postEdit: summarizePostEdits(input.postEdits),
  };
}

