import { randomFillSync } from 'node:crypto';
import type { IdGenerator } from './system';

// Ids are UUIDs of version 7 (RFC 9562): 48 bits of milliseconds since 1970, a 12-bit counter, 62
// random bits. Ids made one after another sort in that order, so a new row's id lands at the end of
// its index, on the page the previous one went to, not on a random page of it. With random (version 4)
// ids every save wrote one more random page of the events' id index to the log; a group commit of
// twenty saves wrote twenty (storage/sqlite/groupCommit.ts). 62 random bits still make an id
// unguessable, and every route checks access anyway.

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));
/** Random bytes drawn ahead, 8 per id: one call to the system's generator serves 512 ids. */
const pool = Buffer.alloc(4096);
let poolOffset = pool.length;

/**
 * A maker of version 7 UUIDs: `make(now)` with the time in ms (Date.now() by default). Within one
 * millisecond, and when the clock goes back, its counter keeps the order of the ids it made.
 */
export function uuidV7Maker(): (now?: number) => string {
  let lastMs = -1;
  let counter = 0;
  return (now = Date.now()) => {
    if (now > lastMs) {
      lastMs = now;
      counter = 0;
    } else if (++counter > 0xfff) {
      // 4,096 ids in one millisecond: borrow the next one, so the order holds.
      lastMs++;
      counter = 0;
    }
    if (poolOffset + 8 > pool.length) {
      randomFillSync(pool);
      poolOffset = 0;
    }
    const r = pool.subarray(poolOffset, (poolOffset += 8));
    const ms = lastMs.toString(16).padStart(12, '0');
    const variantByte = 0x80 | (r[0]! & 0x3f); // the RFC 4122 variant (10xx) in the top bits
    return (
      `${ms.slice(0, 8)}-${ms.slice(8, 12)}-7${counter.toString(16).padStart(3, '0')}-` +
      `${HEX[variantByte]}${HEX[r[1]!]}-${HEX[r[2]!]}${HEX[r[3]!]}${HEX[r[4]!]}${HEX[r[5]!]}${HEX[r[6]!]}${HEX[r[7]!]}`
    );
  };
}

const serverIds = uuidV7Maker();
export const uuidGenerator: IdGenerator = { next: () => serverIds() };
