import type { Config } from '../../config';
import type { MachineTranslator } from '../../ports/machineTranslator';
import { createDeeplTranslator, createDisabledTranslator } from './deeplTranslator';

export {
  createDeeplTranslator,
  createDisabledTranslator,
  toMtFailure,
  DEEPL_MAX_TEXTS_PER_REQUEST,
  type DeeplTranslatorOptions,
} from './deeplTranslator';

/** DeepL when DEEPL_AUTH_KEY is set (at DEEPL_SERVER_URL when given), otherwise the disabled translator. */
export function createMachineTranslator(config: Pick<Config, 'deeplAuthKey' | 'deeplServerUrl'>): MachineTranslator {
  if (config.deeplAuthKey === null) return createDisabledTranslator();
  return createDeeplTranslator({ authKey: config.deeplAuthKey, serverUrl: config.deeplServerUrl });
}
