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

export type ReportSegment = Pick<Segment, 'id' | 'documentId' | 'index' | 'source' | 'target' | 'state' | 'translatedBy' | 'reviewedBy' | 'updatedAt'>;

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
  /** Display names of the people the figures name (post-edit aggregates key translators by id). */
  names: Record<string, string>;
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

/** A segment that counts for the score: reviewed (approved or rejected) or annotated, with its target words. */
export interface EvaluatedSegment {
  segment: ReportSegment;
  words: number;
  annotations: readonly LqaAnnotation[];
}

export function groupBySegment(annotations: readonly LqaAnnotation[]): Map<string, LqaAnnotation[]> {
  const bySegment = new Map<string, LqaAnnotation[]>();
  for (const annotation of annotations) {
    const list = bySegment.get(annotation.segmentId);
    if (list) list.push(annotation);
    else bySegment.set(annotation.segmentId, [annotation]);
  }
  return bySegment;
}

export function evaluatedSegments(segments: readonly ReportSegment[], bySegment: ReadonlyMap<string, readonly LqaAnnotation[]>): EvaluatedSegment[] {
  const evaluated: EvaluatedSegment[] = [];
  for (const segment of segments) {
    const annotations = bySegment.get(segment.id);
    if (!annotations && !isReviewed(segment)) continue;
    evaluated.push({ segment, words: segment.target === null ? 0 : countWords(segment.target), annotations: annotations ?? [] });
  }
  return evaluated;
}

/** One MQM score per key of the evaluated segments (a null key is left out), sorted by key. */
export function scoreGroups(evaluated: readonly EvaluatedSegment[], keyOf: (entry: EvaluatedSegment) => string | null, settings: ProjectLqaSettings): { key: string; score: MqmScore }[] {
  const groups = new Map<string, { words: number; severities: LqaSeverity[] }>();
  for (const entry of evaluated) {
    const key = keyOf(entry);
    if (key === null) continue;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { words: 0, severities: [] }));
    group.words += entry.words;
    for (const annotation of entry.annotations) group.severities.push(annotation.severity);
  }
  return [...groups.keys()].sort().map((key) => {
    const group = groups.get(key)!;
    return { key, score: mqmScore(group.severities, group.words, settings.weights, settings.threshold) };
  });
}

/** The score of each translator over the segments they confirmed, by name. */
export function translatorScores(evaluated: readonly EvaluatedSegment[], settings: ProjectLqaSettings, names: ReadonlyMap<string, string>): TranslatorScore[] {
  return scoreGroups(evaluated, (entry) => entry.segment.translatedBy, settings)
    .map(({ key, score }) => ({ translatorId: key, name: names.get(key) ?? null, score }))
    .sort((a, b) => (a.name ?? a.translatorId).localeCompare(b.name ?? b.translatorId));
}

export function buildQualityReport(input: QualityReportInput): QualityReport {
  const { settings, lang } = input;
  const typology: LqaTypology = typologyOf(settings);
  const bySegment = groupBySegment(input.annotations);
  const evaluated = evaluatedSegments(input.segments, bySegment);
  const segments: AnnotatedSegment[] = evaluated
    .filter((entry) => entry.annotations.length > 0)
    .map(({ segment, annotations }) => ({
      segmentId: segment.id,
      index: segment.index,
      source: segment.source,
      target: segment.target,
      annotations: annotations.map((annotation) => ({ ...annotation, categoryName: categoryName(typology, annotation.category, lang) })),
    }));

  const bySeverity = zeroSeverities();
  const byDimension = new Map<string, Record<LqaSeverity, number>>();
  const counted = evaluated.flatMap((entry) => entry.annotations);
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

  const byTranslator = translatorScores(evaluated, settings, input.names);
  const evaluatedWords = evaluated.reduce((n, entry) => n + entry.words, 0);

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
    evaluatedSegments: evaluated.length,
    byCategory,
    bySeverity,
    byTranslator,
    segments,
    postEdit: summarizePostEdits(input.postEdits),
    names: Object.fromEntries(input.names),
  };
}
