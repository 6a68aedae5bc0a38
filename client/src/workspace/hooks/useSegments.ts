// The open document and all its segments: the first page at once, the rest in parallel pages in the
// background, every segment again when something changed many of them (MT finished, a bulk approval,
// a lost connection), and live patches (someone's save) applied as they come. Also the document's
// view (title, progress, MT job), the caller's roles in its project, and who changed what last.
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { ApiError, api } from '../../api/client';
import type { DocumentView, MtJob, Page, Role, Segment } from '../../api/types';
import { newerSegments } from '../../lib/livePatch';
import { startSegmentId } from '../../lib/segmentNavigation';
import type { WorkspaceMode } from '../../lib/shortcuts';
import { PAGE_SIZE, SegmentStore } from '../segmentStore';
import { useLatest, useStableCallback } from './useLatest';

const PARALLEL_PAGES = 4;
/** Saves come in bursts: the document's progress is fetched again once they pause. */
const REFRESH_DOCUMENT_MS = 700;
const MT_POLL_MS = 1000;

interface ProjectView {
  members: { userId: string; roles: Role[] }[];
}

/** Newer segments just taken into the store by a live update or a reload. */
export interface LivePatchApplied {
  /** The received segments newer than the loaded ones. */
  fresh: Segment[];
  /** The change is my own (my save seen from another tab). */
  own: boolean;
  /** The segments the store replaced. */
  replaced: Segment[];
}

interface SegmentsOptions {
  documentId: string;
  mode: WorkspaceMode;
  userId: string;
  /** Called after a live update or reload took newer segments (local edits meet them here). */
  onLivePatch(patch: LivePatchApplied): void;
}

/** Resolves after the browser painted what was just rendered. */
const afterPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => window.setTimeout(resolve, 0)));

