// The band of the alignment matrix the dynamic programming visits: for German prefix length i, the
// Polish prefix lengths lo[i]..hi[i] around the diagonal i·m/n, stored row after row in flat arrays.
export interface Band {
  n: number;
  m: number;
  lo: Int32Array;
  hi: Int32Array;
  /** Flat index of (i, lo[i]). */
  base: Int32Array;
  cells: number;
}

/** The bead shapes: German sentences taken, Polish sentences taken. */
export const MOVES: readonly (readonly [number, number])[] = [
  [1, 1],
  [1, 0],
  [0, 1],
  [2, 1],
  [1, 2],
];

export function makeBand(n: number, m: number, width: number): Band {
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  const base = new Int32Array(n + 1);
  let cells = 0;
  for (let i = 0; i <= n; i++) {
    const centre = n === 0 ? 0 : (i * m) / n;
    lo[i] = Math.max(0, Math.floor(centre) - width);
    hi[i] = i === n ? m : Math.min(m, Math.ceil(centre) + width);
    base[i] = cells;
    cells += (hi[i] as number) - (lo[i] as number) + 1;
  }
  return { n, m, lo, hi, base, cells };
}

/** Flat index of cell (i, j), or −1 outside the band. */
export function cellIndex(band: Band, i: number, j: number): number {
  if (i < 0 || i > band.n) return -1;
  const lo = band.lo[i] as number;
  if (j < lo || j > (band.hi[i] as number)) return -1;
  return (band.base[i] as number) + j - lo;
}

/** Does cell (i, j) lie on an inner edge of the band (one the true path might want to cross)? */
export function onInnerEdge(band: Band, i: number, j: number): boolean {
  return (j === band.lo[i] && j > 0) || (j === band.hi[i] && j < band.m);
}

/**
 * A band following a path instead of the diagonal: for each row, the columns the path visits in it
 * (or passes over, for a row a 2-1 bead skips), widened by `width` on both sides.
 */
export function pathBand(n: number, m: number, path: readonly { i: number; j: number }[], width: number): Band {
  const min = new Int32Array(n + 1).fill(-1);
  const max = new Int32Array(n + 1).fill(-1);
  const visit = (i: number, j: number) => {
    if (min[i] === -1 || j < (min[i] as number)) min[i] = j;
    if (j > (max[i] as number)) max[i] = j;
  };
  let last = { i: 0, j: 0 };
  visit(0, 0);
  for (const node of [...path, { i: n, j: m }]) {
    for (let i = last.i + 1; i < node.i; i++) visit(i, last.j);
    visit(node.i, node.j);
    last = node;
  }
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  const base = new Int32Array(n + 1);
  let cells = 0;
  for (let i = 0; i <= n; i++) {
    lo[i] = Math.max(0, (min[i] as number) - width);
    hi[i] = Math.min(m, (max[i] as number) + width);
    base[i] = cells;
    cells += (hi[i] as number) - (lo[i] as number) + 1;
  }
  return { n, m, lo, hi, base, cells };
}
