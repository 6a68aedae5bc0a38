// Uploaded files waiting for their background import job (a TMX file can be gigabytes: it goes to disk
// as it arrives and is read back as a stream, never held in memory).
import { DomainError } from '../domain/errors';

export interface ImportFiles {
  /**
   * Streams `body` into the job's file. Throws ImportTooLarge once more than `limitBytes` arrived; on any
   * failure nothing is kept. Returns the file's size in bytes.
   */
  save(jobId: string, body: AsyncIterable<Uint8Array>, limitBytes: number): Promise<number>;
  /** The job's file from its start, in chunks; null when it is gone. Leaving the loop early closes it. */
  open(jobId: string): Promise<AsyncIterable<Uint8Array> | null>;
  /** Deletes the job's file; nothing happens when it is gone already. */
  remove(jobId: string): Promise<void>;
}

/** A body larger than the configured limit: 413 `payload_too_large`, the limit in the details. */
export class ImportTooLarge extends DomainError {
  constructor(readonly limitBytes: number) {
    super('payload_too_large', `the file is larger than ${limitBytes} bytes`, {}, { limitBytes });
  }
}
