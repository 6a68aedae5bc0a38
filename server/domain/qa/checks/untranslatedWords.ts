// German words left in the Polish target. Conservative on purpose: only lower-case German function
// words that are no Polish words ("im", "wie" and "to" are Polish), and words with ä, ö, ü or ß, which
// Polish does not have. A word is fine when it is a particle of a name the target keeps from the source
// ("Görlitz an der Neiße", "Haus der Begegnung"), or is a well-known name (Görlitz, Müller …) or a
// capitalized word of the source, also inflected in Polish ("Müllera").
import { rememberedPerText, proseOf, isCapitalized, wordsOf } from '../text';
import type { QaCheck } from '../types';

export const GERMAN_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'und', 'oder',
  'für', 'mit', 'über', 'von', 'vom', 'zum', 'zur', 'auf', 'aus', 'bei', 'nach', 'durch', 'gegen', 'ohne',
  'unter', 'zwischen', 'sowie', 'ist', 'sind', 'wird', 'werden', 'wurde', 'wurden', 'nicht', 'auch', 'sich',
  'dass', 'diese', 'dieser', 'dieses', 'haben', 'hat', 'kann', 'können',
]);

/** Names with German letters that Polish texts keep (inflected forms start with them: "Müllera"). */
export const ALLOWED_NAMES: readonly string[] = [
  'Görlitz', 'Löbau', 'Zittau', 'Bautzen', 'Weißwasser', 'Großschönau', 'Großhennersdorf', 'Oderwitz',
  'Ebersbach', 'Neusalza', 'Kreba', 'Rothenburg', 'Reichenbach', 'Königshain', 'Schönau', 'Görlitzer',
  'Sächsische', 'Dürrhennersdorf', 'Jonsdorf', 'Oybin', 'Bad Muskau', 'Fürst-Pückler', 'Pückler',
  'Düsseldorf', 'Köln', 'München', 'Nürnberg', 'Lübeck', 'Würzburg', 'Göttingen', 'Tübingen', 'Thüringen',
  'Müller', 'Schäfer', 'Schröder', 'Schütz', 'Jäger', 'Köhler', 'Günther', 'Jürgen', 'Jörg', 'Björn',
  'Sören', 'Käthe', 'Wölfel', 'Böhme', 'Krüger', 'Schröter', 'Fröhlich',
];

/** Function words that occur inside names ("Haus der Begegnung", "Görlitz an der Neiße"). */
const NAME_PARTICLES: ReadonlySet<string> = new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'von', 'vom', 'zum', 'zur', 'auf', 'bei']);

const GERMAN_LETTER = /[äöüÄÖÜß]/u;
const NAME_WORDS = ALLOWED_NAMES.flatMap((name) => name.split(/[\s-]/u));

/** Both at least four letters and one starts with the other: "Müllera" and "Müller", "Görlitz" and "Görlitzer". */
function sameStem(a: string, b: string): boolean {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  return x.length >= 4 && y.length >= 4 && (x.startsWith(y) || y.startsWith(x));
}

/** The source's prose and the names a target may keep from it: its capitalized words and the known names. */
const sourceNames = rememberedPerText((source) => {
  const sourceText = proseOf(source);
  return { sourceText, names: [...NAME_WORDS, ...wordsOf(sourceText).map(({ word }) => word).filter(isCapitalized)] };
});

export const untranslatedWords: QaCheck = {
  id: 'untranslated_words',
  defaultSeverity: 'warning',
  codes: { 'qa.untranslated_words.german_word': ['word'] },
  run(source, target) {
    const prose = proseOf(target);
    const words = wordsOf(prose);
    const { sourceText, names } = sourceNames(source);
    /** A particle next to a capitalized word, the two as they stand in the source: part of a name. */
    const inKeptName = (i: number) =>
      [i - 2, i - 1, i + 1, i + 2].some((j) => {
        const other = words[j];
        if (!other || !isCapitalized(other.word)) return false;
        const [from, to] = j < i ? [other, words[i]!] : [words[i]!, other];
        return sourceText.includes(prose.slice(from.start, to.end));
      });
    const found = new Set<string>();
    words.forEach(({ word }, i) => {
      const german = GERMAN_FUNCTION_WORDS.has(word)
        ? !(NAME_PARTICLES.has(word) && inKeptName(i))
        : GERMAN_LETTER.test(word) && !names.some((name) => sameStem(word, name));
      if (german) found.add(word);
    });
    return [...found].map((word) => ({ code: 'qa.untranslated_words.german_word', params: { word } }));
  },
};
