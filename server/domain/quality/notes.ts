// An annotation as one line of text: the note of its segment-history event and of the XLIFF and bilingual
// exports (pass `annotationNotes(...)` as an exported segment's `notes`). English, like every note the
// server writes; the client shows history notes in the reader's language from the event's fields.
import { REPORT_LABELS } from './reportLabels';
import { categoryName, type LqaLanguage, type LqaTypology } from './typology';
import type { LqaAnnotation } from './types';

/** `major`, `schwer`, `poważny`: the report's severity name in lower case, as a note reads it. */
export const severityName = (severity: LqaAnnotation['severity'], lang: LqaLanguage): string => REPORT_LABELS[lang].severities[severity].toLocaleLowerCase(lang);

/** `MQM Accuracy / Mistranslation (major) «Zgorzelcu»: Ort verwechselt` — the span's text in «», the comment after a colon. */
export function annotationNoteText(annotation: Pick<LqaAnnotation, 'category' | 'severity' | 'comment' | 'span' | 'target'>, typology: LqaTypology, lang: LqaLanguage = 'en'): string {
  let text = `MQM ${categoryName(typology, annotation.category, lang)} (${severityName(annotation.severity, lang)})`;
  if (annotation.span && annotation.target !== null) text += ` «${annotation.target.slice(annotation.span.start, annotation.span.end)}»`;
  if (annotation.comment) text += `: ${annotation.comment}`;
  return text;
}

/** The notes of a segment's annotations, oldest first, for XLIFF `<note>` elements and bilingual tables. */
export function annotationNotes(annotations: readonly LqaAnnotation[], typology: LqaTypology, lang: LqaLanguage = 'en'): string[] {
  return [...annotations].sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0)).map((annotation) => annotationNoteText(annotation, typology, lang));
}
