// What the side panel and the active row show beside the texts: the active segment's details (its TM
// matches, GET /api/segments/:id) and glossary hits, fetched once the cursor settles there (a change
// of segment cancels them), the hits again whenever its text changed; from them the glossary marks in
// its source and the score of the TM match its target came from.
import { useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Segment, SegmentDetail } from '../../api/types';
import { glossaryMarks, usedTmScore, type GlossaryMarkKind } from '../../lib/segmentHints';
import type { TextMark } from '../RichText';
import type { SegmentTermHitView } from '../types';
import { SETTLE_MS } from './settle';

const MARK_LABELS: Record<GlossaryMarkKind, string> = { forbidden: 'glossary.markForbidden', missing: 'glossary.markMissing', found: 'glossary.mark' };

export function useSegmentDetail(activeId: string | null, activeSegment: Segment | null) {
  const { t } = useTranslation('workspace');
  const [detail, setDetail] = useState<SegmentDetail | null>(null);
  const [glossary, setGlossary] = useState<{ id: string; items: SegmentTermHitView[] } | null>(null);
  const [glossaryTick, refreshGlossary] = useReducer((n: number) => n + 1, 0);

  useEffect(() => {
    if (!activeId) return;
    const abort = new AbortController();
    const timer = window.setTimeout(() => api.get<SegmentDetail>(`/api/segments/${activeId}`, abort.signal).then(setDetail, () => {}), SETTLE_MS);
    return () => {
      window.clearTimeout(timer);
      abort.abort();
    };
  }, [activeId]);

  useEffect(() => {
    if (!activeId) return;
    const abort = new AbortController();
    const load = () =>
      api.get<{ items: SegmentTermHitView[] }>(`/api/segments/${activeId}/glossary`, abort.signal).then(
        (result) => setGlossary({ id: activeId, items: result.items }),
        () => {},
      );
    const timer = window.setTimeout(load, SETTLE_MS);
    return () => {
      window.clearTimeout(timer);
      abort.abort();
    };
  }, [activeId, glossaryTick]);

  /** Another segment became active: details of any other are dropped. */
  const keepOnly = useCallback((id: string) => setDetail((current) => (current?.id === id ? current : null)), []);

  const marks = useMemo<TextMark[] | undefined>(() => {
    if (!glossary || glossary.id !== activeId) return undefined;
    return glossaryMarks(glossary.items, (hit, kind) => t(MARK_LABELS[kind], { de: hit.term.de, pl: hit.term.pl }));
  }, [glossary, activeId, t]);

  const tmScore = useMemo(() => (activeSegment ? usedTmScore(activeSegment, detail) : null), [activeSegment, detail]);

  return {
    /** The active segment's details once fetched, else null. */
    detail,
    /** Details fetched ahead of time (a TM insert pressed before they arrived). */
    showDetail: setDetail,
    keepOnly,
    /** The active segment's text changed: its glossary hits are fetched again. */
    refreshGlossary,
    /** The glossary marks of the active segment's source. */
    marks,
    /** The score of the TM match the active segment's target came from. */
    tmScore,
  };
}
