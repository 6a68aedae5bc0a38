// DeepL characters are money: a translation is cached under everything that could change it.
import { createHash } from 'node:crypto';
import type { TranslateOptions } from '../../ports/machineTranslator';

export function mtCacheKey(sourceXml: string, options: TranslateOptions): string {
  const parts = [options.sourceLang, options.targetLang, options.formality, options.glossaryId ?? '', sourceXml];
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}
