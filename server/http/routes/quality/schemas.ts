import { z } from 'zod';
import { LANGUAGES } from '../../../i18n';

export const idParams = z.strictObject({ id: z.string().min(1).max(200) });

/** `?lang=de|pl|en` chooses the report's language; without it, the request's Accept-Language does. */
export const reportQuery = z.strictObject({ lang: z.enum(LANGUAGES).optional() });

export const reportParams = z.strictObject({ id: z.string().min(1).max(200), format: z.enum(['html', 'pdf']) });
