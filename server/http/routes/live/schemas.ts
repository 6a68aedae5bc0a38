import { z } from 'zod';
import { LANGUAGES } from '../../../i18n';

export const documentEventsParams = z.strictObject({ id: z.string().min(1).max(200) });

/** `?lang=de|pl|en`: the language of QA messages in segment updates (EventSource sends no custom headers). */
export const documentEventsQuery = z.strictObject({ lang: z.enum(LANGUAGES).optional() });

export const presenceParams = z.strictObject({ id: z.string().min(1).max(200) });

export const presenceBody = z.strictObject({ editing: z.boolean() });
