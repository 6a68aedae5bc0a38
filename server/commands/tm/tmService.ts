// The organisation's translation memory in memory: fuzzy lookups (domain/tm TmIndex) and concordance
// search over every unit a project may see. One TmService per process (main.ts, tests/support/testApp.ts).
//
// Scopes. A project that shares its memory (settings.tm.shareMemory, default true) sees the units of
// every sharing project, and they see its units: they all use the one `shared` index. A project that
// does not share has an index of its own with only its units. Each unit is in exactly one index, the
// one of its project's scope; an index is built on first use from the units already held, and when a
// project switches sharing its units move between indexes (the project list is read on every open of
// the shared scope, so a switch made through another instance is seen too).
//
// How the index stays consistent. The store gives every insert or change of a unit a store-wide,
// strictly increasing revision (SQLite: triggers bumping a counter inside the writing transaction,
// storage/sqlite/migrations/004; MongoDB: a number from the `tmUnits` counter, storage/mongo). The
// service holds a copy of every unit with its revision, and before each open (each lookup, search or
// document pre-translation) it asks the store for the units changed since its cursor — one query on
// the revision index, `revision > cursor ORDER BY revision`, paged — and applies them to the copy, the
// indexes and the concordance postings. A unit written by another app instance on the same database,
// or by anything else (an alignment confirmed, a TMX import), is therefore found by the next lookup;
// a unit written by this instance likewise, with no separate notification path to get wrong.
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
// Concordance uses the same in-memory copy: a small inverted index, folded word → unit slots, per
// language (source de, target pl). A search reads the posting list of its rarest word (prefix words:
// the lists of every word starting with it), then checks each candidate's text for every word or
// the phrase, which also gives the highlights. In memory rather than in the store because the units
// are here anyway (the fuzzy index needs them), because case- and diacritic-insensitive word search
// is the same code for both stores this way (SQLite LIKE and MongoDB regexes would differ, and both
// scan), and because results must be limited to the sharing projects, which only the service knows.
// Posting lists are append-only: a changed unit adds its new words, and stale entries are filtered
// by the check on the text.
import { concordanceWords, matchConcordance, termMatches, type ConcordanceQuery, type Highlight } from '../../domain/tm/concordance';
import { TmIndex, type TmIndexUnit, type TmLookupOptions, type TmMatch } from '../../domain/tm';
import type { Project } from '../../domain/projects/types';
import type { TmUnit, TmUnitOrigin } from '../../domain/tm/types';
import type { Store, TmUnitChange } from '../../ports/repositories';
import { tmSettingsOf } from './settings';

export interface TmServiceOptions {
  /** Units read per query while catching up; default 2000. */
  pageSize?: number;
  /** How long a MongoDB write may take from revision to commit; default 0 for SQLite, 5 s for MongoDB. */
  settleMs?: number;
  /** A full re-read of every unit this often (0: never); default never for SQLite, 10 minutes for MongoDB. */
  fullResyncMs?: number;
  /** Milliseconds, monotonic enough for the settle window; default Date.now. */
  now?: () => number;
}

export interface MemoryMatch extends TmMatch {
  origin: TmUnitOrigin;
  originId: string | null;
  projectId: string;
}

export interface MemoryLookupOptions extends TmLookupOptions {
  /** A segment's own unit is no match for itself. */
  excludeSegmentId?: string;
}

export type ConcordanceLanguage = 'de' | 'pl';

export interface ConcordanceHit {
  unit: TmUnit;
  /** Offsets in the searched side: the source for `de`, the target for `pl`. */
  highlights: Highlight[];
}

/** The memory one project sees, caught up with the store when it was opened. */
export interface TmMemory {
  /** The scope: `shared` or `project:<id>`. */
  readonly scope: string;
  /** Units visible to the project. */
  readonly size: number;
  /** Matches best first (in-context, then score, then the most recently written); equal pairs once. */
  lookup(text: string, options?: MemoryLookupOptions): MemoryMatch[];
  /** Units whose `lang` side holds the query, the most recently written first, paged. */
  search(query: ConcordanceQuery, lang: ConcordanceLanguage, offset: number, limit: number): { items: ConcordanceHit[]; total: number };
}

interface Entry {
  unit: TmUnit;
  revision: number;
  /** Position in `slots`, what the concordance postings hold. */
  slot: number;
}

export const SHARED_SCOPE = 'shared';
const ownScope = (projectId: string): string => `project:${projectId}`;

