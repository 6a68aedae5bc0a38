// Sentence alignment: Gale–Church dynamic programming over sentence lengths plus anchors (./beadCost.ts),
// restricted to a band around the diagonal (./band.ts). The band starts narrow and doubles while the
// best path touches its edge (a deleted paragraph pushes the path off the diagonal), so 10,000 × 10,000
// sentences cost a few hundred thousand cells per pass instead of a hundred million.
import { MOVES, cellIndex, makeBand, onInnerEdge, pathBand, type Band } from './band';
import { createBeadCoster, type BeadCoster } from './beadCost';
import { beadPosteriors } from './posterior';
import type { AlignOptions, Bead } from './types';

export const DEFAULT_BAND = 32;
/**
 * Highest confidence of a bead leaving a sentence without counterpart (1-0, 0-1): below the editor's
 * "check this" mark (0.5), because an omission is where aligners err and a person should look.
 */
export const OMISSION_CONFIDENCE = 0.45;
/** Highest confidence of the beads right before and after an omission: a shifted pair hides there. */
export const NEXT_TO_OMISSION_CONFIDENCE = 0.75;
/** Half-width of the band around the best path inside which the posteriors are summed. */
export const POSTERIOR_BAND = 16;

/** A bead of the best path: it starts at cell (i, j) and takes di German and dj Polish sentences. */
export interface PathStep {
  i: number;
  j: number;
  di: number;
  dj: number;
}

/** The cheapest path through the band, and whether it runs along the band's edge somewhere. */
function bestPath(band: Band, coster: BeadCoster): { steps: PathStep[]; touchesEdge: boolean } {
  // Hot loop: module bindings and helpers are copied into locals (bundlers turn imports into getters).
  const { n, m, lo, hi, base } = band;
  const moves = MOVES;
  const cost = new Float64Array(band.cells).fill(Infinity);
  const move = new Int8Array(band.cells).fill(-1);
  cost[0] = 0;
  for (let i = 0; i <= n; i++) {
    const rowLo = lo[i] as number;
    const rowHi = hi[i] as number;
    const rowBase = (base[i] as number) - rowLo;
    for (let j = rowLo; j <= rowHi; j++) {
      let best = i === 0 && j === 0 ? 0 : Infinity;
      let bestMove = -1;
      for (let k = 0; k < moves.length; k++) {
        const shape = moves[k] as readonly [number, number];
        const pi = i - shape[0];
        const pj = j - shape[1];
        if (pi < 0 || pj < 0 || pj < (lo[pi] as number) || pj > (hi[pi] as number)) continue;
        const previous = cost[(base[pi] as number) + pj - (lo[pi] as number)] as number;
        if (previous === Infinity) continue;
        const total = previous + coster.cost(pi, shape[0], pj, shape[1]);
        if (total < best) {
          best = total;
          bestMove = k;
        }
      }
      cost[rowBase + j] = best;
      move[rowBase + j] = bestMove;
    }
  }
  const steps: PathStep[] = [];
  let touchesEdge = false;
  for (let i = n, j = m; i > 0 || j > 0; ) {
    if (onInnerEdge(band, i, j)) touchesEdge = true;
    const [di, dj] = moves[move[cellIndex(band, i, j)] as number] as readonly [number, number];
    i -= di;
    j -= dj;
    steps.push({ i, j, di, dj });
  }
  return { steps: steps.reverse(), touchesEdge };
}

const isOmission = (step: PathStep | undefined) => step !== undefined && (step.di === 0 || step.dj === 0);

/** The posteriors with omissions and their neighbours capped (OMISSION_CONFIDENCE, NEXT_TO_OMISSION_CONFIDENCE). */
function capNearOmissions(steps: readonly PathStep[], posteriors: readonly number[]): number[] {
  return posteriors.map((posterior, k) => {
    if (isOmission(steps[k])) return Math.min(posterior, OMISSION_CONFIDENCE);
    if (isOmission(steps[k - 1]) || isOmission(steps[k + 1])) return Math.min(posterior, NEXT_TO_OMISSION_CONFIDENCE);
    return posterior;
  });
}

/**
 * Aligns two sentence lists (German, Polish; placeholders allowed) into beads 1-1, 1-2, 2-1, 1-0 and
 * 0-1, in order, covering every sentence exactly once. A bead's confidence is its posterior
 * probability (./posterior.ts), summed over alignments within POSTERIOR_BAND sentences of the best one,
 * capped for omissions and the beads next to them.
 */
export function alignSentences(de: readonly string[], pl: readonly string[], options: AlignOptions = {}): Bead[] {
  const n = de.length;
  const m = pl.length;
  const coster = createBeadCoster(de, pl, options.anchors ?? true);
  // The band must at least follow the slope: each row moves the centre by m/n columns.
  let width = Math.max(options.band ?? DEFAULT_BAND, Math.ceil(n === 0 ? 0 : m / n) + 2);
  for (;;) {
    const band = makeBand(n, m, width);
    const { steps, touchesEdge } = bestPath(band, coster);
    if (!touchesEdge || width >= Math.max(n, m)) {
      // Rival alignments worth counting stay close to the best one: sum over a narrow band around it.
      const confidence = capNearOmissions(steps, beadPosteriors(pathBand(n, m, steps, POSTERIOR_BAND), coster, steps));
      return steps.map((step, k) => ({
        de: Array.from({ length: step.di }, (_, d) => step.i + d),
        pl: Array.from({ length: step.dj }, (_, d) => step.j + d),
        confidence: confidence[k] as number,
      }));
    }
    width *= 2;
  }
}
