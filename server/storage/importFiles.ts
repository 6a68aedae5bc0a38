// Uploaded import files on the local disk: `<dir>/<jobId>.upload` while arriving, renamed to `<jobId>.tmx`
// once complete, so a file of that name is always whole. Used by every store kind: with MongoDB and
// several app instances, DATA_DIR must be shared for a job to resume on another instance.
import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { ImportTooLarge, type ImportFiles } from '../ports/importFiles';

const SAFE_ID = /^[A-Za-z0-9_-]{1,200}$/;
const READ_CHUNK_BYTES = 256 * 1024;

export function createLocalImportFiles(dir: string): ImportFiles {
  const fileOf = (jobId: string, suffix = '.tmx'): string => {
    if (!SAFE_ID.test(jobId)) throw new Error(`unsafe import file id "${jobId}"`);
    return path.join(dir, `${jobId}${suffix}`);
  };

  return {
    async save(jobId, body, limitBytes) {
      await fs.promises.mkdir(dir, { recursive: true });
      const partial = fileOf(jobId, '.upload');
      const out = fs.createWriteStream(partial, { flags: 'wx' });
      let writeError: unknown = null;
      out.on('error', (error) => (writeError ??= error));
      let bytes = 0;
      try {
        // Read by hand rather than with for-await: leaving early must not destroy the body (an HTTP
        // request), so that a 413 can still be answered on its connection.
        const chunks = body[Symbol.asyncIterator]();
        for (;;) {
          const next = await chunks.next();
          if (next.done) break;
          if (writeError) throw writeError;
          bytes += next.value.length;
          if (bytes > limitBytes) throw new ImportTooLarge(limitBytes);
          if (!out.write(next.value)) await once(out, 'drain');
        }
        out.end();
        await finished(out);
        await fs.promises.rename(partial, fileOf(jobId));
        return bytes;
      } catch (error) {
        // The file is opened asynchronously: wait until the destroyed stream has closed (and so has
        // created the file, if its open was still pending) before removing it, or it outlives the rm.
        const closed = out.closed ? Promise.resolve() : once(out, 'close').then(() => undefined, () => undefined);
        out.destroy();
        await closed;
        await fs.promises.rm(partial, { force: true });
        throw error;
      }
    },

    async open(jobId) {
      const file = fileOf(jobId);
      try {
        await fs.promises.access(file, fs.constants.R_OK);
      } catch {
        return null;
      }
      return fs.createReadStream(file, { highWaterMark: READ_CHUNK_BYTES });
    },

    async remove(jobId) {
      await fs.promises.rm(fileOf(jobId), { force: true });
    },
  };
}