const indexUnit = (unit: TmUnit): TmIndexUnit => ({
  id: unit.id,
  source: unit.source,
  target: unit.target,
  prevSource: unit.prevSource,
  nextSource: unit.nextSource,
});

export class TmService {
  private readonly pageSize: number;
  private readonly settleMs: number;
  private readonly fullResyncMs: number;
  private readonly now: () => number;

  private readonly entries = new Map<string, Entry>();
  private readonly byProject = new Map<string, Set<string>>();
  private readonly slots: Entry[] = [];
  private readonly postings: Record<ConcordanceLanguage, Map<string, number[]>> = { de: new Map(), pl: new Map() };
  private readonly scopes = new Map<string, TmIndex>();
  private readonly assignment = new Map<string, string>();

  /** Every existing revision up to the cursor has been applied. */
  private cursor = 0;
  private maxSeen = 0;
  /** Completed syncs not yet folded into the cursor: when they ended and the highest revision they had seen. */
  private completed: { at: number; maxSeen: number }[] = [];
  private lastFullAt = Number.NEGATIVE_INFINITY;
  private running: Promise<void> | null = null;
  private queued: Promise<void> | null = null;

  constructor(
    private readonly store: Store,
    options: TmServiceOptions = {},
  ) {
    this.pageSize = Math.max(1, options.pageSize ?? 2000);
    this.settleMs = Math.max(0, options.settleMs ?? (store.kind === 'mongo' ? 5_000 : 0));
    this.fullResyncMs = Math.max(0, options.fullResyncMs ?? (store.kind === 'mongo' ? 600_000 : 0));
    this.now = options.now ?? Date.now;
  }

  /** The highest revision applied (for tests and diagnostics). */
  get revision(): number {
    return this.maxSeen;
  }

