// The process's translation memory (TmService), for every command that reads or fills it.
import type { CommandContext } from '../context';
import { TmService } from './tmService';

const fallbacks = new WeakMap<object, TmService>();

/**
 * The process's TmService (`ctx.tm`, made in main.ts and the test app). A context built without one
 * (a script) gets one per store, so every command works the same way.
 */
export function tmServiceOf(ctx: Pick<CommandContext, 'store' | 'tm'>): TmService {
  if (ctx.tm) return ctx.tm;
  let service = fallbacks.get(ctx.store);
  if (!service) fallbacks.set(ctx.store, (service = new TmService(ctx.store)));
  return service;
}
