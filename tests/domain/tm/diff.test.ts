import { wordDiff, type TmDiffPart } from '../../../server/domain/tm';
import { bestCpuMs } from '../../support/cpuTime';

const text = (parts: TmDiffPart[], without: TmDiffPart['op']): string => parts.filter((p) => p.op !== without).map((p) => p.text).join('');

describe('tm wordDiff (from the match source to the query)', () => {
  it.each<[string, string, TmDiffPart[]]>([
    ['Der Antrag wurde genehmigt.', 'Der Antrag wurde genehmigt.', [{ op: 'equal', text: 'Der Antrag wurde genehmigt.' }]],
    [
      'Der Antrag wurde genehmigt.',
      'Der Antrag wurde heute genehmigt.',
      [
        { op: 'equal', text: 'Der Antrag wurde' },
        { op: 'insert', text: ' heute' },
        { op: 'equal', text: ' genehmigt.' },
      ],
    ],
    [
      '{1}Hinweis{/1}: Antrag stellen.',
      '{2}Hinweis{/2}: Antrag stellen!',
      [
        { op: 'delete', text: '{1}' },
        { op: 'insert', text: '{2}' },
        { op: 'equal', text: 'Hinweis' },
        { op: 'delete', text: '{/1}' },
        { op: 'insert', text: '{/2}' },
        { op: 'equal', text: ': Antrag stellen' },
        { op: 'delete', text: '.' },
        { op: 'insert', text: '!' },
      ],
    ],
    ['Antrag', '', [{ op: 'delete', text: 'Antrag' }]],
    ['', 'Antrag', [{ op: 'insert', text: 'Antrag' }]],
  ])('%j → %j', (from, to, expected) => {
    expect(wordDiff(from, to)).toEqual(expected);
  });

  it('rebuilds the query from equal and inserted parts, and the source from equal and deleted ones', () => {
    const from = 'Am 31.01.2019 tagt der Rat der Stadt Görlitz-Zgorzelec im Rathaus.';
    const to = 'Am 30.01.2019 tagt der Kreisrat der Stadt Görlitz-Zgorzelec, {1}öffentlich{/1}.';
    const parts = wordDiff(from, to);
    expect(text(parts, 'delete')).toBe(to);
    expect(text(parts, 'insert')).toBe(from);
  });

  // Bounded work (domain/text/boundedDiff.ts): a match is shown beside every lookup.
  it('shows two sources too unlike for the bounded diff as one deletion and one insertion, at once', () => {
    const from = Array.from({ length: 2_000 }, (_, i) => `Antrag${i}`).join(' ');
    const to = Array.from({ length: 2_000 }, (_, i) => `Bescheid${i}`).join(' ');
    expect(wordDiff(from, to)).toEqual([
      { op: 'delete', text: from },
      { op: 'insert', text: to },
    ]);
    expect(bestCpuMs(() => wordDiff(from, to))).toBeLessThan(50);
  });
});
