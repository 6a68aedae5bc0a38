// Makes the race paths of commands reachable: a command reads a segment, decides, then writes with a
// compare-and-set on the version it read. `interleaveBeforeWrite` runs another write in between,
// once, just before the first `segments.applyChanges` whose changes match — so the command's write
// meets a version it never read, exactly as when two people save at the same moment.
import type { SegmentChange, Store } from '../../server/ports/repositories';

export interface Interleaving {
  /** How many times the interleaved write ran (0 or 1): a test that expects a race asserts 1. */
  readonly runs: number;
  /** Puts the store's own applyChanges back. */
  restore(): void;
}

export function interleaveBeforeWrite(
  store: Store,
  when: (changes: readonly SegmentChange[]) => boolean,
  write: () => Promise<unknown>,
): Interleaving {
  const segments = store.segments;
  const original = segments.applyChanges;
  let runs = 0;
  segments.applyChanges = async (changes) => {
    if (runs === 0 && when(changes)) {
      runs++; // before awaiting: the interleaved write goes through this same method
      await write();
    }
    return original.call(segments, changes);
  };
  return {
    get runs() {
      return runs;
    },
    restore: () => {
      segments.applyChanges = original;
    },
  };
}

/** Matches a write whose changes carry an event of this action (e.g. 'edit', 'propagated', 'propose'). */
export const writingAction =
  (action: string, target?: string) =>
  (changes: readonly SegmentChange[]): boolean =>
    changes.some((change) => change.event.action === action && (target === undefined || change.segment.target === target));
