// A file holding a tree of plain data made mostly of large arrays (the translation memory's image,
// domain/tm/memory.ts), written part by part and read back without building one huge string:
//
//   magic (8 bytes) | part … part | header (JSON) | header length (uint32 LE) | magic (8 bytes)
//
// Typed arrays are written as their bytes. Arrays of texts (every element a string, null or undefined)
// are written as JSON arrays of at most TEXT_CHUNK elements, undefined as 0. Everything else is kept
// in the header, where a part stands as {"$typed": kind, "part": n} or {"$texts": [n, …]}. The header
// also holds `meta`, which can be read alone (readSnapshotMeta) to decide whether to read the rest.
// A file is written under a temporary name and renamed when complete: a crash leaves the previous file
// or none, and a truncated or foreign file is refused by its magic and lengths. Each part carries its
// CRC-32, checked when it is read: a file damaged on disk is refused rather than loaded as a memory
// that would answer with wrong matches.
import fs from 'node:fs';
import { crc32 } from 'node:zlib';

const MAGIC = Buffer.from('NYSASNP2', 'latin1');
const TEXT_CHUNK = 20_000;

type TypedKind = 'i32' | 'u8' | 'f64';
interface Part {
  offset: number;
  length: number;
  crc: number;
}
interface Header {
  meta: unknown;
  tree: unknown;
  parts: Part[];
}

const kindOf = (value: unknown): TypedKind | null =>
  value instanceof Int32Array ? 'i32' : value instanceof Uint8Array ? 'u8' : value instanceof Float64Array ? 'f64' : null;

const isTexts = (value: unknown[]): boolean => value.every((item) => item === null || item === undefined || typeof item === 'string');

/**
 * Writes `tree` with `meta` to `file` (through `file.<pid>.tmp`, then renamed). `pause` is awaited between
 * parts: the writer of a large tree lets its thread answer other messages meanwhile.
 */
export async function writeSnapshot(file: string, meta: unknown, tree: unknown, pause: () => Promise<void>): Promise<void> {
  // Instances on one SQLite file share DATA_DIR (docs/deployment.md): each writes its own temporary
  // file, so two saving at once never write into the same one; the last rename wins, whole.
  const temporary = `${file}.${process.pid}.tmp`;
  const fd = fs.openSync(temporary, 'w');
  try {
    let offset = 0;
    const parts: Part[] = [];
    const write = (bytes: Uint8Array): number => {
      fs.writeSync(fd, bytes, 0, bytes.length, offset);
      parts.push({ offset, length: bytes.length, crc: crc32(bytes) });
      offset += bytes.length;
      return parts.length - 1;
    };
    fs.writeSync(fd, MAGIC, 0, MAGIC.length, 0);
    offset = MAGIC.length;

    const encode = async (value: unknown): Promise<unknown> => {
      const kind = kindOf(value);
      if (kind) {
        const typed = value as Int32Array | Uint8Array | Float64Array;
        const part = write(new Uint8Array(typed.buffer, typed.byteOffset, typed.byteLength));
        await pause();
        return { $typed: kind, part };
      }
      if (Array.isArray(value)) {
        if (value.length > 0 && isTexts(value)) {
          const chunks: number[] = [];
          for (let from = 0; from < value.length; from += TEXT_CHUNK) {
            const chunk = value.slice(from, from + TEXT_CHUNK).map((item: string | null | undefined) => (item === undefined ? 0 : item));
            chunks.push(write(Buffer.from(JSON.stringify(chunk), 'utf8')));
            await pause();
          }
          return { $texts: chunks };
        }
        const items: unknown[] = [];
        for (const item of value) items.push(await encode(item));
        return items;
      }
      if (value !== null && typeof value === 'object') {
        const fields: Record<string, unknown> = {};
        for (const [key, field] of Object.entries(value)) fields[key] = await encode(field);
        return fields;
      }
      return value;
    };

    const header: Header = { meta, tree: await encode(tree), parts };
    const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
    const length = Buffer.alloc(4);
    length.writeUInt32LE(headerBytes.length);
    for (const bytes of [headerBytes, length, MAGIC]) {
      fs.writeSync(fd, bytes, 0, bytes.length, offset);
      offset += bytes.length;
    }
    fs.fsyncSync(fd);
  } catch (error) {
    fs.closeSync(fd);
    fs.rmSync(temporary, { force: true });
    throw error;
  }
  fs.closeSync(fd);
  fs.renameSync(temporary, file);
}

function readHeader(fd: number): Header {
  const size = fs.fstatSync(fd).size;
  const tail = Buffer.alloc(12);
  const start = Buffer.alloc(MAGIC.length);
  if (size < MAGIC.length + tail.length) throw new Error('the file is too short');
  fs.readSync(fd, start, 0, start.length, 0);
  fs.readSync(fd, tail, 0, tail.length, size - tail.length);
  if (!start.equals(MAGIC) || !tail.subarray(4).equals(MAGIC)) throw new Error('not a snapshot, or a truncated one');
  const headerLength = tail.readUInt32LE(0);
  const at = size - tail.length - headerLength;
  if (at < MAGIC.length) throw new Error('a header longer than the file');
  const bytes = Buffer.alloc(headerLength);
  fs.readSync(fd, bytes, 0, headerLength, at);
  const header = JSON.parse(bytes.toString('utf8')) as Header;
  if (header.parts.some((part) => part.offset < MAGIC.length || part.offset + part.length > at)) throw new Error('a part outside the file');
  return header;
}

/** The `meta` a snapshot was written with; null when there is no readable snapshot at `file`. */
export function readSnapshotMeta(file: string): unknown {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    return null;
  }
  try {
    return readHeader(fd).meta;
  } catch {
    return null;
  } finally {
    fs.closeSync(fd);
  }
}

/** The tree written to `file`; throws when the file is not a complete snapshot. */
export function readSnapshot(file: string): unknown {
  const fd = fs.openSync(file, 'r');
  try {
    const { tree, parts } = readHeader(fd);
    const bytesOf = (index: number, into: Uint8Array): Uint8Array => {
      const part = parts[index];
      if (!part || part.length !== into.byteLength) throw new Error(`part ${index} is missing or of another length`);
      fs.readSync(fd, into, 0, part.length, part.offset);
      if (crc32(into) !== part.crc) throw new Error(`part ${index} is damaged (its checksum differs)`);
      return into;
    };
    const decode = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(decode);
      if (value === null || typeof value !== 'object') return value;
      const node = value as Record<string, unknown>;
      if (typeof node.$typed === 'string') {
        const length = parts[node.part as number]?.length ?? 0;
        if (node.$typed === 'i32') return new Int32Array(bytesOf(node.part as number, new Uint8Array(length)).buffer);
        if (node.$typed === 'f64') return new Float64Array(bytesOf(node.part as number, new Uint8Array(length)).buffer);
        return bytesOf(node.part as number, new Uint8Array(length));
      }
      if (Array.isArray(node.$texts)) {
        const texts: (string | null | undefined)[] = [];
        for (const index of node.$texts as number[]) {
          const part = parts[index];
          const chunk = JSON.parse(Buffer.from(bytesOf(index, new Uint8Array(part?.length ?? 0))).toString('utf8')) as (string | null | 0)[];
          for (const item of chunk) texts.push(item === 0 ? undefined : item);
        }
        return texts;
      }
      return Object.fromEntries(Object.entries(node).map(([key, field]) => [key, decode(field)]));
    };
    return decode(tree);
  } finally {
    fs.closeSync(fd);
  }
}
