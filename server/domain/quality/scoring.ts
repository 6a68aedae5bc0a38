// MQM scoring: the penalty points of the annotations (each severity's weight), per 1,000 words of
// evaluated target, and pass/fail against the project's threshold. The quality score beside it is
// MQM's "overall quality score" with a scaling of 100: 100 − penalty per 100 words, never below 0.
import type { LqaSeverity, LqaWeights } from './types';

export const REFERENCE_WORDS = 1000;

export interface MqmScore {
  penaltyPoints: number;
  evaluatedWords: number;
  /** Penalty points per 1,000 evaluated words; null when nothing was evaluated. */
  penaltyPer1000: number | null;
  /** 0–100; null when nothing was evaluated. */
  qualityScore: number | null;
  threshold: number;
  /** Passed when the penalty per 1,000 words is at most the threshold; null when nothing was evaluated. */
  passed: boolean | null;
}

/** Rounds to two decimals, so equal inputs give equal figures in JSON, HTML and PDF. */
export const round2 = (value: number): number => Math.round(value * 100) / 100;

export function penaltyPoints(severities: Iterable<LqaSeverity>, weights: LqaWeights): number {
  let total = 0;
  for (const severity of severities) total += weights[severity];
  return total;
}

export function mqmScore(severities: Iterable<LqaSeverity>, evaluatedWords: number, weights: LqaWeights, threshold: number): MqmScore {
  const points = penaltyPoints(severities, weights);
  if (evaluatedWords <= 0) return { penaltyPoints: round2(points), evaluatedWords: 0, penaltyPer1000: null, qualityScore: null, threshold, passed: null };
  const per1000 = (points * REFERENCE_WORDS) / evaluatedWords;
  return {
    penaltyPoints: round2(points),
    evaluatedWords,
    penaltyPer1000: round2(per1000),
    qualityScore: round2(Math.max(0, 100 - per1000 / 10)),
    threshold,
    passed: per1000 <= threshold,
  };
}
