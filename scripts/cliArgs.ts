// Flag parsing for the small command-line tools: `--name value` pairs from a fixed list, nothing else.
export class CliUsageError extends Error {}

export interface FlagSpec {
  /** Allowed values, when the flag is an enumeration. */
  values?: readonly string[];
}

/**
 * Parses `--flag value` pairs (also `--flag=value`). Throws CliUsageError for an unknown flag, a flag
 * without a value, a value outside its list, a repeated flag or a stray argument.
 */
export function parseFlags(argv: readonly string[], specs: Record<string, FlagSpec>): Record<string, string> {
  const flags: Record<string, string> = {};
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k] as string;
    const m = /^--([a-z][a-z-]*)(?:=(.*))?$/.exec(arg);
    if (!m) throw new CliUsageError(`unexpected argument "${arg}"`);
    const name = m[1] as string;
    const spec = specs[name];
    if (!spec) throw new CliUsageError(`unknown flag --${name}`);
    const value = m[2] ?? argv[++k];
    if (value === undefined || (m[2] === undefined && value.startsWith('--'))) {
      throw new CliUsageError(`--${name} needs a value`);
    }
    if (spec.values && !spec.values.includes(value)) {
      throw new CliUsageError(`--${name} must be one of ${spec.values.join(', ')} (got "${value}")`);
    }
    if (name in flags) throw new CliUsageError(`--${name} given twice`);
    flags[name] = value;
  }
  return flags;
}

/** Writes one JSON value per line inside an array: valid JSON, and readable line by line. */
export function jsonLinesArray(items: readonly unknown[]): string {
  if (items.length === 0) return '[]';
  return `[\n${items.map((item) => `  ${JSON.stringify(item)}`).join(',\n')}\n]`;
}
