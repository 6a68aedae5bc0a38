// Counting turns of the event loop while some work runs: a ticker on setImmediate adds one each turn.
// Work that yields between its slices lets turns pass; work that holds the loop lets none.

/** Runs `work` with the counter; `turn()` is the current turn's number (rows written in one turn share it). */
export async function withTurns<T>(work: (turn: () => number) => Promise<T>): Promise<{ result: T; turns: number }> {
  let turns = 0;
  let ticking = true;
  const tick = () => {
    turns++;
    if (ticking) setImmediate(tick);
  };
  setImmediate(tick);
  try {
    const result = await work(() => turns);
    return { result, turns };
  } finally {
    ticking = false;
  }
}
