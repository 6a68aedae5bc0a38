// Finding a Polish term in a target text whatever its case form: "Województwo Dolnośląskie" is there in
// "Województwa Dolnośląskiego" and in "województwie dolnośląskim".
//
// The method: suffix rules, no dictionary.
//   1. Each word (of the term and of the text) is read as its stems: the word itself and the word less
//      each Polish case ending of ENDINGS it ends with (-iami -iach -iego -iemu -owie -ami -ach -ego -emu
//      -owi -ymi -imi -ych -ich -iej -iom -iem -iów -om -ów -em -ie -ej -ym -im -ia -ii -ię -ią -io -iu
//      -ą -ę -a -u -y -i -o -e), as long as at least STEM_FLOOR (3) letters remain: "gmina" → gmina,
//      gmin; "Nysie" → Nysie, Nysi, Nys; "Kraków" → Kraków, Krak. Words of three letters stay whole.
//   2. Two words match when a stem of one agrees with a stem of the other: equal after folding ó → o
//      and ą → ę (urząd/urzędu, Kraków/Krakowa), or different only by one of the stem-final consonant
//      alternations of Polish declension (ALTERNATIONS: powiat/powiecie, projekt/projekcie,
//      urząd/urzędzie, teatr/teatrze, Polska/Polsce, Zgorzelec/Zgorzelca, budynek/budynku,
//      Poznań/Poznaniu …), with at least two letters before the alternation.
//   3. A multi-word term matches consecutive words of the text, word by word, in order, separated only
//      by spaces, hyphens, dashes, quotes or placeholders (words.ts).
//   4. Lower case on both sides unless the term is case-sensitive; then the stems must agree letter
//      for letter in case too ("województwie" does not satisfy a case-sensitive "Województwo").
// It over-accepts rather than misses: a stem rule can take a related word for a form of the term
// (rare among multi-word terms, where every word must agree). The QA check built on it only warns.
import type { TextSpan } from '../text/span';
import { findRuns, wordsOf } from './words';

export const STEM_FLOOR = 3;

/** Case endings of Polish nouns and adjectives, longest first. */
export const ENDINGS: readonly string[] = [
  'iami', 'iach', 'iego', 'iemu', 'owie',
  'ami', 'ach', 'ego', 'emu', 'owi', 'ymi', 'imi', 'ych', 'ich', 'iej', 'iom', 'iem', 'iów',
  'om', 'ów', 'em', 'ie', 'ej', 'ym', 'im', 'ia', 'ii', 'ię', 'ią', 'io', 'iu',
  'ą', 'ę', 'a', 'u', 'y', 'i', 'o', 'e',
];

/** Stem-final alternations (either direction): [in one form, in another]. */
export const ALTERNATIONS: readonly (readonly [string, string])[] = [
  ['at', 'ec'], // powiat – powiecie, świat – świecie
  ['ad', 'edz'], // sąsiad – sąsiedzie
  ['ast', 'eśc'], // miasto – mieście
  ['niec', 'ńc'], // mieszkaniec – mieszkańca
  ['ec', 'c'], // Zgorzelec – Zgorzelca, Bolesławiec – Bolesławca
  ['ek', 'k'], // budynek – budynku
  ['t', 'c'], // projekt – projekcie, student – studenci
  ['d', 'dz'], // urząd – urzędzie
  ['r', 'rz'], // teatr – teatrze
  ['ł', 'l'], // szkoła – szkole
  ['k', 'c'], // Polska – Polsce, zgorzelecki – zgorzeleccy
  ['g', 'dz'], // droga – drodze
  ['ch', 'sz'], // mucha – musze
  ['st', 'śc'], // most – moście
  ['sł', 'śl'], // poseł – pośle
  ['zd', 'źdz'], // gwiazda – gwieździe
  ['sn', 'śn'], // wiosna – wiośnie
  ['ń', 'n'], // Poznań – Poznaniu
  ['ś', 's'], // gęś – gęsi
  ['ć', 'c'], // gość – gościa
  ['ź', 'z'], // gałąź – gałęzi
  ['dź', 'dz'], // łódź – łodzi
];

