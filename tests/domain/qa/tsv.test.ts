import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkTsvPairs } from '../../../server/domain/qa/tsv';
import { checkTsv, renderQaMessage, runQaCli, type QaCliIo } from '../../../scripts/qaCli';

const SAMPLE = join(__dirname, '../../fixtures/qa/sample.tsv');

describe('checkTsvPairs', () => {
  test('skips empty lines and keeps the file’s line numbers', () => {
    const text = '\nDer Antrag ist vollständig.\tWniosek jest kompletny\n   \nJa.\tTak.\n';
    expect(checkTsvPairs(text)).toEqual([
      { line: 2, check: 'end_punctuation', severity: 'warning', code: 'qa.end_punctuation.missing', params: { expected: '.' } },
    ]);
  });

  test('reads CRLF line ends and a byte order mark', () => {
    const text = '\uFEFFDer Antrag ist vollständig.\tWniosek jest kompletny.\r\nKein Tab\r\n';
    expect(checkTsvPairs(text)).toEqual([{ line: 2, check: 'format', severity: 'error', code: 'qa.format.no_tab', params: {} }]);
  });

  test('reports lines that are not a German–Polish pair as format errors', () => {
    const text = ['Nur Deutsch', 'A\tB\tC', '\tTylko po polsku.', 'Nur Deutsch.\t  '].join('\n');
    expect(checkTsvPairs(text).map(({ line, check, severity, code }) => [line, check, severity, code])).toEqual([
      [1, 'format', 'error', 'qa.format.no_tab'],
      [2, 'format', 'error', 'qa.format.extra_tab'],
      [3, 'format', 'error', 'qa.format.empty_source'],
      [4, 'format', 'error', 'qa.format.empty_target'],
    ]);
  });

  test('applies settings', () => {
    const text = 'Der Antrag ist vollständig.\tWniosek jest kompletny';
    expect(checkTsvPairs(text, { disabled: ['end_punctuation'] })).toEqual([]);
  });
});

describe('checkTsv', () => {
  test('checks the sample file and renders English messages', () => {
    expect(checkTsv(readFileSync(SAMPLE, 'utf8'))).toEqual([
      { line: 2, check: 'numbers', severity: 'error', message: 'Number 1.000,5 is missing in the translation.' },
      { line: 2, check: 'numbers', severity: 'error', message: 'The translation contains the number 1000, which is not in the source.' },
      { line: 4, check: 'format', severity: 'error', message: 'The line has no tab between the German and the Polish text.' },
      { line: 5, check: 'urls_emails', severity: 'warning', message: 'The address www.goerlitz.de must appear unchanged in the translation.' },
      { line: 6, check: 'placeholders', severity: 'error', message: 'The placeholder {1}…{/1} is missing in the translation.' },
      {
        line: 7,
        check: 'brackets_quotes',
        severity: 'warning',
        message: 'The quotation mark “ is German or English style; Polish quotations are written „…”.',
      },
      { line: 8, check: 'format', severity: 'error', message: 'The line has no Polish translation.' },
      { line: 9, check: 'untranslated_words', severity: 'warning', message: '“ist” looks like an untranslated German word.' },
      { line: 9, check: 'untranslated_words', severity: 'warning', message: '“öffentlich” looks like an untranslated German word.' },
      { line: 9, check: 'same_as_source', severity: 'warning', message: 'The translation is identical to the German source.' },
    ]);
  });

  test('renders parameters without HTML escaping', () => {
    expect(renderQaMessage('qa.urls_emails.url_missing', { url: 'https://example.org/a?b=1&c=<2>' })).toBe(
      'The address https://example.org/a?b=1&c=<2> must appear unchanged in the translation.',
    );
  });

  test('an unknown code is shown as it is', () => {
    expect(renderQaMessage('qa.spelling.wrong', {})).toBe('qa.spelling.wrong');
  });
});

describe('qa command', () => {
  function run(args: string[], files: Record<string, string>) {
    const out = { stdout: '', stderr: '' };
    const io: QaCliIo = {
      readFile: (path) => {
        if (!(path in files)) throw Object.assign(new Error(`ENOENT: no such file, open '${path}'`), { code: 'ENOENT' });
        return files[path] as string;
      },
      stdout: (text) => void (out.stdout += text),
      stderr: (text) => void (out.stderr += text),
    };
    return { code: runQaCli(args, io), ...out };
  }

  test('prints the issues as a JSON array and exits with 0', () => {
    const result = run(['pairs.tsv'], { 'pairs.tsv': 'Kein Tab\nDer Antrag ist vollständig.\tWniosek jest kompletny.\n' });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual([
      { line: 1, check: 'format', severity: 'error', message: 'The line has no tab between the German and the Polish text.' },
    ]);
  });

  test('prints an empty array for a clean file', () => {
    expect(run(['ok.tsv'], { 'ok.tsv': 'Ja.\tTak.\n' })).toEqual({ code: 0, stdout: '[]\n', stderr: '' });
  });

  test('exits with 2 and a message on stderr when the file cannot be read', () => {
    expect(run(['missing.tsv'], {})).toEqual({ code: 2, stdout: '', stderr: 'qa: cannot read missing.tsv (ENOENT)\n' });
  });

  test('exits with 2 and the usage without exactly one file', () => {
    const result = run([], {});
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^Usage: qa FILE\.tsv/);
  });
});