export function useSegments({ documentId, mode, userId, onLivePatch }: SegmentsOptions) {
  const [store] = useState(() => new SegmentStore());
  const revision = useSyncExternalStore(store.subscribe, store.getRevision);
  const [doc, setDoc] = useState<DocumentView | null>(null);
  const [mtJob, setMtJob] = useState<MtJob | null>(null);
  const [projectRoles, setProjectRoles] = useState<Role[]>([]);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(true);
  /** The segment to start at, once its row can be shown (see useNavigation). */
  const startAt = useRef<string | null>(null);
  const names = useRef(new Map<string, string>());
  const lastActor = useRef(new Map<string, string>());
  const refreshTimer = useRef<number | undefined>(undefined);
  /** Aborted when the page goes: the refresh and reload requests of its lifetime stop with it. */
  const lifetime = useRef<AbortController | null>(null);
  const onLivePatchRef = useLatest(onLivePatch);

  const segments = useMemo(() => store.list(), [store, revision]);

  const refreshDocument = useCallback(() => {
    window.clearTimeout(refreshTimer.current);
    const signal = lifetime.current?.signal;
    if (!signal || signal.aborted) return;
    refreshTimer.current = window.setTimeout(() => {
      api.get<DocumentView>(`/api/documents/${documentId}`, signal).then(
        (view) => {
          setDoc(view);
          setMtJob((job) => (view.mtJob && (!job || view.mtJob.updatedAt >= job.updatedAt) ? view.mtJob : job));
        },
        () => {},
      );
    }, REFRESH_DOCUMENT_MS);
  }, [documentId]);

  const fetchPages = useCallback(
    async (signal: AbortSignal | undefined, onPage: (page: number, result: Page<Segment>) => void, first?: Page<Segment>) => {
      const head = first ?? (await api.get<Page<Segment>>(`/api/documents/${documentId}/segments?offset=0&limit=${PAGE_SIZE}`, signal));
      if (!first) onPage(0, head);
      const pages = Math.ceil(head.total / PAGE_SIZE);
      let next = 1;
      const worker = async () => {
        while (next < pages) {
          const page = next++;
          const result = await api.get<Page<Segment>>(`/api/documents/${documentId}/segments?offset=${page * PAGE_SIZE}&limit=${PAGE_SIZE}`, signal);
          onPage(page, result);
        }
      };
      await Promise.all(Array.from({ length: Math.min(PARALLEL_PAGES, Math.max(0, pages - 1)) }, worker));
    },
    [documentId],
  );

  /** Segments changed elsewhere (live event or reload): newer versions replace the loaded ones. */
  const applyLive = useStableCallback((received: Segment[], actorId: string | null): Segment[] => {
    const own = actorId !== null && actorId === userId;
    const fresh = newerSegments(received, (id) => store.get(id));
    if (actorId && !own) {
      for (const segment of fresh) lastActor.current.set(segment.id, names.current.get(actorId) ?? lastActor.current.get(segment.id) ?? '');
    }
    const replaced = store.update(fresh);
    if (replaced.length > 0) refreshDocument();
    onLivePatchRef.current({ fresh, own, replaced });
    return replaced;
  });

  /** Every segment again: newer versions replace, unsaved edits stay. */
  const reload = useCallback(() => {
    const signal = lifetime.current?.signal;
    if (!signal || signal.aborted) return;
    fetchPages(signal, (_page, result) => void applyLive(result.items, null)).catch(() => {});
  }, [fetchPages, applyLive]);

  const rememberName = useCallback((id: string, name: string) => void names.current.set(id, name), []);
  const lastActorOf = useCallback((segmentId: string): string | null => lastActor.current.get(segmentId) ?? null, []);

  useEffect(() => {
    const controller = new AbortController();
    lifetime.current = controller;
    return () => {
      controller.abort();
      window.clearTimeout(refreshTimer.current);
    };
  }, []);

  useEffect(() => {
    const abort = new AbortController();
    api.get<DocumentView>(`/api/documents/${documentId}`, abort.signal).then(
      (view) => {
        setDoc(view);
        setMtJob(view.mtJob);
        for (const person of [...view.translators, ...view.reviewers]) names.current.set(person.id, person.name);
        api.get<ProjectView>(`/api/projects/${view.projectId}`, abort.signal).then(
          (project) => setProjectRoles(project.members.find((member) => member.userId === userId)?.roles ?? []),
          () => {},
        );
      },
      (error: unknown) => {
        if (!abort.signal.aborted && error instanceof ApiError) setLoadError(error);
      },
    );
    (async () => {
      const first = await api.get<Page<Segment>>(`/api/documents/${documentId}/segments?offset=0&limit=${PAGE_SIZE}`, abort.signal);
      store.addPage(0, first.items, first.total);
      // A segment asked for in the address (a notification's link) comes first.
      startAt.current = new URLSearchParams(window.location.search).get('segment') ?? startSegmentId(first.items, mode);
      // The rest loads in the background once the first rows are on screen, so the first keystrokes
      // do not wait behind 4,500 segments being fetched and parsed.
      await afterPaint();
      await fetchPages(abort.signal, (page, result) => store.addPage(page, result.items, result.total, true), first);
      if (abort.signal.aborted) return;
      store.flush();
      setBusy(false);
    })().catch((error: unknown) => {
      if (abort.signal.aborted) return;
      if (error instanceof ApiError) setLoadError(error);
      setBusy(false);
    });
    return () => abort.abort();
  }, [documentId, store, fetchPages, userId, mode]);

  useEffect(() => {
    if (!doc) return;
    window.document.title = `${doc.title} – Nysa`;
    return () => {
      window.document.title = 'Nysa';
    };
  }, [doc]);

  // MT job progress: poll while it is queued or running; reload when it ends.
  useEffect(() => {
    if (!mtJob || (mtJob.status !== 'queued' && mtJob.status !== 'running')) return;
    const timer = window.setInterval(() => {
      api.get<MtJob>(`/api/documents/${documentId}/mt`).then(
        (job) => {
          setMtJob(job);
          if (job.status === 'done' || job.status === 'failed') {
            reload();
            refreshDocument();
          }
        },
        () => {},
      );
    }, MT_POLL_MS);
    return () => window.clearInterval(timer);
  }, [mtJob, documentId, reload, refreshDocument]);

  return {
    store,
    /** The loaded segments in document order (a new array when any changed). */
    segments,
    doc,
    mtJob,
    projectRoles,
    loadError,
    busy,
    startAt,
    refreshDocument,
    reload,
    applyLive,
    /** Remembers a person's name, for saying who changed a segment. */
    rememberName,
    /** Who last changed the segment (by a live update), when known. */
    lastActorOf,
  };
}
