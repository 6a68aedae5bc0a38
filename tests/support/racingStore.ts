// A store wrapper that makes race paths reachable in tests: before chosen calls of a repository method
// it runs `interleave` (typically another person's write), so a command that read a segment and is
// about to write it finds that someone wrote in between, exactly as on a busy server.
import type { Store } from '../../server/ports/repositories';

type Methods<T> = { [K in keyof T]: T[K] extends (...args: never[]) => Promise<unknown> ? K : never }[keyof T];

export interface Interleaving<R extends keyof Store> {
  repository: R;
  method: Methods<Store[R]>;
  /** Runs before the call, with the call's arguments; return false to leave this call alone. */
  before: (...args: unknown[]) => Promise<boolean | void>;
  /** How many calls it may interleave; default 1. */
  times?: number;
}

/**
 * The same store, with `interleaving.before` run ahead of the first `times` calls of one repository
 * method for which it does not return false. Counts what it did in `interleaved`.
 */
export function racingStore<R extends keyof Store>(store: Store, interleaving: Interleaving<R>): Store & { interleaved: () => number } {
  let left = interleaving.times ?? 1;
  let interleaved = 0;
  const repository = store[interleaving.repository] as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
  const original = repository[interleaving.method as string]!.bind(repository);
  const wrapped = new Proxy(repository, {
    get(target, property, receiver) {
      if (property !== interleaving.method) return Reflect.get(target, property, receiver);
      return async (...args: unknown[]) => {
        if (left > 0 && (await interleaving.before(...args)) !== false) {
          left -= 1;
          interleaved += 1;
        }
        return original(...args);
      };
    },
  });
  return new Proxy(store, {
    get(target, property, receiver) {
      if (property === interleaving.repository) return wrapped;
      if (property === 'interleaved') return () => interleaved;
      return Reflect.get(target, property, receiver);
    },
  }) as Store & { interleaved: () => number };
}
