import { z } from 'zod';

export const projectParams = z.strictObject({ id: z.string().min(1).max(200) });
export const importParams = z.strictObject({ id: z.string().min(1).max(200) });
