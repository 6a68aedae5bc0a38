// The JSON shapes of LQA annotations, a project's LQA settings with its typology, and quality reports.
import type { ProjectLqa } from '../../commands/lqa/typology';
import type { ProjectQuality } from '../../domain/quality/projectQuality';
import type { QualityReport } from '../../domain/quality/report';
import { categoryName, type LqaLanguage, type LqaTypology } from '../../domain/quality/typology';
import type { LqaAnnotation } from '../../domain/quality/types';

export const presentAnnotation = (annotation: LqaAnnotation, typology: LqaTypology, lang: LqaLanguage) => ({
  id: annotation.id,
  segmentId: annotation.segmentId,
  documentId: annotation.documentId,
  category: annotation.category,
  categoryName: categoryName(typology, annotation.category, lang),
  severity: annotation.severity,
  comment: annotation.comment,
  span: annotation.span,
  segmentVersion: annotation.segmentVersion,
  target: annotation.target,
  authorId: annotation.authorId,
  createdAt: annotation.createdAt,
});

export const presentProjectLqa = (lqa: ProjectLqa, lang: LqaLanguage) => ({
  typology: { id: lqa.typology.id, name: lqa.typology.name },
  settings: lqa.settings,
  categories: lqa.categories.map((category) => ({ id: category.id, parent: category.parent, name: category.names[lang] })),
});

/** The report as computed: plain data already (domain/quality/report.ts). */
export const presentQualityReport = (report: QualityReport) => report;

export const presentProjectQuality = (quality: ProjectQuality) => quality;
