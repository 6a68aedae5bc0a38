// The organisation's translation memory held in memory: every unit of the store with its revision, one
// fuzzy index (tmIndex.ts) per scope, and a concordance index per language (concordanceIndex.ts).
// commands/tm/tmService.ts keeps it caught up with the store and decides the scopes; in the server it
// lives on a worker thread (server/workers/tmWorker.ts), so that building, loading and searching it
// never hold the event loop; in tests and scripts it lives inline. image() and fromImage() turn it into
// plain data and back: the snapshot on disk a restart loads instead of building it again.
//
// Scopes. Each project is assigned a scope (`shared`, or `project:<id>` for a project that does not
// share its memory); each unit is in the index of its project's scope. A unit arriving before its
// project has a scope is held, and indexed when the project is assigned one. When a project changes
// scope its units move. Units are kept column by column (slot = order of first arrival): a million
// units are a few arrays, not a million objects.
import { matchConcordance, type ConcordanceQuery, type Highlight } from './concordance';
import { ConcordanceIndex, type ConcordanceIndexImage } from './concordanceIndex';
import { TmIndex, type TmLookupOptions, type TmMatch, type UnitStoreImage } from './tmIndex';
import { TM_UNIT_ORIGINS, type TmUnit, type TmUnitChange, type TmUnitOrigin } from './types';

export const SHARED_SCOPE = 'shared';

export interface MemoryMatch extends TmMatch {
  origin: TmUnitOrigin;
  originId: string | null;
  projectId: string;
}

export interface MemoryLookupOptions extends TmLookupOptions {
  /** A segment's own unit is no match for itself. */
  excludeSegmentId?: string;
}

/** One text to look up, with its neighbours' sources (in-context matches) and the segment it belongs to. */
export interface MemoryQuery {
  text: string;
  prevSource?: string | null;
  nextSource?: string | null;
  /** A segment's own unit is no match for itself. */
  excludeSegmentId?: string;
}

export type ConcordanceLanguage = 'de' | 'pl';

/** What the memory keeps of a unit (creation time and author stay in the store). */
export type MemoryUnit = Pick<TmUnit, 'id' | 'projectId' | 'source' | 'target' | 'origin' | 'originId' | 'updatedAt' | 'prevSource' | 'nextSource'>;

export interface ConcordanceHit {
  unit: MemoryUnit;
  /** Offsets in the searched side: the source for `de`, the target for `pl`. */
  highlights: Highlight[];
}

export interface ConcordanceResult {
  items: ConcordanceHit[];
  total: number;
}

/** A memory as plain data: unit columns by slot, the concordance indexes, and each scope's index. */
export interface TranslationMemoryImage {
  ids: string[];
  projectIds: string[];
  /** Per slot, the position of its project in `projectIds`. */
  projectOf: Int32Array<ArrayBuffer>;
  sources: string[];
  targets: string[];
  /** Per slot, the position of its origin in TM_UNIT_ORIGINS. */
  origins: Uint8Array<ArrayBuffer>;
  originIds: (string | null)[];
  updatedAts: string[];
  prevs: (string | null | undefined)[];
  nexts: (string | null | undefined)[];
  revisions: Float64Array<ArrayBuffer>;
  concordance: Record<ConcordanceLanguage, ConcordanceIndexImage>;
  /** `unitSlots[i]`: the memory slot of the index's slot i (-1: removed). */
  scopes: { scope: string; index: UnitStoreImage; unitSlots: Int32Array<ArrayBuffer> }[];
  assignment: [projectId: string, scope: string][];
}

export class TranslationMemory {
  private ids: string[] = [];
  private projectIds: string[] = [];
  private projectOf: number[] = [];
  private sources: string[] = [];
  private targets: string[] = [];
  private origins: number[] = [];
  private originIds: (string | null)[] = [];
  private updatedAts: string[] = [];
  private prevs: (string | null | undefined)[] = [];
  private nexts: (string | null | undefined)[] = [];
  private revisions: number[] = [];
  private readonly slotOf = new Map<string, number>();
  private readonly projectIndex = new Map<string, number>();
  /** Slots of each project, by its position in projectIds. */
  private readonly byProject: number[][] = [];
  private readonly concordance: Record<ConcordanceLanguage, ConcordanceIndex> = { de: new ConcordanceIndex(), pl: new ConcordanceIndex() };
  private readonly scopes = new Map<string, TmIndex>();
  private readonly assignment = new Map<string, string>();

  /** Units held, of every project. */
  get size(): number {
    return this.ids.length;
  }

