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

let cache: { profiles: Record<ProfileLanguage, Profile>; vocabulary: number[] } | null = null;

function build(): NonNullable<typeof cache> {
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

/** Scores lower-cased words under every profile. */
export function scoreNgrams(words: readonly string[]): NgramScores {
  cache ??= build();
  const { profiles, vocabulary } = cache;
  const logProb = { de: 0, pl: 0, en: 0, cs: 0, fr: 0 };
  let grams = 0;
  for (const word of words) {
    ngramsOf(word).forEach((list, order) => {
      grams += list.length;
      for (const lang of PROFILE_LANGUAGES) {
        const profile = profiles[lang];
        const counts = profile.counts[order] as Map<string, number>;
        const denominator = (profile.totals[order] as number) + ALPHA * (vocabulary[order] as number);
        for (const gram of list) logProb[lang] += Math.log(((counts.get(gram) ?? 0) + ALPHA) / denominator);
      }
    });
  }
  return { logProb, grams };
}
