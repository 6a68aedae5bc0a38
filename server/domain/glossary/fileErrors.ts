// A glossary file (CSV or TBX) that cannot be read: 400 with the code of its format, the line where
// reading stopped as a message parameter, and the reason in `details`.
import { InvalidInput, type ErrorParams } from '../errors';

export type GlossaryFileCode = 'invalid_csv' | 'invalid_tbx';

export class GlossaryFileError extends InvalidInput {
  override readonly params: ErrorParams;

  constructor(
    code: GlossaryFileCode,
    readonly line: number,
    readonly reason: string,
  ) {
    super(`${code === 'invalid_csv' ? 'CSV' : 'TBX'} file, line ${line}: ${reason}`, { line, reason }, code);
    this.params = { line };
  }
}
