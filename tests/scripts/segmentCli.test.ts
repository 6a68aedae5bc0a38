import { runSegmentCli, segmentMain, SEGMENT_USAGE } from '../../scripts/segmentCli';
import { CliUsageError } from '../../scripts/cli';

function run(argv: string[], stdin: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = segmentMain(argv, { readStdin: () => stdin, stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('runSegmentCli', () => {
  it('segments plain text and names each segment’s language, one object a line', () => {
    const input = [
      'Pressemitteilung',
      '',
      'Am 30. und 31. Januar 2019 fand in Dresden das 4. Treffen statt. Miasto Zgorzelec zaprasza wszystkich mieszkańców na festyn.',
      '',
      'Görlitz, 31.01.2019',
      '',
    ].join('\n');
    expect(runSegmentCli([], input)).toBe(
      [
        '[',
        '  {"text":"Pressemitteilung","lang":"de"},',
        '  {"text":"Am 30. und 31. Januar 2019 fand in Dresden das 4. Treffen statt.","lang":"de"},',
        '  {"text":"Miasto Zgorzelec zaprasza wszystkich mieszkańców na festyn.","lang":"pl"},',
        '  {"text":"Görlitz, 31.01.2019","lang":"neutral"}',
        ']',
      ].join('\n'),
    );
  });

  it('renders Markdown markup back instead of placeholders', () => {
    const input = '# Kontakt\n\nBitte schreiben Sie an **presse@goerlitz.de** oder lesen Sie [die Hinweise](https://www.goerlitz.de).\n';
    expect(JSON.parse(runSegmentCli(['--format', 'markdown'], input))).toEqual([
      { text: 'Kontakt', lang: 'de' },
      {
        text: 'Bitte schreiben Sie an **presse@goerlitz.de** oder lesen Sie [die Hinweise](https://www.goerlitz.de).',
        lang: 'de',
      },
    ]);
  });

  it('uses --lang for the sentence rules and as the document language of short segments', () => {
    const input = 'Termin\n\nSpotkanie odbędzie się 3 maja w ratuszu. Wstęp jest wolny.\n';
    expect(JSON.parse(runSegmentCli(['--lang', 'pl'], input))).toEqual([
      { text: 'Termin', lang: 'pl' },
      { text: 'Spotkanie odbędzie się 3 maja w ratuszu.', lang: 'pl' },
      { text: 'Wstęp jest wolny.', lang: 'pl' },
    ]);
    expect(JSON.parse(runSegmentCli(['--lang=de'], 'Termin\n'))).toEqual([{ text: 'Termin', lang: 'de' }]);
  });

  it('prints an empty array for empty input', () => {
    expect(runSegmentCli([], '  \n')).toBe('[]');
  });

  it.each([
    [['--lang', 'cs'], '--lang must be one of de, pl (got "cs")'],
    [['--format', 'html'], '--format must be one of text, markdown (got "html")'],
    [['--language', 'de'], 'unknown flag --language'],
    [['--lang'], '--lang needs a value'],
    [['de'], 'unexpected argument "de"'],
    [['--lang', 'de', '--lang', 'pl'], '--lang given twice'],
  ])('refuses %j', (argv, message) => {
    expect(() => runSegmentCli(argv, 'Text')).toThrow(new CliUsageError(message));
  });
});

describe('segmentMain', () => {
  it('writes the JSON to stdout and exits 0', () => {
    expect(run(['--lang', 'de'], 'Kontakt\n')).toEqual({
      code: 0,
      stdout: '[\n  {"text":"Kontakt","lang":"de"}\n]\n',
      stderr: '',
    });
  });

  it('exits 2 with a message and the usage on a bad flag', () => {
    expect(run(['--lang', 'xx'], 'Kontakt')).toEqual({
      code: 2,
      stdout: '',
      stderr: `segment: --lang must be one of de, pl (got "xx")\n${SEGMENT_USAGE}`,
    });
  });

  it('exits 2 when the parser refuses the input', () => {
    const result = run([], 'Text mit \uE000 Markierung');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^segment: .+ \(invalid_characters\)\n$/);
  });

  it('prints the usage on --help', () => {
    expect(run(['--help'], '')).toEqual({ code: 0, stdout: SEGMENT_USAGE, stderr: '' });
  });
});
