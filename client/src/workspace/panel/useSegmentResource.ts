// Loads a per-segment resource (glossary hits, history) for the shown segment version: a new
// segment or version starts a new request and aborts the previous one. Failures are reported once
// (toast) and kept for an inline "try again".
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../api/client';
import { useToasts } from '../../ui/Toasts';

export type ResourceState<T> = { status: 'loading' } | { status: 'ready'; data: T } | { status: 'error' };

export function useSegmentResource<T>(url: string, version: number): { state: ResourceState<T>; retry(): void } {
  const toasts = useToasts();
  const toastsRef = useRef(toasts);
  toastsRef.current = toasts;
  const [state, setState] = useState<{ key: string; value: ResourceState<T> }>({ key: '', value: { status: 'loading' } });
  const [attempt, setAttempt] = useState(0);
  const key = `${url}#${version}#${attempt}`;

  useEffect(() => {
    const controller = new AbortController();
    api
      .get<T>(url, controller.signal)
      .then((data) => {
        if (!controller.signal.aborted) setState({ key, value: { status: 'ready', data } });
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted || (error instanceof Error && error.name === 'AbortError')) return;
        setState({ key, value: { status: 'error' } });
        toastsRef.current.showError(error);
      });
    return () => controller.abort();
  }, [key, url]);

  const retry = useCallback(() => setAttempt((value) => value + 1), []);
  // While the next version loads, keep showing the last data of the same segment (no flicker).
  if (state.key === key) return { state: state.value, retry };
  if (state.key.startsWith(`${url}#`) && state.value.status === 'ready') return { state: state.value, retry };
  return { state: { status: 'loading' }, retry };
}
