// The segments the document's latest source revision changed or added (flagged in their rows, the
// "changed in revision" filter), read once when the workspace opens; and whether the document has
// moved on to a newer revision since (the page then offers a reload: indexes and segments changed).
import { useEffect, useMemo, useState } from 'react';
import { api } from '../../api/client';
import type { RevisionTimeline } from '../../api/revisionTypes';
import { isOutdated, latestRevisionMarks, type RevisionMark } from '../../lib/revisions';

const NONE: ReadonlyMap<string, RevisionMark> = new Map();

export function useRevisionMarks(documentId: string, currentRevision: number | undefined) {
  const [timeline, setTimeline] = useState<RevisionTimeline | null>(null);

  useEffect(() => {
    const abort = new AbortController();
    api.get<RevisionTimeline>(`/api/documents/${encodeURIComponent(documentId)}/revisions`, abort.signal).then(setTimeline, () => {});
    return () => abort.abort();
  }, [documentId]);

  const marks = useMemo(() => (timeline ? latestRevisionMarks(timeline) : NONE), [timeline]);
  return { marks, outdated: isOutdated(timeline?.revision ?? null, currentRevision) };
}