  /** Units held, of every project. */
  get size(): number {
    return this.entries.size;
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

  /** Catches up, puts the project in its scope and returns that scope's memory. */
  async open(project: Project): Promise<TmMemory> {
    await this.sync();
    let scope: string;
    if (tmSettingsOf(project).shareMemory) {
      // Which projects share may have changed anywhere: settle every project's scope.
      for (const other of await this.store.projects.list()) {
        if (other.id !== project.id) this.assign(other.id, tmSettingsOf(other).shareMemory ? SHARED_SCOPE : ownScope(other.id));
      }
      scope = SHARED_SCOPE;
    } else {
      scope = ownScope(project.id);
    }
    this.assign(project.id, scope);
    return this.memory(scope, this.ensureScope(scope));
  }

  private async pull(): Promise<void> {
    const startedAt = this.now();
    const full = this.fullResyncMs > 0 && startedAt - this.lastFullAt >= this.fullResyncMs;
    let after = full ? 0 : this.cursor;
    for (;;) {
      const page = await this.store.tmUnits.listChangedSince(null, after, this.pageSize);
      for (const change of page) this.apply(change);
      if (page.length < this.pageSize) break;
      after = page[page.length - 1].revision;
    }
    if (full) this.lastFullAt = startedAt;
    if (this.settleMs === 0) {
      this.cursor = this.maxSeen;
      return;
    }
    this.completed.push({ at: this.now(), maxSeen: this.maxSeen });
    // What syncs that ended `settleMs` before this one started had seen has certainly all committed.
    while (this.completed.length > 0 && this.completed[0].at <= startedAt - this.settleMs) {
      this.cursor = Math.max(this.cursor, this.completed.shift()!.maxSeen);
    }
  }

  /** Applies one stored unit to the copy, the concordance postings and its scope's index; older news is skipped. */
  private apply({ unit, revision }: TmUnitChange): void {
    if (revision > this.maxSeen) this.maxSeen = revision;
    const old = this.entries.get(unit.id);
    if (old && old.revision >= revision) return;
    const entry: Entry = old ?? { unit, revision, slot: this.slots.length };
    if (!old) {
      this.slots.push(entry);
      this.entries.set(unit.id, entry);
      let ids = this.byProject.get(unit.projectId);
      if (!ids) this.byProject.set(unit.projectId, (ids = new Set()));
      ids.add(unit.id);
    }
    this.post('de', entry.slot, unit.source, old?.unit.source);
    this.post('pl', entry.slot, unit.target, old?.unit.target);
    entry.unit = unit;
    entry.revision = revision;
    const scope = this.assignment.get(unit.projectId);
    const index = scope === undefined ? undefined : this.scopes.get(scope);
    index?.update(indexUnit(unit));
  }

  private post(lang: ConcordanceLanguage, slot: number, text: string, before: string | undefined): void {
    if (text === before) return;
    const had = new Set(before === undefined ? [] : concordanceWords(before));
    const lists = this.postings[lang];
    for (const word of concordanceWords(text)) {
      if (had.has(word)) continue;
      const list = lists.get(word);
      if (list) list.push(slot);
      else lists.set(word, [slot]);
    }
  }

  /** Moves a project's units into the index of `scope` (when built); an own scope left empty is dropped. */
  private assign(projectId: string, scope: string): void {
    const current = this.assignment.get(projectId);
    if (current === scope) return;
    const ids = this.byProject.get(projectId) ?? new Set<string>();
    if (current !== undefined) {
      const index = this.scopes.get(current);
      if (index) for (const id of ids) index.remove(id);
      if (current !== SHARED_SCOPE) this.scopes.delete(current);
    }
    this.assignment.set(projectId, scope);
    const index = this.scopes.get(scope);
    if (index) for (const id of ids) index.update(indexUnit(this.entries.get(id)!.unit));
  }

  private ensureScope(scope: string): TmIndex {
    let index = this.scopes.get(scope);
    if (index) return index;
    index = new TmIndex();
    // In revision order, so that ties between equal matches favour the most recently written unit.
    const units = this.slots.filter((entry) => this.assignment.get(entry.unit.projectId) === scope).sort((a, b) => a.revision - b.revision);
    for (const entry of units) index.add(indexUnit(entry.unit));
    this.scopes.set(scope, index);
    return index;
  }

  private memory(scope: string, index: TmIndex): TmMemory {
    return {
      scope,
      size: index.size,
      lookup: (text, options = {}) => this.lookup(index, text, options),
      search: (query, lang, offset, limit) => this.search(scope, query, lang, offset, limit),
    };
  }

  private lookup(index: TmIndex, text: string, options: MemoryLookupOptions): MemoryMatch[] {
    const limit = Math.floor(options.limit ?? 5);
    if (!(limit >= 1)) return [];
    // Twins approved in several documents are several units with one pair: ask for more, show each pair once.
    const raw = index.lookup(text, { ...options, limit: limit * 3 + 2 });
    const seen = new Set<string>();
    const matches: MemoryMatch[] = [];
    for (const match of raw) {
      const { unit } = this.entries.get(match.unitId)!;
      if (options.excludeSegmentId !== undefined && unit.origin === 'segment' && unit.originId === options.excludeSegmentId) continue;
      const pair = `${match.source}\u0000${match.target}`;
      if (seen.has(pair)) continue;
      seen.add(pair);
      matches.push({ ...match, origin: unit.origin, originId: unit.originId, projectId: unit.projectId });
      if (matches.length === limit) break;
    }
    return matches;
  }

  private search(scope: string, query: ConcordanceQuery, lang: ConcordanceLanguage, offset: number, limit: number): { items: ConcordanceHit[]; total: number } {
    const lists = this.postings[lang];
    // The candidates of the rarest word: every unit holding all the words is among them.
    let candidates: number[][] | null = null;
    let size = Number.POSITIVE_INFINITY;
    for (const term of query.terms) {
      const termLists = term.prefix ? [...lists].filter(([word]) => termMatches(term, word)).map(([, list]) => list) : [lists.get(term.norm) ?? []];
      const termSize = termLists.reduce((n, list) => n + list.length, 0);
      if (termSize < size) {
        size = termSize;
        candidates = termLists;
      }
    }
    const hits: { entry: Entry; highlights: Highlight[] }[] = [];
    const checked = new Set<number>();
    for (const list of candidates ?? []) {
      for (const slot of list) {
        if (checked.has(slot)) continue;
        checked.add(slot);
        const entry = this.slots[slot];
        if (this.assignment.get(entry.unit.projectId) !== scope) continue;
        const highlights = matchConcordance(lang === 'de' ? entry.unit.source : entry.unit.target, query);
        if (highlights) hits.push({ entry, highlights });
      }
    }
    hits.sort((a, b) => b.entry.revision - a.entry.revision);
    const page = hits.slice(Math.max(0, offset), Math.max(0, offset) + Math.max(0, limit));
    return { items: page.map((hit) => ({ unit: hit.entry.unit, highlights: hit.highlights })), total: hits.length };
  }
}
