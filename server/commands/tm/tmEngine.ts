// The translation memory inline, on the calling thread, never saved: for tests and scripts. The server
// keeps it on a worker thread instead (server/workers/tmWorkerEngine.ts).
import { TranslationMemory } from '../../domain/tm/memory';
import type { TmEngine } from '../../ports/tmEngine';

export function createInlineTmEngine(): TmEngine {
  const memory = new TranslationMemory();
  return {
    saves: false,
    generation: 0,
    async apply(changes) {
      memory.apply(changes);
    },
    async assign(assignments) {
      for (const [projectId, scope] of assignments) memory.assign(projectId, scope);
    },
    async scopeSize(scope) {
      return memory.scopeSize(scope);
    },
    async lookup(scope, queries, options) {
      return memory.lookupAll(scope, queries, options);
    },
    async search(scope, query, lang, offset, limit) {
      return memory.search(scope, query, lang, offset, limit);
    },
    async restore() {
      return null;
    },
    async save() {
      return false;
    },
    async close() {},
  };
}
