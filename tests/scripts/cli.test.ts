// The flags of the command-line scripts (scripts/cli.ts on node:util parseArgs) and what a script does
// with a bad one: its usage on stderr and exit code 2.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { savesOptions } from '../../scripts/bench/saves';
import { submitOptions } from '../../scripts/bench/submit';
import { runAlignmentBenchmark } from '../../scripts/bench/alignment';
import { CliUsageError, integerFlag, jsonLinesArray, parseFlags } from '../../scripts/cli';

const SPECS = { lang: { values: ['de', 'pl'] }, file: {}, keep: { type: 'boolean' } } as const;

describe('parseFlags', () => {
  test.each([
    [[], {}],
    [['--lang', 'pl'], { lang: 'pl' }],
    [['--lang=de', '--file', 'a.txt'], { lang: 'de', file: 'a.txt' }],
    [['--file', '-5'], { file: '-5' }],
    [['--file='], { file: '' }],
    [['--keep', '--file', 'x'], { keep: true, file: 'x' }],
    [['--file', 'x', '--'], { file: 'x' }],
  ])('reads %j', (argv, flags) => {
    expect(parseFlags(argv, SPECS)).toEqual(flags);
  });

  test.each([
    [['--language', 'de'], 'unknown flag --language'],
    [['-l', 'de'], 'unknown flag -l'],
    [['--constructor', 'x'], 'unknown flag --constructor'],
    [['--file'], '--file needs a value'],
    [['--file', '--keep'], '--file needs a value'],
    [['--lang', 'cs'], '--lang must be one of de, pl (got "cs")'],
    [['--keep=yes'], '--keep takes no value'],
    [['--keep', '--keep'], '--keep given twice'],
    [['--file', 'a', '--file=b'], '--file given twice'],
    [['a.txt'], 'unexpected argument "a.txt"'],
    [['--', '--lang'], 'unexpected argument "--lang"'],
  ])('refuses %j: %s', (argv, message) => {
    expect(() => parseFlags(argv, SPECS)).toThrow(new CliUsageError(message));
  });
});

describe('integerFlag', () => {
  test('reads a whole number, or gives the fallback when the flag is absent', () => {
    expect(integerFlag('12', 'runs', 3)).toBe(12);
    expect(integerFlag(undefined, 'runs', 3)).toBe(3);
    expect(integerFlag('0', 'warmup', 2, 0)).toBe(0);
  });

  test.each([['x'], [''], ['1.5'], ['0'], ['-1'], ['1e30']])('refuses %j', (value) => {
    expect(() => integerFlag(value, 'runs', 3)).toThrow(new CliUsageError(`--runs must be a whole number of at least 1 (got "${value}")`));
  });
});

describe('jsonLinesArray', () => {
  test('writes one value a line inside an array', () => {
    expect(jsonLinesArray([])).toBe('[]');
    expect(jsonLinesArray([{ a: 1 }, 'b'])).toBe('[\n  {"a":1},\n  "b"\n]');
  });
});

describe('benchmark flags', () => {
  test('saves and submit read their flags with their defaults', () => {
    expect(savesOptions([])).toEqual({ connections: 32, duration: 10, warmup: 2, rounds: 3, segments: 3200, cpuProfileDir: null, gcTrace: false, now: false, bareRequestClasses: false, env: {} });
    expect(savesOptions(['--connections', '8', '--warmup=0'])).toEqual({ connections: 8, duration: 10, warmup: 0, rounds: 3, segments: 3200, cpuProfileDir: null, gcTrace: false, now: false, bareRequestClasses: false, env: {} });
    expect(savesOptions(['--cpu-prof', '/tmp/profiles', '--now'])).toEqual({ connections: 32, duration: 10, warmup: 2, rounds: 3, segments: 3200, cpuProfileDir: '/tmp/profiles', gcTrace: false, now: true, bareRequestClasses: false, env: {} });
    expect(savesOptions(['--bare-request-classes'])).toEqual({ connections: 32, duration: 10, warmup: 2, rounds: 3, segments: 3200, cpuProfileDir: null, gcTrace: false, now: false, bareRequestClasses: true, env: {} });
    expect(savesOptions(['--env', 'SQLITE_CHECKPOINT_RESTART_PAGES=8000,SQLITE_CHECKPOINT_MS=50']).env).toEqual({ SQLITE_CHECKPOINT_RESTART_PAGES: '8000', SQLITE_CHECKPOINT_MS: '50' });
    expect(savesOptions(['--env=LOG_REQUESTS=']).env).toEqual({ LOG_REQUESTS: '' });
    expect(() => savesOptions(['--env', 'restart=8000'])).toThrow(new CliUsageError('--env takes NAME=VALUE pairs separated by commas (got "restart=8000")'));
    expect(() => savesOptions(['--env', 'A=1,,B=2'])).toThrow(new CliUsageError('--env takes NAME=VALUE pairs separated by commas (got "")'));
    expect(savesOptions(['--gc', '--rounds', '1'])).toEqual({ connections: 32, duration: 10, warmup: 2, rounds: 1, segments: 3200, cpuProfileDir: null, gcTrace: true, now: false, bareRequestClasses: false, env: {} });
    expect(submitOptions(['--runs', '5'])).toEqual({ runs: 5, segments: 10000, seed: 20190130 });
  });

  test('refuse an unknown flag or a bad number', () => {
    expect(() => savesOptions(['--conections', '8'])).toThrow(new CliUsageError('unknown flag --conections'));
    expect(() => submitOptions(['--runs', 'drei'])).toThrow(new CliUsageError('--runs must be a whole number of at least 1 (got "drei")'));
    expect(() => runAlignmentBenchmark(['--sentences', '0'])).toThrow(new CliUsageError('--sentences must be a whole number of at least 1 (got "0")'));
  });
});

describe('a script run with a bad flag', () => {
  const root = path.resolve(__dirname, '../..');
  const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
  const runScript = (script: string, args: string[]) =>
    spawnSync(tsx, [path.join(root, script), ...args], { cwd: root, encoding: 'utf8', timeout: 60_000, input: '' });

  test('a benchmark prints its usage and exits 2, with no stack trace', () => {
    const result = runScript('scripts/bench/qa.ts', ['--segmente', '10']);
    expect([result.status, result.stdout, result.stderr]).toEqual([2, '', 'bench:qa: unknown flag --segmente\nUsage: npx tsx scripts/bench/qa.ts [--segments 10000]\n']);
  });

  test('a tool prints its usage and exits 2, with no stack trace', () => {
    const result = runScript('scripts/align.ts', ['--de', 'a.txt', '--pl', 'b.txt', '--verbose']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('align: unknown flag --verbose\nUsage: align --de FILE --pl FILE [--format text|markdown]\n  Prints a JSON array of {"de": [...], "pl": [...], "confidence"} per bead, in document order.\n');
  });
});
