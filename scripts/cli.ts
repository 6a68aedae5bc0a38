// What the command-line scripts share: their flags, read with node:util parseArgs, and their output.
//
// Flags are `--name value` or `--name=value` (strings) and `--name` (booleans) from a fixed list, each
// at most once; there are no positional arguments. Anything else is a CliUsageError whose message
// is meant for the person at the terminal ("unknown flag --verbose"), and the scripts answer it with
// their usage and exit code 2, never a stack trace. parseArgs reads the arguments (non-strict, with
// tokens) and this module checks the tokens, so the messages do not depend on Node's wording.
import { parseArgs } from 'node:util';

export class CliUsageError extends Error {}

export interface FlagSpec {
  /** Default 'string'. */
  type?: 'string' | 'boolean';
  /** The values a string flag allows, when it is an enumeration. */
  values?: readonly string[];
}

export type Flags<S extends Record<string, FlagSpec>> = { [K in keyof S]?: S[K]['type'] extends 'boolean' ? true : string };

/** The flags given, checked against `specs`; throws CliUsageError. */
export function parseFlags<S extends Record<string, FlagSpec>>(argv: readonly string[], specs: S): Flags<S> {
  const options = Object.fromEntries(Object.entries(specs).map(([name, spec]) => [name, { type: spec.type ?? 'string' }]));
  const { tokens } = parseArgs({ args: [...argv], options, strict: false, allowPositionals: true, tokens: true });
  const flags: Record<string, string | true> = {};
  for (const token of tokens) {
    if (token.kind === 'positional') throw new CliUsageError(`unexpected argument "${token.value}"`);
    if (token.kind !== 'option') continue; // "--": the end of the flags (an argument after it is refused above)
    const spec = Object.hasOwn(specs, token.name) ? specs[token.name] : undefined;
    if (!spec) throw new CliUsageError(`unknown flag ${token.rawName}`);
    let value: string | true;
    if (spec.type === 'boolean') {
      if (token.value !== undefined) throw new CliUsageError(`${token.rawName} takes no value`);
      value = true;
    } else {
      // parseArgs takes the next argument as the value even when it is the next flag
      if (token.value === undefined || (!token.inlineValue && token.value.startsWith('--'))) throw new CliUsageError(`${token.rawName} needs a value`);
      if (spec.values && !spec.values.includes(token.value)) {
        throw new CliUsageError(`${token.rawName} must be one of ${spec.values.join(', ')} (got "${token.value}")`);
      }
      value = token.value;
    }
    if (token.name in flags) throw new CliUsageError(`${token.rawName} given twice`);
    flags[token.name] = value;
  }
  return flags as Flags<S>;
}

/** A whole number of at least `min` from a string flag, or `fallback` when the flag is absent. */
export function integerFlag(value: string | undefined, name: string, fallback: number, min = 1): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (value.trim() === '' || !Number.isSafeInteger(number) || number < min) {
    throw new CliUsageError(`--${name} must be a whole number of at least ${min} (got "${value}")`);
  }
  return number;
}

/**
 * For scripts that run on import (benchmarks): `read(argv)` with flags parsed by it, or, on a
 * CliUsageError, the message and the usage on stderr and exit code 2.
 */
export function flagsOrExit<T>(script: string, usage: string, read: (argv: readonly string[]) => T, argv: readonly string[] = process.argv.slice(2)): T {
  try {
    return read(argv);
  } catch (error) {
    if (!(error instanceof CliUsageError)) throw error;
    process.stderr.write(`${script}: ${error.message}\n${usage}`);
    process.exit(2);
  }
}

/** Writes one JSON value per line inside an array: valid JSON, and readable line by line. */
export function jsonLinesArray(items: readonly unknown[]): string {
  if (items.length === 0) return '[]';
  return `[\n${items.map((item) => `  ${JSON.stringify(item)}`).join(',\n')}\n]`;
}
