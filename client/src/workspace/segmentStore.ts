// All segments of the open document: a Map by id plus the ids in document order, changed in place
// and announced by a revision number (useSyncExternalStore). Segments themselves are replaced, never
// mutated, so memoized rows re-render exactly when their segment changed.
import type { Segment } from '../api/types';

export class SegmentStore {
  readonly byId = new Map<string, Segment>();
  /** Pages by their number (page n starts at n × PAGE_SIZE); the list is their contiguous prefix. */
  private readonly pages: (string[] | undefined)[] = [];
  private ids: string[] = [];
  private cachedList: Segment[] | null = null;
  revision = 0;
  total: number | null = null;
  private readonly listeners = new Set<() => void>();

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getRevision = (): number => this.revision;

  get(id: string): Segment | undefined {
    return this.byId.get(id);
  }

  /** The loaded segments in document order. */
  list(): Segment[] {
    if (!this.cachedList) this.cachedList = this.ids.map((id) => this.byId.get(id) as Segment);
    return this.cachedList;
  }

  get loaded(): number {
    return this.ids.length;
  }

  /**
   * A page of the initial load; a segment already known in a newer version (a live update) is kept.
   * `deferred` pages (loaded in the background) are announced together at most every 300 ms, so the
   * grid re-renders a few times while thousands of segments arrive, not once per page.
   */
  addPage(pageNumber: number, items: readonly Segment[], total: number, deferred = false): void {
    this.total = total;
    for (const segment of items) {
      const known = this.byId.get(segment.id);
      if (!known || known.version < segment.version) this.byId.set(segment.id, segment);
    }
    this.pages[pageNumber] = items.map((segment) => segment.id);
    const ids: string[] = [];
    for (let i = 0; i < this.pages.length; i += 1) {
      const page = this.pages[i];
      if (!page) break;
      for (const id of page) ids.push(id);
    }
    this.ids = ids;
    this.cachedList = null;
    if (!deferred) this.changed();
    else if (this.flushTimer === undefined) this.flushTimer = setTimeout(() => this.flush(), 300);
  }

  private flushTimer: ReturnType<typeof setTimeout> | undefined;

  /** Announces deferred pages now. */
  flush(): void {
    if (this.flushTimer === undefined) return;
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    this.changed();
  }

  /**
   * Newer versions of segments (a save's answer, a live update, a reload). Older or equal versions
   * are ignored unless `force` (a conflict resolution that must take the server's word). Returns the
   * segments that were replaced.
   */
  update(segments: readonly Segment[], force = false): Segment[] {
    const replaced: Segment[] = [];
    for (const segment of segments) {
      const known = this.byId.get(segment.id);
      if (known && !force && known.version >= segment.version) continue;
      if (known && known.documentId !== segment.documentId) continue;
      this.byId.set(segment.id, segment);
      replaced.push(segment);
    }
    if (replaced.length > 0) this.changed();
    return replaced;
  }

  private changed(): void {
    if (this.flushTimer !== undefined) {
      clearTimeout(this.flushTimer);
      this.flushTimer = undefined;
    }
    this.cachedList = null;
    this.revision += 1;
    for (const listener of this.listeners) listener();
  }
}

export const PAGE_SIZE = 500;