  /** Applies stored units; a revision not newer than the one held is skipped. */
  apply(changes: readonly TmUnitChange[]): void {
    for (const { unit, revision } of changes) {
      let slot = this.slotOf.get(unit.id);
      if (slot !== undefined && this.revisions[slot] >= revision) continue;
      const before = slot === undefined ? undefined : { source: this.sources[slot], target: this.targets[slot] };
      if (slot === undefined) {
        slot = this.ids.length;
        this.ids.push(unit.id);
        this.slotOf.set(unit.id, slot);
        const project = this.projectSlot(unit.projectId);
        this.projectOf.push(project);
        this.byProject[project].push(slot);
      }
      this.sources[slot] = unit.source;
      this.targets[slot] = unit.target;
      this.origins[slot] = TM_UNIT_ORIGINS.indexOf(unit.origin);
      this.originIds[slot] = unit.originId;
      this.updatedAts[slot] = unit.updatedAt;
      this.prevs[slot] = unit.prevSource;
      this.nexts[slot] = unit.nextSource;
      this.revisions[slot] = revision;
      this.concordance.de.post(slot, unit.source, before?.source);
      this.concordance.pl.post(slot, unit.target, before?.target);
      const scope = this.assignment.get(unit.projectId);
      const index = scope === undefined ? undefined : this.scopes.get(scope);
      index?.update(this.indexUnit(slot));
    }
  }

  /** Puts a project's units into the index of `scope` (built on first use); an own scope left empty is dropped. */
  assign(projectId: string, scope: string): void {
    const current = this.assignment.get(projectId);
    if (current === scope) return;
    const slots = this.byProject[this.projectSlot(projectId)];
    if (current !== undefined) {
      const index = this.scopes.get(current);
      if (index) for (const slot of slots) index.remove(this.ids[slot]);
      if (current !== SHARED_SCOPE) this.scopes.delete(current);
    }
    this.assignment.set(projectId, scope);
    const index = this.scopes.get(scope);
    if (index) for (const slot of slots) index.update(this.indexUnit(slot));
    else this.buildScope(scope);
  }

  /** Units in the scope's index (0 for a scope no project has). */
  scopeSize(scope: string): number {
    return this.scopes.get(scope)?.size ?? 0;
  }

  /** Matches best first (in-context, then score, then the most recently written); equal pairs once. */
  lookup(scope: string, text: string, options: MemoryLookupOptions = {}): MemoryMatch[] {
    const index = this.scopes.get(scope);
    const limit = Math.floor(options.limit ?? 5);
    if (!index || !(limit >= 1)) return [];
    // Twins approved in several documents are several units with one pair: ask for more, show each pair once.
    const raw = index.lookup(text, { ...options, limit: limit * 3 + 2 });
    const seen = new Set<string>();
    const matches: MemoryMatch[] = [];
    for (const match of raw) {
      const slot = this.slotOf.get(match.unitId)!;
      const origin = TM_UNIT_ORIGINS[this.origins[slot]];
      if (options.excludeSegmentId !== undefined && origin === 'segment' && this.originIds[slot] === options.excludeSegmentId) continue;
      const pair = `${match.source}\u0000${match.target}`;
      if (seen.has(pair)) continue;
      seen.add(pair);
      matches.push({ ...match, origin, originId: this.originIds[slot], projectId: this.projectIds[this.projectOf[slot]] });
      if (matches.length === limit) break;
    }
    return matches;
  }

  /** lookup() for each query; the options without what each query carries. */
  lookupAll(scope: string, queries: readonly MemoryQuery[], options: TmLookupOptions): MemoryMatch[][] {
    return queries.map(({ text, ...query }) => this.lookup(scope, text, { ...options, ...query }));
  }

  /** Units whose `lang` side holds the query, the most recently written first, paged. */
  search(scope: string, query: ConcordanceQuery, lang: ConcordanceLanguage, offset: number, limit: number): ConcordanceResult {
    const hits: { slot: number; highlights: Highlight[] }[] = [];
    const texts = lang === 'de' ? this.sources : this.targets;
    for (const slot of this.concordance[lang].candidates(query.terms)) {
      if (this.assignment.get(this.projectIds[this.projectOf[slot]]) !== scope) continue;
      const highlights = matchConcordance(texts[slot], query);
      if (highlights) hits.push({ slot, highlights });
    }
    hits.sort((a, b) => this.revisions[b.slot] - this.revisions[a.slot]);
    const page = hits.slice(Math.max(0, offset), Math.max(0, offset) + Math.max(0, limit));
    return { items: page.map((hit) => ({ unit: this.unitAt(hit.slot), highlights: hit.highlights })), total: hits.length };
  }

  image(): TranslationMemoryImage {
    return {
      ids: this.ids,
      projectIds: this.projectIds,
      projectOf: Int32Array.from(this.projectOf),
      sources: this.sources,
      targets: this.targets,
      origins: Uint8Array.from(this.origins),
      originIds: this.originIds,
      updatedAts: this.updatedAts,
      prevs: this.prevs,
      nexts: this.nexts,
      revisions: Float64Array.from(this.revisions),
      concordance: { de: this.concordance.de.image(), pl: this.concordance.pl.image() },
      scopes: [...this.scopes].map(([scope, index]) => ({
        scope,
        index: index.image(),
        unitSlots: Int32Array.from(index.slotIds(), (id) => (id === undefined ? -1 : this.slotOf.get(id)!)),
      })),
      assignment: [...this.assignment],
    };
  }

