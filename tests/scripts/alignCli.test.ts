import { alignMain, ALIGN_USAGE, runAlignCli } from '../../scripts/alignCli';
import { CliUsageError } from '../../scripts/cli';

const FILES: Record<string, string> = {
  'de.txt': 'Einladung\n\nDas Ticket kostet 8 Euro. Kinder bis 12 Jahre haben freien Eintritt. Wer darf teilnehmen?\n',
  'pl.txt': 'Zaproszenie\n\nBilet kosztuje 8 euro, a dzieci do lat 12 wchodzą bezpłatnie. Kto może wziąć udział?\n',
  'de.md': '# Kontakt\n\nSchreiben Sie an **presse@goerlitz.de**.\n',
  'pl.md': '# Kontakt\n\nProsimy pisać na adres **presse@goerlitz.de**.\n',
  'empty.txt': '\n',
};

function readFile(path: string): string {
  const content = FILES[path];
  if (content === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
  return content;
}

function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = alignMain(argv, { readFile, stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('runAlignCli', () => {
  it('prints one bead a line with the sentences and the confidence rounded to 2 decimals', () => {
    expect(runAlignCli(['--de', 'de.txt', '--pl', 'pl.txt'], readFile)).toBe(
      [
        '[',
        '  {"de":["Einladung"],"pl":["Zaproszenie"],"confidence":0.99},',
        '  {"de":["Das Ticket kostet 8 Euro.","Kinder bis 12 Jahre haben freien Eintritt."],"pl":["Bilet kosztuje 8 euro, a dzieci do lat 12 wchodzą bezpłatnie."],"confidence":1},',
        '  {"de":["Wer darf teilnehmen?"],"pl":["Kto może wziąć udział?"],"confidence":1}',
        ']',
      ].join('\n'),
    );
  });

  it('reads Markdown with --format markdown and renders its markup back', () => {
    const beads = JSON.parse(runAlignCli(['--de', 'de.md', '--pl', 'pl.md', '--format', 'markdown'], readFile)) as unknown[];
    expect(beads).toEqual([
      { de: ['Kontakt'], pl: ['Kontakt'], confidence: 1 },
      { de: ['Schreiben Sie an **presse@goerlitz.de**.'], pl: ['Prosimy pisać na adres **presse@goerlitz.de**.'], confidence: 1 },
    ]);
  });

  it.each([
    [['--de', 'de.txt'], '--de FILE and --pl FILE are required'],
    [['--pl', 'pl.txt'], '--de FILE and --pl FILE are required'],
    [['--de', 'de.txt', '--pl', 'pl.txt', '--format', 'docx'], '--format must be one of text, markdown (got "docx")'],
    [['--de', 'de.txt', '--pl', 'pl.txt', '--verbose', 'yes'], 'unknown flag --verbose'],
    [['--de', 'missing.txt', '--pl', 'pl.txt'], 'cannot read missing.txt (no such file)'],
  ])('refuses %j', (argv, message) => {
    expect(() => runAlignCli(argv, readFile)).toThrow(new CliUsageError(message));
  });
});

describe('alignMain', () => {
  it('exits 0 and writes the beads to stdout', () => {
    const result = run(['--de', 'de.md', '--pl', 'pl.md', '--format', 'markdown']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout.endsWith(']\n')).toBe(true);
  });

  it('exits 2 with a clear message for a missing file', () => {
    expect(run(['--de', 'missing.txt', '--pl', 'pl.txt'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'align: cannot read missing.txt (no such file)\n',
    });
  });

  it('exits 2 with the usage on a bad flag', () => {
    expect(run(['--de'])).toEqual({ code: 2, stdout: '', stderr: `align: --de needs a value\n${ALIGN_USAGE}` });
  });

  it('exits 2 when a document has no text', () => {
    const result = run(['--de', 'empty.txt', '--pl', 'pl.txt']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('align: the document has no text to translate (empty_document)\n');
  });

  it('prints the usage on --help', () => {
    expect(run(['--help'])).toEqual({ code: 0, stdout: ALIGN_USAGE, stderr: '' });
  });
});
