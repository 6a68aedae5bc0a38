// Inline-markup placeholders ({1}…{/1}, {2/}) must survive translation exactly: none dropped, repeated,
// crossed or invented.
import { placeholderIssues } from '../../segmentation/placeholders';
import type { QaCheck } from '../types';

/** How a placeholder is shown in a message: "{2/}" for a standalone one, "{1}…{/1}" for a pair. */
function shown(id: number, source: string, target: string): string {
  const standalone = `{${id}/}`;
  const text = source.includes(`{${id}`) || source.includes(`{/${id}}`) ? source : target;
  return text.includes(standalone) ? standalone : `{${id}}…{/${id}}`;
}

export const placeholders: QaCheck = {
  id: 'placeholders',
  defaultSeverity: 'error',
  codes: {
    'qa.placeholders.missing': ['placeholder'],
    'qa.placeholders.duplicated': ['placeholder'],
    'qa.placeholders.unbalanced': ['placeholder'],
    'qa.placeholders.unknown': ['placeholder'],
  },
  run(source, target) {
    return placeholderIssues(source, target).map(({ kind, id }) => ({
      code: `qa.placeholders.${kind}`,
      params: { placeholder: shown(id, source, target) },
    }));
  },
};
