import { z } from 'zod';

export const documentParams = z.strictObject({ id: z.string().min(1).max(200) });
