// German source matching: inflected forms and umlaut plurals count, compounds only for terms that allow
// them, and hits carry offsets into the source as stored (placeholders included).
import { bestCpuMs, cpuMs } from '../../support/cpuTime';
import { findTermsInSource, matchGermanWord, type SourceTerm } from '../../../server/domain/glossary';
import { indexTermsInSteps } from '../../../server/domain/glossary/german';

const term = (de: string, extra: Partial<SourceTerm> = {}): SourceTerm => ({ de, caseSensitive: false, compound: false, ...extra });

/** The surface forms found for one term. */
const found = (source: string, t: SourceTerm): string[] => findTermsInSource(source, [t]).map((hit) => hit.text);

describe('findTermsInSource: forms of a term that count', () => {
  test.each([
    ['Grenzraum', 'Wir leben im Grenzraum.', ['Grenzraum']],
    ['Grenzraum', 'Die Entwicklung des Grenzraumes ist wichtig.', ['Grenzraumes']],
    ['Grenzraum', 'Die Entwicklung des Grenzraums ist wichtig.', ['Grenzraums']],
    ['Grenzraum', 'Beide Grenzräume wachsen.', ['Grenzräume']],
    ['Grenzraum', 'In den Grenzräumen leben viele.', ['Grenzräumen']],
    ['Grenzraum', 'Die EU-Grenzraum-Strategie', ['Grenzraum']],
    ['Freistaat Sachsen', 'Die Regierung des Freistaates Sachsen lädt ein.', ['Freistaates Sachsen']],
    ['Freistaat Sachsen', 'Gefördert vom Freistaat Sachsen.', ['Freistaat Sachsen']],
    ['Freistaat Sachsen', 'Gefördert vom Freistaats Sachsen.', ['Freistaats Sachsen']],
    ['Euroregion Neisse', 'Die Euroregion Neiße feiert.', ['Euroregion Neiße']],
    ['grenzüberschreitende Zusammenarbeit', 'Ziel ist grenzüberschreitender Zusammenarbeit zu dienen.', ['grenzüberschreitender Zusammenarbeit']],
    ['grenzüberschreitende Zusammenarbeit', 'Die Grenzüberschreitende Zusammenarbeit wächst.', ['Grenzüberschreitende Zusammenarbeit']],
    ['Landkreis Görlitz', 'Der Landrat des Landkreises Görlitz sprach.', ['Landkreises Görlitz']],
    ['Kleinprojektefonds', 'Aus dem Kleinprojektefonds gefördert.', ['Kleinprojektefonds']],
    ['EU', 'Mit EU-Mitteln gefördert.', ['EU']],
    ['Sächsische Staatskanzlei', 'Ein Vertreter der Sächsischen Staatskanzlei', ['Sächsischen Staatskanzlei']],
    ['Gemeinde', 'In allen Gemeinden der Region', ['Gemeinden']],
    ['Stadt', 'Die Städte an der Neiße', ['Städte']],
  ])('"%s" in "%s"', (de, source, forms) => {
    expect(found(source, term(de))).toEqual(forms);
  });
});

describe('findTermsInSource: what does not count', () => {
  test.each([
    ['a compound, for a term not marked compound-friendly', 'Grenzraum', 'Die Grenzraumstudie liegt vor.'],
    ['punctuation between the words', 'Freistaat Sachsen', 'Es war ein Freistaat. Sachsen folgte.'],
    ['another word between the words', 'Landkreis Görlitz', 'Landkreis und Stadt Görlitz'],
    ['a longer word with the same start', 'EU', 'Die EUR-Preise'],
    ['a short term inflected', 'EU', 'Die EUs'],
    ['an unrelated word', 'Grenzraum', 'Grenzen verbinden.'],
    ['a word the term ends', 'Raum', 'Im Grenzraum'],
  ])('%s', (_label, de, source) => {
    expect(found(source, term(de))).toEqual([]);
  });
});

describe('findTermsInSource: compound-friendly terms', () => {
  test.each([
    ['a compound the term starts', 'Grenzraum', 'Die Grenzraumstudie liegt vor.', ['Grenzraumstudie']],
    ['an inflected compound it starts', 'Grenzraum', 'Zwei Grenzraumstudien liegen vor.', ['Grenzraumstudien']],
    ['the term itself', 'Grenzraum', 'Im Grenzraum', ['Grenzraum']],
    ['a compound the term ends, lower-cased inside', 'Studie', 'Die Machbarkeitsstudie liegt vor.', ['Machbarkeitsstudie']],
    ['an inflected compound the term ends', 'Studie', 'Zwei Machbarkeitsstudien liegen vor.', ['Machbarkeitsstudien']],
  ])('%s', (_label, de, source, forms) => {
    expect(found(source, term(de, { compound: true }))).toEqual(forms);
  });

  test('a term inside the middle of a compound does not count', () => {
    expect(found('Die Grenzraumstudie', term('raum', { compound: true }))).toEqual([]);
  });

  test('a compound needs three more letters', () => {
    expect(found('Im Grenzraumes', term('Grenzraum', { compound: true }))).toEqual(['Grenzraumes']);
    expect(findTermsInSource('Im Grenzraumes', [term('Grenzraum', { compound: true })])[0]!.kind).toBe('inflected');
  });
});

describe('findTermsInSource: case', () => {
  test('matches in any case unless the term is case-sensitive', () => {
    expect(found('BUND und Land', term('Bund'))).toEqual(['BUND']);
    expect(found('BUND und Land', term('Bund', { caseSensitive: true }))).toEqual([]);
    expect(found('Bundes und Land', term('Bund', { caseSensitive: true }))).toEqual(['Bundes']);
  });
});

