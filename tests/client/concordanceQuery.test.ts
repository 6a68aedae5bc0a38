import { asPhrase, concordanceQuery, MAX_CONCORDANCE_QUERY } from '../../client/src/lib/concordanceQuery';

describe('concordanceQuery', () => {
  it('searches words selected in a source as a German phrase', () => {
    expect(concordanceQuery({ text: ' Förderung kleiner\nProjekte ', side: 'source' }, 'Die Förderung kleiner Projekte beginnt.')).toEqual({
      query: '"Förderung kleiner Projekte"',
      lang: 'de',
    });
  });

  it('searches words selected in a target as a Polish phrase', () => {
    expect(concordanceQuery({ text: 'małych projektów', side: 'target' }, 'Die Förderung kleiner Projekte.')).toEqual({ query: '"małych projektów"', lang: 'pl' });
  });

  it('leaves placeholders and quotes out of the phrase', () => {
    expect(concordanceQuery({ text: 'sind {1}fett{/1} „markiert"', side: 'source' }, null)).toEqual({ query: '"sind fett markiert"', lang: 'de' });
  });

  it('searches the words of the active source when nothing (or no word) is selected', () => {
    const source = 'Wichtige Fristen sind {1}fett{/1} markiert.';
    expect(concordanceQuery(null, source)).toEqual({ query: 'Wichtige Fristen sind fett markiert.', lang: 'de' });
    expect(concordanceQuery({ text: ' – ', side: 'target' }, source)).toEqual({ query: 'Wichtige Fristen sind fett markiert.', lang: 'de' });
  });

  it('opens an empty German search without a segment, or for a source without words', () => {
    expect(concordanceQuery(null, null)).toEqual({ query: '', lang: 'de' });
    expect(concordanceQuery(null, '{1/} – {2/}')).toEqual({ query: '', lang: 'de' });
  });

  it('cuts a long text at a word end so that the query, quotes included, stays within the server limit', () => {
    const words = Array.from({ length: 120 }, (_, i) => `Wort${i}`).join(' ');
    const phrase = concordanceQuery({ text: words, side: 'source' }, null).query;
    expect(phrase.length).toBeLessThanOrEqual(MAX_CONCORDANCE_QUERY);
    expect(phrase).toBe(`"${words.slice(0, words.lastIndexOf(' ', MAX_CONCORDANCE_QUERY - 2))}"`);
    expect(concordanceQuery(null, words).query).toBe(phrase.slice(1, -1));
  });
});

describe('asPhrase', () => {
  it('puts the words in quotes', () => {
    expect(asPhrase('Förderung')).toBe('"Förderung"');
  });
});
