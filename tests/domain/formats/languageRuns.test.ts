import { languageRuns } from '../../../server/domain/formats/languageRuns';

describe('languageRuns', () => {
  it('gives a one-line block one run in the language it is written in', () => {
    const german = 'Der Landkreis fördert Vereine und Initiativen im ländlichen Raum.';
    const polish = 'Akcją dowodził kpt. Marek Wilk z Komendy Powiatowej w Zgorzelcu.';
    expect(languageRuns(german, 0, 'de')).toEqual([{ start: 0, end: german.length, lang: 'de' }]);
    expect(languageRuns(polish, 0, 'de')).toEqual([{ start: 0, end: polish.length, lang: 'pl' }]);
  });

  it('splits a block of several lines into runs of one language each; lines without a language stay with the run before', () => {
    const text = 'Die Förderung wird im Mai ausgezahlt.\nWniosek należy złożyć do końca kwietnia w urzędzie gminy.\n2024\nDotacja wynosi do 85 proc. kosztów.';
    const firstBreak = text.indexOf('\n');
    expect(languageRuns(text, 0, 'de')).toEqual([
      { start: 0, end: firstBreak, lang: 'de' },
      { start: firstBreak, end: text.length, lang: 'pl' },
    ]);
  });

  it('gives a line with a German and a Polish sentence a run for each, cut between the sentences', () => {
    const text = 'Am 30. und 31. Januar 2019 fand in Dresden das 4. Treffen statt. Miasto Zgorzelec zaprasza wszystkich mieszkańców na festyn.';
    const cut = text.indexOf('Miasto');
    expect(languageRuns(text, 0, 'de')).toEqual([
      { start: 0, end: cut, lang: 'de' },
      { start: cut, end: text.length, lang: 'pl' },
    ]);
  });

  it('keeps the fragments German rules would cut from a Polish paragraph in one Polish run', () => {
    const text = 'Akcją dowodził kpt. Marek Wilk. Na miejscu był też mł. insp. Adam Kruk z komendy w Zgorzelcu.';
    expect(languageRuns(text, 0, 'de')).toEqual([{ start: 0, end: text.length, lang: 'pl' }]);
  });

  it('starts after the characters a block keeps in the skeleton', () => {
    const text = '[x] Wniosek należy złożyć do końca kwietnia w urzędzie gminy.';
    expect(languageRuns(text, 4, 'de')).toEqual([{ start: 4, end: text.length, lang: 'pl' }]);
  });

  it('does not end a run at a line break inside a pair of placeholders', () => {
    const text = '{1}Die Förderung wird im Mai ausgezahlt.\nWniosek należy złożyć do końca kwietnia w urzędzie gminy.{/1}';
    expect(languageRuns(text, 0, 'de')).toHaveLength(1);
  });
});