describe('findTermsInSource: hits', () => {
  test('carry offsets, the text as written and how it matched, ordered by position', () => {
    const terms = [term('Freistaat Sachsen'), term('Grenzraum', { compound: true }), term('Freistaat')];
    const source = 'Im Grenzraum des Freistaates Sachsen entsteht eine Grenzraumstudie.';
    expect(findTermsInSource(source, terms)).toEqual([
      { term: terms[1], start: 3, end: 12, text: 'Grenzraum', kind: 'exact' },
      { term: terms[0], start: 17, end: 36, text: 'Freistaates Sachsen', kind: 'inflected' },
      { term: terms[2], start: 17, end: 28, text: 'Freistaates', kind: 'inflected' },
      { term: terms[1], start: 51, end: 66, text: 'Grenzraumstudie', kind: 'compound' },
    ]);
  });

  test('count offsets in the source with its placeholders', () => {
    const t = term('Euroregion Neisse');
    const source = 'Die {1}Euroregion{/1} Neisse lädt ein.';
    expect(findTermsInSource(source, [t])).toEqual([{ term: t, start: 7, end: 28, text: 'Euroregion{/1} Neisse', kind: 'exact' }]);
  });

  test('never take placeholder numbers for words', () => {
    expect(findTermsInSource('{1}Text{/1}', [term('1')])).toEqual([]);
  });

  test('report a term each time it occurs', () => {
    expect(found('Gemeinde für Gemeinde', term('Gemeinde'))).toEqual(['Gemeinde', 'Gemeinde']);
  });

  test('are found in a large glossary through the index', () => {
    const terms = Array.from({ length: 5000 }, (_, i) => term(`Fachbegriff${i}`));
    terms.push(term('Grenzraum'));
    const used = cpuMs(() => {
      for (let i = 0; i < 200; i++) findTermsInSource('Im Grenzraum wohnen Menschen mit Fachbegriff17 und Fachbegriff4999.', terms);
    });
    expect(used).toBeLessThan(2000);
    expect(found('Fachbegriff17 im Grenzraum', terms[17]!)).toEqual(['Fachbegriff17']);
    expect(findTermsInSource('Fachbegriff17 im Grenzraum', terms).map((hit) => hit.text)).toEqual(['Fachbegriff17', 'Grenzraum']);
  });
});

// Thousands of terms sharing a first word ("Landkreis Görlitz", "Landkreis Bautzen" …): indexed by their
// first two words, an occurrence of the shared word is compared with the terms of the pair only. By the
// first word alone, each "Landkreis" of a source was compared with all of them: seconds for one segment.
describe('findTermsInSource: many terms sharing a first word', () => {
  const terms = Array.from({ length: 20_000 }, (_, i) => term(`Landkreis Ort${i}`));
  terms.push(term('Landkreis'), term('Landkreis Görlitz'));

  test('finds the terms of a pair, inflected, beside the one-word term', () => {
    expect(findTermsInSource('Im Landkreises Görlitz und im Landkreis Ort17.', terms).map((hit) => [hit.text, hit.term.de, hit.kind])).toEqual([
      ['Landkreises Görlitz', 'Landkreis Görlitz', 'inflected'],
      ['Landkreises', 'Landkreis', 'inflected'],
      ['Landkreis Ort17', 'Landkreis Ort17', 'exact'],
      ['Landkreis', 'Landkreis', 'exact'],
    ]);
  });

  test('a source of 5,000 characters of the shared word takes less than 50 ms of CPU', () => {
    const source = 'Landkreis '.repeat(500);
    findTermsInSource(source, terms); // indexes the glossary
    expect(bestCpuMs(() => findTermsInSource(source, terms))).toBeLessThan(50);
    expect(findTermsInSource(source, terms)).toHaveLength(500);
  });
});

// The index of a large glossary is built a step at a time by a caller that lets other work run between
// the steps (commands/glossary/projectTerms.ts); the finished index is the one searches then use.
describe('indexTermsInSteps', () => {
  test('stops after each step of terms, and leaves the index a search would have built', () => {
    const terms = Array.from({ length: 5_001 }, (_, i) => term(i % 2 ? `Begriff${i}` : `Der Begriff${i}`));
    const steps = indexTermsInSteps(terms, 1_000);
    let paused = 0;
    for (const _step of steps) paused++;
    expect(paused).toBe(5);
    const used = cpuMs(() => findTermsInSource('Der Begriff4000 und Begriff17.', terms));
    expect(findTermsInSource('Der Begriff4000 und Begriff17.', terms).map((hit) => hit.text)).toEqual(['Der Begriff4000', 'Begriff17']);
    // Indexed already: the search only looks up its words.
    expect(used).toBeLessThan(20);
  });

  test('does nothing for an array a search has indexed meanwhile', () => {
    const terms = Array.from({ length: 3_000 }, (_, i) => term(`Wort${i}`));
    const steps = indexTermsInSteps(terms, 1_000);
    steps.next();
    findTermsInSource('Wort1', terms);
    expect([...steps]).toHaveLength(0);
  });
});

describe('matchGermanWord', () => {
  test.each([
    ['Grenzraum', 'Grenzraum', 'exact'],
    ['grenzraum', 'Grenzraum', 'exact'],
    ['Grenzraumes', 'Grenzraum', 'inflected'],
    ['Grenzräume', 'Grenzraum', 'inflected'],
    ['Väter', 'Vater', 'inflected'],
    ['Straße', 'Strasse', 'exact'],
    ['Grenzraumstudie', 'Grenzraum', null],
    ['Bär', 'Bar', null],
  ])('%s for %s: %s', (word, termWord, how) => {
    expect(matchGermanWord(word, termWord, false)).toBe(how);
  });
});
