// Timers, event listeners and the memoized rows' actions outlive the render that made them: they
// read the latest props and state through these instead of subscribing again on every render.
import { useCallback, useRef } from 'react';

/** A ref holding the value of the latest render. */
export function useLatest<T>(value: T): { readonly current: T } {
  const ref = useRef(value);
  ref.current = value;
  return ref;
}

/** A function of constant identity that calls the latest render's `fn`. */
export function useStableCallback<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  const ref = useLatest(fn);
  return useCallback((...args: A) => ref.current(...args), [ref]);
}
