// Output of the account tools (create-user, reset-admin, backup, restore): lines to stdout and stderr,
// replaceable in tests, and a refused command described the way the API describes it.
import { DomainError } from '../server/domain/errors';
import { translateError } from '../server/i18n';
import { CliUsageError } from './cli';

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

export const consoleIo: CliIo = { out: (line) => console.log(line), err: (line) => console.error(line) };

/** `error: <English message>` and one line per validation issue. */
export function describeFailure(error: DomainError): string[] {
  const issues = (error.details?.issues ?? []) as { path: string; message: string }[];
  return [`error: ${translateError(error.code, error.params, 'en', error.message)}`, ...issues.map((i) => `  ${i.path}: ${i.message}`)];
}

/**
 * The options `read` finds in `argv`, or null after a usage error: its message and the usage are
 * printed on `io.err`, and the tool exits 2.
 */
export function optionsOrUsage<T>(argv: readonly string[], usage: string, io: CliIo, read: (argv: readonly string[]) => T): { options: T } | null {
  try {
    return { options: read(argv) };
  } catch (error) {
    if (!(error instanceof CliUsageError)) throw error;
    io.err(`error: ${error.message}`);
    io.err(usage);
    return null;
  }
}

/** Runs `main` when the file is executed (not imported), setting the exit code it returns. */
export function runAsScript(name: string, main: () => Promise<number>): void {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(`${name} failed:`, error);
      process.exitCode = 1;
    },
  );
}
