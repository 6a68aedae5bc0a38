// The same German sentence should read the same everywhere in a project: each approved translation
// elsewhere that differs from this target (spacing aside) is reported once.
import type { QaCheck } from '../types';

const normalized = (text: string) => text.trim().replace(/\s+/gu, ' ');

export const inconsistentTranslation: QaCheck = {
  id: 'inconsistent_translation',
  defaultSeverity: 'warning',
  codes: { 'qa.inconsistent_translation.differs': ['other'] },
  run(_source, target, context) {
    const mine = normalized(target);
    const others = new Set((context.otherTranslations ?? []).map(normalized).filter((other) => other !== '' && other !== mine));
    return [...others].map((other) => ({ code: 'qa.inconsistent_translation.differs', params: { other } }));
  },
};
