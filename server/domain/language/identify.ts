// Which language a segment is written in: German, Polish, something else, or nothing to judge.
//
// 'neutral' — no word worth judging is left once placeholders, URLs, e-mail addresses, numbers, dates,
//   codes (tokens with digits, upper-case tokens of up to four letters: "AZ 12-3/2019", "EU") and the
//   proper names both languages write alike (data/sharedNames.ts: "Görlitz", "Jelenia Góra") are
//   removed. Names the other language translates ("Dresden" → "Drezno") are words and get judged.
// 'other'   — only for four words or more, when another language (English, Czech, French; Spanish,
//   Italian and Dutch by function words only) clearly beats both German and Polish *and* shows its own
//   function words or letters. Anything less stays German or Polish.
// 'de'/'pl' — short segments (under four words) keep the document's language (German unless told
//   otherwise) unless the evidence for the other one, less the evidence for the document's language,
//   reaches two points: a word with its own letters (ł, ą … or ä, ß …: one point), a word with its own
//   ending (-owanie, -ości … or -ung, -keit …: one point), each of its function words (one point each)
//   and a clear n-gram lead (one point; two for ten letters or more and a lead of a nat per n-gram).
//   Wrongly calling a German heading Polish would skip its translation; the reverse only sends a
//   Polish heading to translation, so the rule leans German.
//   Longer segments add n-gram log-probabilities, function words, letters and the prior.
import type { FunctionWordLanguage } from './data/functionWords';
import { extractFeatures, type Features } from './features';
import { PROFILE_LANGUAGES, scoreNgrams, type NgramScores, type ProfileLanguage } from './profiles';

export type IdentifiedLanguage = 'de' | 'pl' | 'other' | 'neutral';
export type MainLanguage = 'de' | 'pl';

export interface IdentifyOptions {
  /** The language the document is written in: the prior, and the default for short segments. Default 'de'. */
  documentLanguage?: MainLanguage;
}

export type IdentifyReason = 'no_words' | 'short_default' | 'short_evidence' | 'scores' | 'other_language';

export interface LanguageIdentification {
  language: IdentifiedLanguage;
  reason: IdentifyReason;
  /** The words judged, lower-cased. */
  words: string[];
  letters: Features['letters'];
  endings: Features['endings'];
  functionWords: Record<FunctionWordLanguage, number>;
  /** Average n-gram log-probability per profile (0 when there are no words). */
  ngramPerGram: Record<ProfileLanguage, number>;
  /** Short segments: the points for switching to the other main language, and against it. */
  points: { for: number; against: number } | null;
  /** Long segments: the combined scores (higher is better); 'other' is the best non-main language. */
  scores: { de: number; pl: number; other: number } | null;
}

/** Below this many words a segment is short and keeps the document's language without strong evidence. */
export const SHORT_SEGMENT_WORDS = 4;
const POINTS_TO_SWITCH = 2;
/**
 * Average n-gram log-probability lead (nats per n-gram) that counts as one point, and as two. German
 * headings lead German-ward by 0.4–2.2; the most Polish-looking one seen, the loanword "Downloads",
 * leans 0.8 towards Polish — hence two points only from 1.0 and ten letters on.
 */
const NGRAM_LEAD_ONE_POINT = 0.6;
const NGRAM_LEAD_TWO_POINTS = 1.0;
/** Letters a word list needs before its n-gram lead counts at all, and before it can count twice. */
const NGRAM_MIN_LETTERS = 6;
const NGRAM_MIN_LETTERS_TWO_POINTS = 10;
/** Long segments: nats per function word, per word with own letters, and for the document's language. */
const FUNCTION_WORD_WEIGHT = 2;
const LETTER_WEIGHT = 4;
const PRIOR_WEIGHT = 2;
/** Long segments: the lead another language needs over German and Polish, and its own evidence. */
const OTHER_MARGIN = 8;
const OTHER_MIN_EVIDENCE = 2;

const OTHER_PROFILES: ProfileLanguage[] = PROFILE_LANGUAGES.filter((l) => l !== 'de' && l !== 'pl');
const FUNCTION_WORD_ONLY: FunctionWordLanguage[] = ['es', 'it', 'nl'];

function perGram(ngrams: NgramScores): Record<ProfileLanguage, number> {
  const out = { de: 0, pl: 0, en: 0, cs: 0, fr: 0 };
  if (ngrams.grams === 0) return out;
  for (const lang of PROFILE_LANGUAGES) out[lang] = ngrams.logProb[lang] / ngrams.grams;
  return out;
}

/** Points for `lang` in a short segment. */
function shortPoints(lang: MainLanguage, features: Features, lead: number, letterCount: number): number {
  let points = Math.min(features.letters[lang], 1) + Math.min(features.endings[lang], 1) + features.functionWords[lang];
  if (letterCount >= NGRAM_MIN_LETTERS_TWO_POINTS && lead >= NGRAM_LEAD_TWO_POINTS) points += 2;
  else if (letterCount >= NGRAM_MIN_LETTERS && lead >= NGRAM_LEAD_ONE_POINT) points += 1;
  return points;
}

