// Password hashing with scrypt (node:crypto). Stored as `scrypt$N$r$p$saltB64$hashB64`, so the cost
// can be raised later without breaking old hashes: verification reads the parameters from the hash.
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

/** 2^15 × 8 × 128 bytes = 32 MiB per hash, ~0.1 s on one core. */
export const DEFAULT_SCRYPT_PARAMS: ScryptParams = { N: 2 ** 15, r: 8, p: 1 };
const KEY_LENGTH = 64;
const SALT_BYTES = 16;
const MAX_MEMORY = 256 * 1024 * 1024;

function derive(password: string, salt: Buffer, params: ScryptParams, keyLength: number): Promise<Buffer> {
  const options: ScryptOptions = { ...params, maxmem: MAX_MEMORY };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, keyLength, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

export async function hashPassword(password: string, params: ScryptParams = DEFAULT_SCRYPT_PARAMS): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const hash = await derive(password, salt, params, KEY_LENGTH);
  return ['scrypt', params.N, params.r, params.p, salt.toString('base64'), hash.toString('base64')].join('$');
}

const positiveInt = (text: string | undefined): number | null =>
  text !== undefined && /^[1-9][0-9]{0,9}$/.test(text) ? Number(text) : null;

/** Parses a stored hash; null when it is not in our format (such a hash never verifies). */
function parseHash(stored: string): { params: ScryptParams; salt: Buffer; hash: Buffer } | null {
  const [scheme, n, r, p, salt, hash, ...rest] = stored.split('$');
  const N = positiveInt(n);
  const R = positiveInt(r);
  const P = positiveInt(p);
  if (scheme !== 'scrypt' || rest.length > 0 || N === null || R === null || P === null || !salt || !hash) return null;
  const hashBytes = Buffer.from(hash, 'base64');
  if (hashBytes.length === 0) return null;
  return { params: { N, r: R, p: P }, salt: Buffer.from(salt, 'base64'), hash: hashBytes };
}

/** True when `password` matches `stored`; a malformed hash is false, never an exception. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseHash(stored);
  if (!parsed) return false;
  try {
    const candidate = await derive(password, parsed.salt, parsed.params, parsed.hash.length);
    return timingSafeEqual(candidate, parsed.hash);
  } catch {
    return false; // parameters scrypt refuses (N not a power of two, too much memory)
  }
}

/** A password for a person to change later (the first admin, a reset from the terminal): 20 characters, 120 random bits. */
export const generatePassword = (): string => randomBytes(15).toString('base64url');
