// The sha256 of a session, token or reset-link secret: all the store keeps of it. Apart from secrets.ts,
// so that the session cache can hash without importing what opens sessions (and the context with it).
import { createHash } from 'node:crypto';

export const hashSecret = (secret: string): string => createHash('sha256').update(secret, 'utf8').digest('hex');
