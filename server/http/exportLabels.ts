// What an export writes in the reader's language (from Accept-Language): the bilingual table's column
// labels and state names, and the QA messages its notes carry.
import type { ExportLocalizer } from '../commands/documents/export';
import { SEGMENT_STATES, type SegmentState } from '../domain/workflow/states';
import { translateLabel, translateQa, type Language } from '../i18n';

export function exportLocalizer(lang: Language): ExportLocalizer {
  const states = Object.fromEntries(SEGMENT_STATES.map((state) => [state, translateLabel(`state.${state}`, lang)])) as Record<SegmentState, string>;
  return {
    lang,
    qaMessage: (issue) => translateQa(issue.code, issue.params, lang),
    labels: {
      lang,
      source: translateLabel('bilingual.source', lang),
      target: translateLabel('bilingual.target', lang),
      state: translateLabel('bilingual.state', lang),
      notes: translateLabel('bilingual.notes', lang),
      states,
    },
  };
}
