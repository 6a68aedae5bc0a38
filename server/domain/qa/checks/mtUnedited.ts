// For information: the target is exactly DeepL's proposal. A person confirmed it without changing a
// character (unless the caller knows it was edited and typed back to the same text).
import type { QaCheck } from '../types';

export const mtUnedited: QaCheck = {
  id: 'mt_unedited',
  defaultSeverity: 'info',
  codes: { 'qa.mt_unedited.unedited': [] },
  run(_source, target, context) {
    const mt = context.mtTarget;
    if (mt === null || mt === undefined || mt === '' || target !== mt || context.edited === true) return [];
    return [{ code: 'qa.mt_unedited.unedited', params: {} }];
  },
};
