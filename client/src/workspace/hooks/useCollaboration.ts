// What the workspace knows of people working together on the document: comment counts per segment (kept
// live by the document stream's `comments` events), the document's assignments, which segments are
// someone else's (read-only for a translator) and which are mine.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { api } from '../../api/client';
import type { Project } from '../../api/types';
import type { Assignment, CommentCount } from '../../api/collaborationTypes';
import { isMine, isOthersSegment, type ScopeRights } from '../../lib/assignmentScope';
import type { CommentsEvent } from '../types';

interface CollaborationOptions {
  documentId: string;
  userId: string;
  /** The document's project, once known (its settings say whether translators may work outside their range). */
  projectId: string | null;
  /** Coordinators and admins work anywhere. */
  manages: boolean;
}

export function useCollaboration({ documentId, userId, projectId, manages }: CollaborationOptions) {
  const [allowOutside, setAllowOutside] = useState(false);
  useEffect(() => {
    if (projectId === null) return;
    const abort = new AbortController();
    api.get<Project>(`/api/projects/${encodeURIComponent(projectId)}`, abort.signal).then(
      (project) => setAllowOutside(project.settings.allowEditOutsideAssignment === true),
      () => {},
    );
    return () => abort.abort();
  }, [projectId]);
  const [counts, setCounts] = useState<ReadonlyMap<string, CommentCount>>(new Map());
  /** Moves per segment with every comment event, so an open thread list reloads. */
  const [revisions, setRevisions] = useState<ReadonlyMap<string, number>>(new Map());
  const [assignments, setAssignments] = useState<Assignment[] | null>(null);

  const loadCounts = useCallback(
    (signal?: AbortSignal) =>
      api.get<{ items: CommentCount[] }>(`/api/documents/${encodeURIComponent(documentId)}/comments`, signal).then(
        (page) => setCounts(new Map(page.items.map((count) => [count.segmentId, count]))),
        () => {},
      ),
    [documentId],
  );

  useEffect(() => {
    const abort = new AbortController();
    void loadCounts(abort.signal);
    api.get<{ items: Assignment[] }>(`/api/documents/${encodeURIComponent(documentId)}/assignments`, abort.signal).then(
      (page) => setAssignments(page.items),
      () => {
        if (!abort.signal.aborted) setAssignments([]);
      },
    );
    return () => abort.abort();
  }, [documentId, loadCounts]);

  /** A `comments` event of the document stream (or my own post): the segment's counts as they are now. */
  const applyComments = useCallback((event: CommentsEvent) => {
    setCounts((current) => new Map(current).set(event.segmentId, { segmentId: event.segmentId, comments: event.comments, openThreads: event.openThreads }));
    setRevisions((current) => new Map(current).set(event.segmentId, (current.get(event.segmentId) ?? 0) + 1));
  }, []);

  const rights: ScopeRights = useMemo(() => ({ userId, manages, allowOutside }), [userId, manages, allowOutside]);
  const list = useMemo(() => assignments ?? [], [assignments]);
  const openThreads = useCallback((id: string) => counts.get(id)?.openThreads ?? 0, [counts]);

  return {
    counts,
    revisionOf: (segmentId: string) => revisions.get(segmentId) ?? 0,
    applyComments,
    /** Reads the counts again (after a lost connection). */
    reloadCounts: () => void loadCounts(),
    assignments,
    /** Open comment threads of a segment (the "open comments" filter). */
    openThreads,
    /** Someone else's range: read-only for me. */
    isOthers: useCallback((index: number) => isOthersSegment(list, index, rights), [list, rights]),
    isMine: useCallback((index: number) => isMine(list, index, userId), [list, userId]),
  };
}
