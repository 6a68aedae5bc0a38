import { markRepetitions, sourceKey, transferTarget } from '../../../server/domain/repetitions/sourceKey';

describe('sourceKey', () => {
  test.each([
    ['Die Teilnehmer berieten.', 'Die Teilnehmer berieten.'],
    ['  Die   Teilnehmer\nberieten. ', 'Die Teilnehmer berieten.'],
    ['Über {3}neue{/3} Projekte{4/}', 'Über {1}neue{/1} Projekte{2/}'],
    ['Gro\u0308ße Pläne', 'Größe Pläne'],
  ])('normalizes %j to %j', (source, key) => {
    expect(sourceKey(source)).toBe(key);
  });

  test('keeps case and punctuation: they change the translation', () => {
    expect(sourceKey('Das Treffen.')).not.toBe(sourceKey('das Treffen.'));
    expect(sourceKey('Das Treffen.')).not.toBe(sourceKey('Das Treffen!'));
  });
});

describe('transferTarget', () => {
  test('renumbers placeholders by position from one twin to the other', () => {
    expect(transferTarget('Omówiono {1}nowe{/1} projekty{2/}', 'Über {1}neue{/1} Projekte{2/}', 'Über {3}neue{/3} Projekte{4/}')).toBe(
      'Omówiono {3}nowe{/3} projekty{4/}',
    );
  });
  test('leaves text without placeholders alone', () => {
    expect(transferTarget('Spotkanie.', 'Treffen.', 'Treffen.')).toBe('Spotkanie.');
  });
});

describe('markRepetitions', () => {
  test('flags every occurrence after the first, and keys seen in earlier documents', () => {
    expect(markRepetitions(['a', 'b', 'a', 'c', 'b'], new Set(['c']))).toEqual([false, false, true, true, true]);
  });
});
