// Character n-gram profiles (orders 1–3, words padded with "_") built once from the training text in
// ./data, and a naive-Bayes score of a word list under each profile.
import { GERMAN_TRAINING } from './data/de';
import { POLISH_TRAINING } from './data/pl';
import { CZECH_TRAINING, ENGLISH_TRAINING, FRENCH_TRAINING } from './data/others';
import { extractWords } from './features';

export const PROFILE_LANGUAGES = ['de', 'pl', 'en', 'cs', 'fr'] as const;
export type ProfileLanguage = (typeof PROFILE_LANGUAGES)[number];

const TRAINING: Record<ProfileLanguage, readonly string[]> = {
  de: GERMAN_TRAINING,
  pl: POLISH_TRAINING,
  en: ENGLISH_TRAINING,
  cs: CZECH_TRAINING,
  fr: FRENCH_TRAINING,
};

const ORDERS = [1, 2, 3] as const;
/** Additive smoothing: an n-gram never seen in a language counts as half an occurrence. */
const ALPHA = 0.5;

interface Profile {
  counts: Map<string, number>[]; // per order (index 0 = unigrams)
  totals: number[];
}

export interface NgramScores {
  /** Sum of log-probabilities of the n-grams under each profile (natural log). */
  logProb: Record<ProfileLanguage, number>;
  /** How many n-grams were scored. */
  grams: number;
}

export function ngramsOf(word: string): string[][] {
  const padded = `_${word}_`;
  return ORDERS.map((n) => {
    const grams: string[] = [];
    const chars = [...padded];
    for (let i = 0; i + n <= chars.length; i++) {
      const gram = chars.slice(i, i + n).join('');
      if (gram !== '_') grams.push(gram);
    }
    return grams;
  });
}

interface Scorer {
  /** Per order: each n-gram seen in some language → its log-probability under each profile (PROFILE_LANGUAGES order). */
  logs: Map<string, Float64Array>[];
  /** Per order: the log-probability of an n-gram no language has seen. */
  unseen: Float64Array[];
  /** Per word: its summed log-probabilities and n-gram count (words repeat a lot, and scoring is the hot path). */
  words: Map<string, { logProb: Float64Array; grams: number }>;
}

let cache: Scorer | null = null;
const WORD_CACHE_LIMIT = 100_000;

function countProfiles(): { profiles: Record<ProfileLanguage, Profile>; vocabulary: number[] } {
  const vocab = ORDERS.map(() => new Set<string>());
  const profiles = {} as Record<ProfileLanguage, Profile>;
  for (const lang of PROFILE_LANGUAGES) {
    const profile: Profile = { counts: ORDERS.map(() => new Map()), totals: ORDERS.map(() => 0) };
    for (const sentence of TRAINING[lang]) {
      for (const word of extractWords(sentence)) {
        ngramsOf(word.lower).forEach((grams, order) => {
          const counts = profile.counts[order] as Map<string, number>;
          for (const gram of grams) {
            counts.set(gram, (counts.get(gram) ?? 0) + 1);
            (vocab[order] as Set<string>).add(gram);
            profile.totals[order] = (profile.totals[order] as number) + 1;
          }
        });
      }
    }
    profiles[lang] = profile;
  }
  // One more type per order for everything never seen in any language.
  return { profiles, vocabulary: vocab.map((set) => set.size + 1) };
}

/** Turns the counts into log-probabilities once, so scoring is a lookup per n-gram. */
function build(): Scorer {
  const { profiles, vocabulary } = countProfiles();
  const denominators = ORDERS.map((_, order) =>
    PROFILE_LANGUAGES.map((lang) => (profiles[lang].totals[order] as number) + ALPHA * (vocabulary[order] as number)),
  );
  const logs = ORDERS.map((_, order) => {
    const table = new Map<string, Float64Array>();
    for (const lang of PROFILE_LANGUAGES) {
      for (const gram of (profiles[lang].counts[order] as Map<string, number>).keys()) {
        if (table.has(gram)) continue;
        table.set(
          gram,
          Float64Array.from(PROFILE_LANGUAGES, (l, i) => Math.log((((profiles[l].counts[order] as Map<string, number>).get(gram) ?? 0) + ALPHA) / (denominators[order] as number[])[i]!)),
        );
      }
    }
    return table;
  });
  const unseen = ORDERS.map((_, order) => Float64Array.from(PROFILE_LANGUAGES, (_l, i) => Math.log(ALPHA / (denominators[order] as number[])[i]!)));
  return { logs, unseen, words: new Map() };
}

function scoreWord(scorer: Scorer, word: string): { logProb: Float64Array; grams: number } {
  const known = scorer.words.get(word);
  if (known) return known;
  const logProb = new Float64Array(PROFILE_LANGUAGES.length);
  let grams = 0;
  ngramsOf(word).forEach((list, order) => {
    grams += list.length;
    for (const gram of list) {
      const logs = (scorer.logs[order] as Map<string, Float64Array>).get(gram) ?? (scorer.unseen[order] as Float64Array);
      for (let i = 0; i < logs.length; i++) logProb[i]! += logs[i]!;
    }
  });
  if (scorer.words.size >= WORD_CACHE_LIMIT) scorer.words.clear();
  const scored = { logProb, grams };
  scorer.words.set(word, scored);
  return scored;
}

/** Scores lower-cased words under every profile. */
export function scoreNgrams(words: readonly string[]): NgramScores {
  cache ??= build();
  const sums = new Float64Array(PROFILE_LANGUAGES.length);
  let grams = 0;
  for (const word of words) {
    const scored = scoreWord(cache, word);
    grams += scored.grams;
    for (let i = 0; i < sums.length; i++) sums[i]! += scored.logProb[i]!;
  }
  const logProb = { de: 0, pl: 0, en: 0, cs: 0, fr: 0 };
  PROFILE_LANGUAGES.forEach((lang, i) => (logProb[lang] = sums[i]!));
  return { logProb, grams };
}

