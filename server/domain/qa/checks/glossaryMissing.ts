// A glossary term of the source whose prescribed Polish form the target lacks. The glossary module
// has already matched the (inflected) Polish form; this check only reports its verdict.
import type { QaCheck } from '../types';

export const glossaryMissing: QaCheck = {
  id: 'glossary_missing',
  defaultSeverity: 'warning',
  codes: { 'qa.glossary_missing.term_missing': ['source', 'target'] },
  run(_source, _target, context) {
    return (context.glossary ?? [])
      .filter((entry) => !entry.found)
      .map((entry) => ({ code: 'qa.glossary_missing.term_missing', params: { source: entry.source, target: entry.target } }));
  },
};
