// The organisation's translation memory in memory: fuzzy lookups (domain/tm TmIndex) and concordance
// search over every unit a project may see. One TmService per process (main.ts, tests/support/testApp.ts).
// The memory itself (domain/tm/memory.ts) sits behind a TmEngine (ports/tmEngine.ts): on a worker
// thread in the server, inline in tests and scripts. This service keeps it caught up with the store.
//
// Scopes. A project that shares its memory (settings.tm.shareMemory, default true) sees the units of
// every sharing project, and they see its units: they all use the one `shared` index. A project that
// does not share has an index of its own with only its units. Each unit is in exactly one index, the
// one of its project's scope. Every catch-up reads the project list and gives each project its scope,
// so units are indexed as they arrive and a switch made through another instance is seen too; when a
// project switches sharing its units move between indexes.
//
// How the memory stays consistent. The store gives every insert or change of a unit a store-wide,
// strictly increasing revision (SQLite: triggers bumping a counter inside the writing transaction,
// storage/sqlite/migrations/004; MongoDB: a number from the `tmUnits` counter, storage/mongo). Before
// each open (each lookup, search or document pre-translation) the service asks the store for the
// units changed since its cursor — one query on the revision index, `revision > cursor ORDER BY
// revision`, paged, the event loop turning between pages — and hands them to the memory. A unit written
// by another app instance on the same database, or by anything else (an alignment confirmed, a TMX
// import), is therefore found by the next lookup; a unit written by this instance likewise, with no
// separate notification path to get wrong. A TMX import also asks for a catch-up after each batch
// (follow()), so the memory follows the import instead of taking it all in at the first lookup.
// The cursor: in SQLite writers are serialized and the counter is bumped in the writing transaction,
// so revisions become visible in order and the cursor is simply the highest revision seen. In MongoDB
// a revision is taken from the counter before the write commits, so revision 12 may become visible
// after revision 13. There the cursor trails: the next sync reads from the highest revision that syncs
// completed at least `settleMs` before the previous sync started had seen. A unit whose commit lagged
// behind its revision by less than `settleMs` is then still above the cursor when it appears (applying
// a revision already held is skipped), at the cost of re-reading the last `settleMs` of changes. Units
// whose commit lagged longer are caught by a full pass every `fullResyncMs`. Units are never deleted
// through the ports; a future delete must leave a tombstone revision for the same reason.
//
// Warm-up and the snapshot. An engine that saves (the worker) writes the memory to disk, marked with
// the store's identity and the cursor, once `saveAfterChanges` changes arrived and no more came for
// `saveDelayMs`, and when the service closes. The first catch-up after a start loads it (when it comes
// from this store and the store is not older than it) and reads only the changes since its cursor, so
// a restart with a million units does not build the memory again. Until the memory is loaded and
// caught up, lookups wait for it: they answer from the whole memory, never from part of it, while
// everything else the server does goes on (the loading runs on the worker thread).
import type { Project } from '../../domain/projects/types';
import type { ConcordanceQuery } from '../../domain/tm/concordance';
import { SHARED_SCOPE, type ConcordanceLanguage, type ConcordanceResult, type MemoryLookupOptions, type MemoryMatch, type MemoryQuery } from '../../domain/tm/memory';
import type { TmLookupOptions } from '../../domain/tm/tmIndex';
import type { Store } from '../../ports/repositories';
import type { TmEngine } from '../../ports/tmEngine';
import { yieldToEventLoop } from '../../slices';
import { tmSettingsOf } from './settings';
import { createInlineTmEngine } from './tmEngine';

export { SHARED_SCOPE, type ConcordanceHit, type ConcordanceLanguage, type MemoryLookupOptions, type MemoryMatch, type MemoryQuery } from '../../domain/tm/memory';

export interface TmServiceOptions {
  /** Where the memory lives; default inline (tests, scripts). */
  engine?: TmEngine;
  /** Units read per query while catching up; default 2000. */
  pageSize?: number;
  /** How long a MongoDB write may take from revision to commit; default 0 for SQLite, 5 s for MongoDB. */
  settleMs?: number;
  /** A full re-read of every unit this often (0: never); default never for SQLite, 10 minutes for MongoDB. */
  fullResyncMs?: number;
  /** Changes after which the memory is saved (engines that save); default 10,000. */
  saveAfterChanges?: number;
  /** … once no change came for this long; default 10 s. */
  saveDelayMs?: number;
  /** Milliseconds, monotonic enough for the settle window; default Date.now. */
  now?: () => number;
}

