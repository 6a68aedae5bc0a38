// The ZIP package of a DOCX, read defensively and written deterministically (fflate).
//
// Reading happens in two passes over two independent records of the archive:
// 1. the central directory (fflate's unzipSync with a filter that inflates nothing): every entry's name,
//    declared sizes and compression are checked before a single byte is inflated — names with "..",
//    absolute paths, backslashes or control characters, duplicate names, too many entries, an entry or a
//    total above the limits, a compression ratio beyond what any real document has;
// 2. the local entries (fflate's streaming Unzip), each inflated slice by slice while counting: an entry
//    that inflates beyond its declared size is stopped there, so a lying header cannot make us inflate
//    more than we agreed to. Both records must name the same entries with the same sizes.
// An OLE compound file (a legacy .doc, or a password-protected DOCX, which Word wraps in one) is told
// apart from a file that is no ZIP at all.
import { Inflate, Unzip, UnzipPassThrough, unzipSync, zipSync, type UnzipDecoder, type Zippable } from 'fflate';
import { InvalidInput } from '../../errors';
import { concatBytes } from '../../xml/encoding';

/** One file of the package, in archive order. */
export interface PackageEntry {
  name: string;
  data: Uint8Array;
  /** Stored entries (0) are written stored again; everything else is deflated. */
  compression: number;
}

export const PACKAGE_LIMITS = {
  /** Entries in one archive. */
  maxEntries: 10_000,
  /** Declared (and actual) size of one entry after inflating. */
  maxEntryBytes: 128 * 1024 * 1024,
  /** Declared size of all entries together after inflating. */
  maxTotalBytes: 256 * 1024 * 1024,
  /** Largest inflated/compressed ratio for entries above `ratioFloorBytes` (real XML stays below 50). */
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
} as const;

/** Compressed bytes handed to the inflater at a time: bounds how far an entry can overshoot its size. */
const INFLATE_SLICE = 16 * 1024;

const ZIP_SIGNATURE = [0x50, 0x4b];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (data: Uint8Array, signature: number[]): boolean => signature.every((byte, i) => data[i] === byte);

/** A name we could write to disk without leaving a folder: relative, forward slashes, no "..", no controls. */
export function unsafeEntryName(name: string): boolean {
  return (
    name === '' ||
    name.startsWith('/') ||
    name.includes('\\') ||
    /^[A-Za-z]:/.test(name) ||
    /[\u0000-\u001f\u007f]/.test(name) ||
    name.split('/').some((part) => part === '..' || part === '.')
  );
}

interface DeclaredEntry {
  name: string;
  compressedSize: number;
  size: number;
  compression: number;
}

function unreadable(reason: string): InvalidInput {
  return new InvalidInput(`the file is not a readable DOCX package: ${reason}`, { reason }, 'unreadable_file');
}

function tooLarge(reason: string, details: Record<string, unknown>): InvalidInput {
  return new InvalidInput(`the package is too large: ${reason}`, { reason, ...details }, 'zip_too_large');
}

/** Pass 1: the central directory, checked entry by entry without inflating anything. */
function declaredEntries(data: Uint8Array): DeclaredEntry[] {
  const entries: DeclaredEntry[] = [];
  const names = new Set<string>();
  let total = 0;
  try {
    unzipSync(data, {
      filter: ({ name, size: compressedSize, originalSize: size, compression }) => {
        if (unsafeEntryName(name)) {
          throw new InvalidInput(`unsafe entry name ${JSON.stringify(name)}`, { entry: name }, 'zip_unsafe_path');
        }
        if (names.has(name)) {
          throw new InvalidInput(`the entry ${JSON.stringify(name)} occurs twice`, { entry: name }, 'zip_unsafe_path');
        }
        names.add(name);
        if (names.size > PACKAGE_LIMITS.maxEntries) throw tooLarge('too many entries', { limit: PACKAGE_LIMITS.maxEntries });
        if (compression !== 0 && compression !== 8) throw unreadable(`entry ${name} uses compression method ${compression}`);
        if (size > PACKAGE_LIMITS.maxEntryBytes) throw tooLarge(`entry ${name} declares ${size} bytes`, { entry: name, limit: PACKAGE_LIMITS.maxEntryBytes });
        total += size;
        if (total > PACKAGE_LIMITS.maxTotalBytes) throw tooLarge(`the entries declare more than ${PACKAGE_LIMITS.maxTotalBytes} bytes`, { limit: PACKAGE_LIMITS.maxTotalBytes });
        if (size > PACKAGE_LIMITS.ratioFloorBytes && size > compressedSize * PACKAGE_LIMITS.maxRatio) {
          throw tooLarge(`entry ${name} inflates ${Math.round(size / Math.max(compressedSize, 1))} times`, { entry: name, limit: PACKAGE_LIMITS.maxRatio });
        }
        entries.push({ name, compressedSize, size, compression });
        return false;
      },
    });
  } catch (error) {
    if (error instanceof InvalidInput) throw error;
    throw unreadable(error instanceof Error ? error.message : String(error));
  }
  return entries;
}

