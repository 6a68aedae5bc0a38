// A Polish variant the glossary rules out appears in the target, in any case and inflection. The
// matching is the glossary module's (glossary/polish.ts): the same stems and alternations that decide
// whether the approved term is there, so both glossary checks and the segment view agree. A variant
// inside an occurrence of the approved term itself ("Saksonia" inside "Wolne Państwo Saksonia") is
// no offence.
import { forbiddenVariantsIn } from '../../glossary/polish';
import type { QaCheck, QaFinding } from '../types';
import { proseOf } from '../text';

export const glossaryForbidden: QaCheck = {
  id: 'glossary_forbidden',
  defaultSeverity: 'warning',
  codes: { 'qa.glossary_forbidden.forbidden_used': ['found', 'expected'] },
  run(_source, target, context) {
    const text = proseOf(target);
    const issues: QaFinding[] = [];
    for (const entry of context.glossary ?? []) {
      const variants = entry.forbidden ?? [];
      if (variants.length === 0) continue;
      const hits = forbiddenVariantsIn(text, variants, { term: entry.target, caseSensitive: entry.caseSensitive ?? false });
      // one issue per variant used, at its first place, in the glossary's order of variants
      for (const variant of variants) {
        const first = hits.find((hit) => hit.variant === variant);
        if (first) issues.push({ code: 'qa.glossary_forbidden.forbidden_used', params: { found: first.text, expected: entry.target } });
      }
    }
    return issues;
  },
};
