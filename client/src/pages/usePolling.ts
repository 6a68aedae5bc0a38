// Calls `tick` every `intervalMs` while `enabled`, never two at once (the next waits for the last).
import { useEffect, useRef } from 'react';

export function usePolling(tick: () => Promise<unknown>, intervalMs: number, enabled: boolean): void {
  const latest = useRef(tick);
  latest.current = tick;
  useEffect(() => {
    if (!enabled) return;
    let stopped = false;
    let timer = 0;
    const run = async () => {
      try {
        await latest.current();
      } catch {
        // the page shows errors of its own loads; a failed poll just tries again
      }
      if (!stopped) timer = window.setTimeout(run, intervalMs);
    };
    timer = window.setTimeout(run, intervalMs);
    return () => {
      stopped = true;
      window.clearTimeout(timer);
    };
  }, [intervalMs, enabled]);
}