function combinedScores(features: Features, ngrams: NgramScores, prior: MainLanguage) {
  const fw = features.functionWords;
  const main = (lang: MainLanguage) =>
    ngrams.logProb[lang] +
    FUNCTION_WORD_WEIGHT * fw[lang] +
    LETTER_WEIGHT * features.letters[lang] +
    (lang === prior ? PRIOR_WEIGHT : 0);
  const functionWordOnly = FUNCTION_WORD_ONLY.reduce((sum, lang) => sum + fw[lang], 0);
  const other = Math.max(
    ...OTHER_PROFILES.map((lang) => ngrams.logProb[lang] + FUNCTION_WORD_WEIGHT * fw[lang]),
  ) + FUNCTION_WORD_WEIGHT * functionWordOnly + LETTER_WEIGHT * features.letters.other;
  return { de: main('de'), pl: main('pl'), other };
}

/** Text longer than this is judged by a sample of it (identificationSample). */
export const IDENTIFY_SAMPLE_CHARS = 30_000;
const SAMPLE_WINDOWS = 10;

/**
 * What is judged of `text`: all of it up to IDENTIFY_SAMPLE_CHARS, else ten windows spread evenly from its
 * start to its end, each cut back to whole words, joined by spaces. The evidence of thousands of words
 * decides as surely as that of hundreds of thousands, and judging a paragraph of megabytes whole made
 * its words, n-grams and letters, a hundred-odd bytes of memory a character: on the thread that segments
 * a large upload, gigabytes.
 */
export function identificationSample(text: string): string {
  if (text.length <= IDENTIFY_SAMPLE_CHARS) return text;
  const width = Math.floor(IDENTIFY_SAMPLE_CHARS / SAMPLE_WINDOWS);
  const step = (text.length - width) / (SAMPLE_WINDOWS - 1);
  const windows: string[] = [];
  for (let i = 0; i < SAMPLE_WINDOWS; i++) {
    const from = Math.round(i * step);
    const window = text.slice(from, from + width);
    // Whole words: after the first whitespace (unless the window starts the text), up to the last one
    // (unless it ends the text). A window without whitespace is taken as it is.
    const space = from === 0 ? -1 : window.search(/\s/);
    if (from !== 0 && space === -1) {
      windows.push(window);
      continue;
    }
    const first = space + 1;
    const last = from + width >= text.length ? window.length : Math.max(window.lastIndexOf(' '), window.lastIndexOf('\n'));
    windows.push(window.slice(first, last > first ? last : window.length));
  }
  return windows.join(' ');
}

export function identifyLanguageDetailed(text: string, options: IdentifyOptions = {}): LanguageIdentification {
  const prior = options.documentLanguage ?? 'de';
  const alternative: MainLanguage = prior === 'de' ? 'pl' : 'de';
  const features = extractFeatures(identificationSample(text));
  const words = features.words.map((w) => w.lower);
  const ngrams = scoreNgrams(words);
  const base = {
    words,
    letters: features.letters,
    endings: features.endings,
    functionWords: features.functionWords,
    ngramPerGram: perGram(ngrams),
  };
  if (!words.some((w) => [...w].length >= 2)) {
    return { ...base, language: 'neutral', reason: 'no_words', points: null, scores: null };
  }

  if (words.length < SHORT_SEGMENT_WORDS) {
    const letterCount = words.reduce((sum, w) => sum + [...w].length, 0);
    const lead = base.ngramPerGram[alternative] - base.ngramPerGram[prior];
    const points = {
      for: shortPoints(alternative, features, lead, letterCount),
      against: shortPoints(prior, features, -lead, letterCount),
    };
    const switches = points.for - points.against >= POINTS_TO_SWITCH;
    return {
      ...base,
      language: switches ? alternative : prior,
      reason: switches ? 'short_evidence' : 'short_default',
      points,
      scores: null,
    };
  }

  const scores = combinedScores(features, ngrams, prior);
  const bestMain: MainLanguage = scores[alternative] > scores[prior] ? alternative : prior;
  const otherEvidence =
    features.letters.other +
    Object.entries(features.functionWords)
      .filter(([lang]) => lang !== 'de' && lang !== 'pl')
      .reduce((sum, [, n]) => sum + n, 0);
  if (scores.other - scores[bestMain] >= OTHER_MARGIN && otherEvidence >= OTHER_MIN_EVIDENCE) {
    return { ...base, language: 'other', reason: 'other_language', points: null, scores };
  }
  return { ...base, language: bestMain, reason: 'scores', points: null, scores };
}

export function identifyLanguage(text: string, options: IdentifyOptions = {}): IdentifiedLanguage {
  return identifyLanguageDetailed(text, options).language;
}
