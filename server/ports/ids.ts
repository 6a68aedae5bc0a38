import { randomUUID } from 'node:crypto';
import type { IdGenerator } from './system';

export const uuidGenerator: IdGenerator = { next: () => randomUUID() };
