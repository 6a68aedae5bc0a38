// The language of a request's messages, from its Accept-Language header.
import type { Request } from 'express';
import { pickLanguage, translatorFor, type Language } from '../i18n';
import type { Translate } from './presenters/translate';

export const requestLanguage = (req: Request): Language => pickLanguage(req.get('accept-language'));

/** Message lookup in the request's language, for presenters that show codes (MT job errors …). */
export const requestTranslator = (req: Request): Translate => translatorFor(requestLanguage(req));
