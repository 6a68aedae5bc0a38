// The JSON of the quality routes (server/http/routes/lqa, server/http/routes/quality).

export type LqaSeverity = 'neutral' | 'minor' | 'major' | 'critical';
export const LQA_SEVERITIES: readonly LqaSeverity[] = ['neutral', 'minor', 'major', 'critical'];

export interface LqaAnnotation {
  id: string;
  segmentId: string;
  documentId: string;
  category: string;
  categoryName: string;
  severity: LqaSeverity;
  comment: string | null;
  span: { start: number; end: number } | null;
  segmentVersion: number;
  target: string | null;
  authorId: string;
  createdAt: string;
}

export interface ProjectLqa {
  typology: { id: string; name: string };
  settings: { typology: string; disabledCategories: string[]; weights: Record<LqaSeverity, number>; threshold: number };
  categories: { id: string; parent: string | null; name: string }[];
}

export interface PostEditAggregate {
  key: string;
  segments: number;
  words: number;
  averageRatio: number;
  uneditedShare: number;
  keptWords: number;
}

export interface MqmScore {
  penaltyPoints: number;
  evaluatedWords: number;
  penaltyPer1000: number | null;
  qualityScore: number | null;
  threshold: number;
  passed: boolean | null;
}

export interface ProjectQuality {
  documents: { documentId: string; title: string; score: MqmScore }[];
  byMonth: { month: string; score: MqmScore }[];
  postEdit: { overall: PostEditAggregate; byOrigin: PostEditAggregate[]; byMonth: PostEditAggregate[] };
  names: Record<string, string>;
}