  static fromImage(image: TranslationMemoryImage): TranslationMemory {
    const memory = new TranslationMemory();
    memory.ids = image.ids;
    memory.projectIds = image.projectIds;
    memory.projectOf = Array.from(image.projectOf);
    memory.sources = image.sources;
    memory.targets = image.targets;
    memory.origins = Array.from(image.origins);
    memory.originIds = image.originIds;
    memory.updatedAts = image.updatedAts;
    memory.prevs = image.prevs;
    memory.nexts = image.nexts;
    memory.revisions = Array.from(image.revisions);
    image.projectIds.forEach((projectId, project) => {
      memory.projectIndex.set(projectId, project);
      memory.byProject.push([]);
    });
    image.ids.forEach((id, slot) => {
      memory.slotOf.set(id, slot);
      memory.byProject[memory.projectOf[slot]].push(slot);
    });
    memory.concordance.de = new ConcordanceIndex(image.concordance.de);
    memory.concordance.pl = new ConcordanceIndex(image.concordance.pl);
    for (const { scope, index, unitSlots } of image.scopes) {
      const at = (column: readonly (string | null | undefined)[]) => Array.from(unitSlots, (slot) => (slot < 0 ? '' : column[slot]));
      const texts = {
        ids: Array.from(unitSlots, (slot) => (slot < 0 ? undefined : image.ids[slot])),
        sources: at(image.sources) as string[],
        targets: at(image.targets) as string[],
        prevs: Array.from(unitSlots, (slot) => (slot < 0 ? undefined : image.prevs[slot])),
        nexts: Array.from(unitSlots, (slot) => (slot < 0 ? undefined : image.nexts[slot])),
      };
      memory.scopes.set(scope, TmIndex.fromImage(index, texts));
    }
    for (const [projectId, scope] of image.assignment) memory.assignment.set(projectId, scope);
    return memory;
  }

  private projectSlot(projectId: string): number {
    let project = this.projectIndex.get(projectId);
    if (project === undefined) {
      project = this.projectIds.length;
      this.projectIds.push(projectId);
      this.projectIndex.set(projectId, project);
      this.byProject.push([]);
    }
    return project;
  }

  /** A scope's index from the units already held, in revision order: ties favour the most recently written. */
  private buildScope(scope: string): void {
    const index = new TmIndex();
    const slots: number[] = [];
    this.projectIds.forEach((projectId, project) => {
      if (this.assignment.get(projectId) !== scope) return;
      for (const slot of this.byProject[project]) slots.push(slot);
    });
    slots.sort((a, b) => this.revisions[a] - this.revisions[b]);
    for (const slot of slots) index.add(this.indexUnit(slot));
    this.scopes.set(scope, index);
  }

  private indexUnit(slot: number) {
    return { id: this.ids[slot], source: this.sources[slot], target: this.targets[slot], prevSource: this.prevs[slot], nextSource: this.nexts[slot] };
  }

  private unitAt(slot: number): MemoryUnit {
    const unit: MemoryUnit = {
      id: this.ids[slot],
      projectId: this.projectIds[this.projectOf[slot]],
      source: this.sources[slot],
      target: this.targets[slot],
      origin: TM_UNIT_ORIGINS[this.origins[slot]],
      originId: this.originIds[slot],
      updatedAt: this.updatedAts[slot],
    };
    if (this.prevs[slot] !== undefined) unit.prevSource = this.prevs[slot];
    if (this.nexts[slot] !== undefined) unit.nextSource = this.nexts[slot];
    return unit;
  }
}

/**
 * A fingerprint of how units are indexed: a small memory of fixed sentences, imaged and hashed. A
 * change to tokenization, signatures, postings or the image's layout changes it, so a memory saved by
 * another version of this code is not loaded (server/workers/tmWorker.ts) but built again.
 */
export function memoryFormatFingerprint(): string {
  const memory = new TranslationMemory();
  const sentences = ['Am 30. und 31. Januar 2019 fand in Görlitz das 4. Treffen statt.', 'Anträge sind bis zum 31.03.2027 {1}einzureichen{/1}.', 'Der Landkreis fördert Vereine, z. B. im Grenzraum.'];
  memory.apply(
    sentences.map((source, i) => ({
      unit: { id: `u${i}`, projectId: 'p', source, target: `pl ${i}`, origin: 'tmx' as const, originId: null, createdBy: 'u', createdAt: '', updatedAt: '' },
      revision: i + 1,
    })),
  );
  memory.assign('p', SHARED_SCOPE);
  let hash = 0x811c9dc5 | 0;
  const mix = (value: number) => {
    hash = Math.imul(hash ^ value, 0x01000193);
  };
  const visit = (value: unknown): void => {
    if (value instanceof Int32Array || value instanceof Uint8Array || value instanceof Float64Array) {
      mix(value.length);
      for (const item of value) mix(Math.trunc(item));
    } else if (Array.isArray(value)) {
      mix(value.length);
      value.forEach(visit);
    } else if (value !== null && typeof value === 'object') {
      for (const [key, field] of Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1))) {
        for (const char of key) mix(char.charCodeAt(0));
        visit(field);
      }
    } else if (typeof value === 'string') {
      for (const char of value) mix(char.codePointAt(0)!);
    } else mix(value === undefined ? 1 : value === null ? 2 : Number(value));
  };
  visit(memory.image());
  return (hash >>> 0).toString(16);
}
