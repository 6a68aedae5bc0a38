// A bead's confidence: its posterior probability under the alignment model, i.e. the share of all
// alignments inside the band that contain it, each alignment weighted by e^−cost (costs are nats, so
// e^−cost is the model's probability up to a constant). Forward and backward sums in log space:
//   confidence(bead) = exp(forward(start) − cost(bead) + backward(end) − forward(n, m))
// A bead's own cost matters through the competition: a 1-1 pair of fitting lengths sharing a number
// has no rival and gets ≈ 1.0; where a shifted alignment costs about the same (an omission that could
// sit one sentence earlier or later) both get ≈ 0.5; a bead that some much cheaper rival contradicts
// would get ≈ 0.
import { MOVES, cellIndex, type Band } from './band';
import type { BeadCoster } from './beadCost';

export interface BeadPosition {
  i: number;
  j: number;
  di: number;
  dj: number;
}

function logAddExp(a: number, b: number): number {
  if (a === -Infinity) return b;
  if (b === -Infinity) return a;
  return a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b));
}

export function beadPosteriors(band: Band, coster: BeadCoster, beads: readonly BeadPosition[]): number[] {
  const { n, m, lo, hi } = band;
  const moves = MOVES;
  const forward = new Float64Array(band.cells).fill(-Infinity);
  const backward = new Float64Array(band.cells).fill(-Infinity);
  for (let i = 0; i <= n; i++) {
    for (let j = lo[i] as number; j <= (hi[i] as number); j++) {
      let sum = i === 0 && j === 0 ? 0 : -Infinity;
      for (const [di, dj] of moves) {
        if (i < di || j < dj) continue;
        const from = cellIndex(band, i - di, j - dj);
        if (from < 0 || forward[from] === -Infinity) continue;
        sum = logAddExp(sum, (forward[from] as number) - coster.cost(i - di, di, j - dj, dj));
      }
      forward[cellIndex(band, i, j)] = sum;
    }
  }
  for (let i = n; i >= 0; i--) {
    for (let j = hi[i] as number; j >= (lo[i] as number); j--) {
      let sum = i === n && j === m ? 0 : -Infinity;
      for (const [di, dj] of moves) {
        if (i + di > n || j + dj > m) continue;
        const to = cellIndex(band, i + di, j + dj);
        if (to < 0 || backward[to] === -Infinity) continue;
        sum = logAddExp(sum, (backward[to] as number) - coster.cost(i, di, j, dj));
      }
      backward[cellIndex(band, i, j)] = sum;
    }
  }
  const total = forward[cellIndex(band, n, m)] as number;
  return beads.map(({ i, j, di, dj }) => {
    const logP =
      (forward[cellIndex(band, i, j)] as number) -
      coster.cost(i, di, j, dj) +
      (backward[cellIndex(band, i + di, j + dj)] as number) -
      total;
    return Math.min(1, Math.max(0, Math.exp(logP)));
  });
}