const lower = (text: string): string => text.toLocaleLowerCase('pl');

/** The word less its longest case ending (original letters and case), or the whole word. */
export function polishStem(word: string): string {
  const stems = polishStems(word);
  return stems[stems.length > 1 ? 1 : 0]!;
}

/** Every reading of the word: itself, then less each ending it ends with, longest ending first (step 1). */
export function polishStems(word: string): string[] {
  const nfc = word.normalize('NFC');
  const lowered = lower(nfc);
  const stems = [nfc];
  // toLocaleLowerCase keeps the length of Polish words; if it ever did not, compare whole words.
  if (lowered.length !== nfc.length) return stems;
  for (const ending of ENDINGS) {
    if (lowered.endsWith(ending) && lowered.length - ending.length >= STEM_FLOOR) stems.push(nfc.slice(0, nfc.length - ending.length));
  }
  return stems;
}

const foldVowels = (stem: string): string => stem.replace(/[óÓąĄ]/gu, (c) => ({ ó: 'o', Ó: 'O', ą: 'ę', Ą: 'Ę' })[c] ?? c);

/** Whether two stems are forms of one stem (step 2 of the method). */
export function stemsAgree(a: string, b: string, caseSensitive: boolean): boolean {
  const x = foldVowels(caseSensitive ? a : lower(a));
  const y = foldVowels(caseSensitive ? b : lower(b));
  if (x === y) return true;
  const lx = lower(x);
  const ly = lower(y);
  for (const [p, q] of ALTERNATIONS) {
    for (const [left, right] of [[p, q], [q, p]] as const) {
      if (!lx.endsWith(left) || !ly.endsWith(right)) continue;
      const px = x.slice(0, x.length - left.length);
      const py = y.slice(0, y.length - right.length);
      if (px.length >= 2 && px === py) return true;
    }
  }
  return false;
}

/** Whether a text word is a case form of a term word. */
export function polishWordMatches(word: string, termWord: string, caseSensitive: boolean): boolean {
  return stemSetsAgree(polishStems(word), polishStems(termWord), caseSensitive);
}

const stemSetsAgree = (a: readonly string[], b: readonly string[], caseSensitive: boolean): boolean =>
  a.some((x) => b.some((y) => stemsAgree(x, y, caseSensitive)));

export type { TextSpan };

/** Every occurrence of the Polish phrase in `text`, in any case form (offsets into `text` as given). */
export function findPolishTerm(text: string, term: string, caseSensitive: boolean): TextSpan[] {
  const parts = wordsOf(term).map((w) => polishStems(w.text));
  const words = wordsOf(text);
  return findRuns(text, words, parts.length, (word, k) => stemSetsAgree(polishStems(word.text), parts[k]!, caseSensitive)).map(([from, to]) => {
    const start = words[from]!.start;
    const end = words[to - 1]!.end;
    return { start, end, text: text.slice(start, end) };
  });
}

/** Whether the target has the Polish term in some case form. */
export function targetContainsTerm(target: string, polishTerm: string, caseSensitive: boolean): boolean {
  return findPolishTerm(target, polishTerm, caseSensitive).length > 0;
}

export interface ForbiddenHit extends TextSpan {
  /** The variant as the glossary lists it. */
  variant: string;
}

/**
 * Where the target uses a forbidden variant, in any case form and capitalization. With `allowed` (the
 * approved term), an occurrence inside the approved term is not counted: a variant "Saksonia" is no
 * offence inside "Wolne Państwo Saksonia". Ordered by position.
 */
export function forbiddenVariantsIn(
  target: string,
  variants: readonly string[],
  allowed?: { term: string; caseSensitive: boolean },
): ForbiddenHit[] {
  const permitted = allowed ? findPolishTerm(target, allowed.term, allowed.caseSensitive) : [];
  const inside = (span: TextSpan) => permitted.some((p) => p.start <= span.start && span.end <= p.end);
  const hits: ForbiddenHit[] = [];
  for (const variant of variants) {
    for (const span of findPolishTerm(target, variant, false)) if (!inside(span)) hits.push({ variant, ...span });
  }
  return hits.sort((a, b) => a.start - b.start || b.end - a.end);
}