/** Pass 2: the local entries, inflated with their declared size as a hard limit. */
function inflateEntries(data: Uint8Array, declared: DeclaredEntry[]): PackageEntry[] {
  const byName = new Map(declared.map((entry) => [entry.name, entry]));
  const contents = new Map<string, Uint8Array>();

  /** Inflates in slices and counts: stops as soon as the entry passes its declared size. */
  class CappedInflate implements UnzipDecoder {
    static readonly compression = 8;
    ondata: UnzipDecoder['ondata'] = () => {};
    private readonly inflate: Inflate;
    private produced = 0;

    constructor(private readonly name: string) {
      const limit = byName.get(name)?.size ?? 0;
      this.inflate = new Inflate((chunk, final) => {
        this.produced += chunk.length;
        if (this.produced > limit) throw tooLarge(`entry ${this.name} inflates beyond its declared ${limit} bytes`, { entry: this.name });
        this.ondata(null, chunk, final);
      });
    }

    push(chunk: Uint8Array, final: boolean): void {
      if (chunk.length === 0) this.inflate.push(chunk, final);
      for (let at = 0; at < chunk.length; at += INFLATE_SLICE) {
        const end = Math.min(at + INFLATE_SLICE, chunk.length);
        this.inflate.push(chunk.subarray(at, end), final && end === chunk.length);
      }
    }
  }

  const unzip = new Unzip((file) => {
    const entry = byName.get(file.name);
    if (!entry || contents.has(file.name)) throw unreadable(`the local entry ${file.name} is not in the central directory`);
    if (file.compression !== entry.compression) throw unreadable(`entry ${file.name} has two compression methods`);
    const chunks: Uint8Array[] = [];
    let length = 0;
    file.ondata = (error, chunk, final) => {
      if (error) throw unreadable(`entry ${file.name}: ${error.message}`);
      chunks.push(chunk);
      length += chunk.length;
      if (length > entry.size) throw tooLarge(`entry ${file.name} is longer than its declared ${entry.size} bytes`, { entry: file.name });
      if (!final) return;
      if (length !== entry.size) throw unreadable(`entry ${file.name} has ${length} bytes, not the declared ${entry.size}`);
      contents.set(file.name, chunks.length === 1 ? (chunks[0] as Uint8Array) : concatBytes(chunks, length));
    };
    file.start();
  });
  unzip.register(UnzipPassThrough);
  unzip.register(CappedInflate);
  try {
    unzip.push(data, true);
  } catch (error) {
    if (error instanceof InvalidInput) throw error;
    throw unreadable(error instanceof Error ? error.message : String(error));
  }
  return declared.map((entry) => {
    const content = contents.get(entry.name);
    if (!content) throw unreadable(`entry ${entry.name} has no data`);
    return { name: entry.name, data: content, compression: entry.compression };
  });
}

/**
 * The entries of a ZIP package, in archive order. Throws InvalidInput: 'empty_document' (no bytes),
 * 'docx_encrypted_or_legacy' (an OLE compound file), 'unreadable_file' (no ZIP, or a damaged one),
 * 'zip_unsafe_path', 'zip_too_large'.
 */
export function readPackage(data: Uint8Array): PackageEntry[] {
  if (data.length === 0) throw new InvalidInput('the file is empty', undefined, 'empty_document');
  if (startsWith(data, OLE_SIGNATURE)) {
    throw new InvalidInput(
      'the file is a legacy Word document (.doc) or a password-protected DOCX; save it as an unprotected .docx',
      undefined,
      'docx_encrypted_or_legacy',
    );
  }
  if (!startsWith(data, ZIP_SIGNATURE)) throw unreadable('it is no ZIP archive');
  const declared = declaredEntries(data);
  return inflateEntries(data, declared);
}

/** The DOS epoch in local time: fflate writes local date fields, so every time zone gets the same bytes. */
const FIXED_MTIME = new Date(1980, 0, 1, 0, 0, 0);

/** A ZIP of the entries in their order, with fixed timestamps: the same entries always give the same bytes. */
export function writePackage(entries: PackageEntry[]): Uint8Array {
  const files: Zippable = {};
  for (const entry of entries) files[entry.name] = [entry.data, { level: entry.compression === 0 ? 0 : 6, mtime: FIXED_MTIME }];
  return zipSync(files);
}