/** Queries sent to the memory in one message while pre-translating: the thread answers others in between. */
const LOOKUP_BATCH = 100;

/** The memory one project sees, caught up with the store when it was opened. */
export interface TmMemory {
  /** The scope: `shared` or `project:<id>`. */
  readonly scope: string;
  /** Units visible to the project. */
  readonly size: number;
  /** Matches best first (in-context, then score, then the most recently written); equal pairs once. */
  lookup(text: string, options?: MemoryLookupOptions): Promise<MemoryMatch[]>;
  /** lookup() for many texts at once (a document's pre-translation), in batches. */
  lookupMany(queries: readonly MemoryQuery[], options: TmLookupOptions): Promise<MemoryMatch[][]>;
  /** Units whose `lang` side holds the query, the most recently written first, paged. */
  search(query: ConcordanceQuery, lang: ConcordanceLanguage, offset: number, limit: number): Promise<ConcordanceResult>;
}

const ownScope = (projectId: string): string => `project:${projectId}`;
const scopeOf = (project: Project): string => (tmSettingsOf(project).shareMemory ? SHARED_SCOPE : ownScope(project.id));

export class TmService {
  private readonly engine: TmEngine;
  private readonly pageSize: number;
  private readonly settleMs: number;
  private readonly fullResyncMs: number;
  private readonly saveAfterChanges: number;
  private readonly saveDelayMs: number;
  private readonly now: () => number;

  /** Every existing revision up to the cursor has been applied. */
  private cursor = 0;
  private maxSeen = 0;
  /** Completed syncs not yet folded into the cursor: when they ended and the highest revision they had seen. */
  private completed: { at: number; maxSeen: number }[] = [];
  private lastFullAt = Number.NEGATIVE_INFINITY;
  private running: Promise<void> | null = null;
  private queued: Promise<void> | null = null;
  /** The loading of the saved memory, per engine generation. */
  private warm: Promise<void> | null = null;
  private warmGeneration = -1;
  private storeId: string | null = null;
  private unsaved = 0;
  private saveTimer: NodeJS.Timeout | null = null;
  private saving: Promise<unknown> | null = null;
  private closed = false;

  constructor(
    private readonly store: Store,
    options: TmServiceOptions = {},
  ) {
    this.engine = options.engine ?? createInlineTmEngine();
    this.pageSize = Math.max(1, options.pageSize ?? 2000);
    this.settleMs = Math.max(0, options.settleMs ?? (store.kind === 'mongo' ? 5_000 : 0));
    this.fullResyncMs = Math.max(0, options.fullResyncMs ?? (store.kind === 'mongo' ? 600_000 : 0));
    this.saveAfterChanges = Math.max(1, options.saveAfterChanges ?? 10_000);
    this.saveDelayMs = Math.max(0, options.saveDelayMs ?? 10_000);
    this.now = options.now ?? Date.now;
  }

  /** The highest revision applied (for tests and diagnostics). */
  get revision(): number {
    return this.maxSeen;
  }

  /**
   * Catches up with the store. Calls made while a sync runs share the next one, which starts after it:
   * a caller always gets a sync that began after its call (so it sees every write committed before).
   */
  sync(): Promise<void> {
    if (!this.running) {
      this.running = this.pull().finally(() => {
        this.running = null;
      });
      return this.running;
    }
    if (!this.queued) {
      this.queued = this.running
        .catch(() => undefined)
        .then(() => {
          this.queued = null;
          return this.sync();
        });
    }
    return this.queued;
  }

  /** Loads the saved memory and catches up, without anyone waiting for it (main.ts, at start). */
  warmUp(): Promise<void> {
    return this.sync();
  }

  /** A catch-up in the background (a TMX import after each batch): coalesced with others, errors left to the next open. */
  follow(): void {
    if (this.closed || this.queued) return;
    this.sync().catch(() => undefined);
  }

  /** Catches up, puts the project in its scope and returns that scope's memory. */
  async open(project: Project): Promise<TmMemory> {
    await this.sync();
    const scope = scopeOf(project);
    // The caller's copy of the project may be newer than the list the sync read.
    await this.engine.assign([[project.id, scope]]);
    return this.memory(scope, await this.engine.scopeSize(scope));
  }

  /** Waits for a running catch-up, saves what is not saved yet and stops the engine. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.saveTimer) clearTimeout(this.saveTimer);
    await this.running?.catch(() => undefined);
    await this.saving;
    if (this.unsaved > 0) await this.save();
    await this.engine.close();
  }

  private async pull(): Promise<void> {
    await this.ensureWarm();
    const startedAt = this.now();
    const full = this.fullResyncMs > 0 && startedAt - this.lastFullAt >= this.fullResyncMs;
    let after = full ? 0 : this.cursor;
    let applied = 0;
    for (;;) {
      const page = await this.store.tmUnits.listChangedSince(null, after, this.pageSize);
      if (page.length > 0) await this.engine.apply(page);
      for (const { revision } of page) if (revision > this.maxSeen) this.maxSeen = revision;
      applied += page.length;
      if (page.length < this.pageSize) break;
      after = page[page.length - 1].revision;
      // SQLite answers synchronously: without this a catch-up of a million units would hold the loop.
      await yieldToEventLoop();
    }
    await this.engine.assign((await this.store.projects.list()).map((project) => [project.id, scopeOf(project)] as const));
    if (full) this.lastFullAt = startedAt;
    if (this.settleMs === 0) {
      this.cursor = this.maxSeen;
    } else {
      this.completed.push({ at: this.now(), maxSeen: this.maxSeen });
      // What syncs that ended `settleMs` before this one started had seen has certainly all committed.
      while (this.completed.length > 0 && this.completed[0].at <= startedAt - this.settleMs) {
        this.cursor = Math.max(this.cursor, this.completed.shift()!.maxSeen);
      }
    }
    if (applied > 0) this.scheduleSave(applied);
  }

  /** Loads the saved memory once per engine generation (again after the engine lost it), starting the cursor over. */
  private ensureWarm(): Promise<void> {
    if (this.warm && this.warmGeneration === this.engine.generation) return this.warm;
    this.warmGeneration = this.engine.generation;
    this.cursor = 0;
    this.maxSeen = 0;
    this.completed = [];
    this.lastFullAt = Number.NEGATIVE_INFINITY;
    this.warm = this.restore().catch((error: unknown) => {
      this.warm = null;
      throw error;
    });
    return this.warm;
  }

  private async restore(): Promise<void> {
    if (!this.engine.saves) return;
    const { storeId, revision } = await this.store.tmUnits.revisionState();
    this.storeId = storeId;
    const mark = await this.engine.restore(storeId, revision);
    if (!mark) return;
    this.cursor = mark.cursor;
    this.maxSeen = mark.maxSeen;
  }

  private scheduleSave(changes: number): void {
    if (!this.engine.saves || this.closed) return;
    this.unsaved += changes;
    if (this.unsaved < this.saveAfterChanges) return;
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null;
      this.saving = this.save().finally(() => {
        this.saving = null;
      });
    }, this.saveDelayMs);
    this.saveTimer.unref();
  }

  /** Saves the memory as the last sync left it; a failed save is retried with the next one. */
  private async save(): Promise<void> {
    if (this.storeId === null) return;
    const unsaved = this.unsaved;
    this.unsaved = 0;
    try {
      await this.engine.save({ storeId: this.storeId, cursor: this.cursor, maxSeen: this.maxSeen });
    } catch (error) {
      this.unsaved += unsaved;
      console.error('The translation memory could not be saved:', error);
    }
  }

  private memory(scope: string, size: number): TmMemory {
    const lookupMany = async (queries: readonly MemoryQuery[], options: TmLookupOptions) => {
      const results: MemoryMatch[][] = [];
      for (let i = 0; i < queries.length; i += LOOKUP_BATCH) {
        results.push(...(await this.engine.lookup(scope, queries.slice(i, i + LOOKUP_BATCH), options)));
      }
      return results;
    };
    return {
      scope,
      size,
      lookup: async (text, { excludeSegmentId, ...options } = {}) => (await lookupMany([{ text, excludeSegmentId, prevSource: options.prevSource, nextSource: options.nextSource }], options))[0],
      lookupMany,
      search: (query, lang, offset, limit) => this.engine.search(scope, query, lang, offset, limit),
    };
  }
}
