// Actions on one segment besides typing: confirming it (refused for QA errors, it waits in the override
// dialog for a reason), locking and unlocking it (coordinators: a passage taken for Polish on
// submission goes back to translation) and marking a twin as needing its own translation (or taking
// the mark off). Each saves the segment's edit first, acts only once that is saved, and sends the
// version it is based on; `post` is that path for the review actions too.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../api/client';
import type { Segment } from '../../api/types';
import { useToasts } from '../../ui/Toasts';
import type { SegmentStore } from '../segmentStore';
import type { QaErrorsDetails } from '../types';
import { useLatest, useStableCallback } from './useLatest';

/** The segment actions of POST /api/segments/:id/<action>. */
export type SegmentPostAction = 'confirm' | 'approve' | 'lock' | 'unlock' | 'context-specific';

/**
 * What follows a confirm once it went through: the next open segment (translating), or approving it
 * (a reviewer who is also a translator), then staying or going on to the next unreviewed one.
 */
export type AfterConfirm = 'next' | 'approve' | 'approveAndNext';

/** A confirm refused for QA errors, waiting for "confirm anyway" with a reason. */
export interface QaOverride {
  segmentId: string;
  number: number;
  issues: QaErrorsDetails['issues'];
  then: AfterConfirm;
}

interface SegmentActionsOptions {
  store: SegmentStore;
  /** Saves the segment's edit; resolves when the server answered. */
  save(id: string): Promise<void>;
  /** Whether the segment has no unsaved, refused or failed edit. */
  isSaved(id: string): boolean;
  /** The segment was worked on: it stays listed under the current filter. */
  touch(id: string): void;
  refreshDocument(): void;
  reload(): void;
  /** Puts the keyboard back into the segment's editor (its button may have gone with the change). */
  focus(id: string): void;
}

export function useSegmentActions(options: SegmentActionsOptions) {
  const { store } = options;
  const { t } = useTranslation('workspace');
  const toasts = useToasts();
  const latest = useLatest(options);
  const [qaOverride, setQaOverride] = useState<QaOverride | null>(null);

  /** Saves the segment's edit: the segment as loaded once that is done, null while a conflict or a failed save waits. */
  const saved = async (id: string): Promise<Segment | null> => {
    await latest.current.save(id);
    return latest.current.isSaved(id) ? (store.get(id) ?? null) : null;
  };

  /**
   * Posts the action at the segment's version; the answer replaces the segment. Null when refused:
   * `refused` may take the error, else a toast says why (a version conflict loads the segments again).
   */
  const send = async (segment: Segment, action: SegmentPostAction, body: Record<string, unknown>, refused?: (error: ApiError) => boolean): Promise<Segment | null> => {
    const { touch, refreshDocument, reload } = latest.current;
    try {
      const updated = await api.post<Segment>(`/api/segments/${segment.id}/${action}`, { ...body, version: segment.version });
      store.update([updated]);
      touch(segment.id);
      refreshDocument();
      return updated;
    } catch (error) {
      if (error instanceof ApiError && refused?.(error)) return null;
      toasts.showError(error);
      if (error instanceof ApiError && error.code === 'version_conflict') reload();
      return null;
    }
  };

  /** Saves, then posts the action; the changed segment, or null when nothing changed. */
  const post = useStableCallback(async (id: string, action: SegmentPostAction, body: Record<string, unknown> = {}): Promise<Segment | null> => {
    const segment = await saved(id);
    return segment && send(segment, action, body);
  });

  /**
   * Saves, then confirms a draft or rejected segment (with a reason that overrides its QA errors).
   * True when the segment is confirmed or needed no confirming; false when nothing was confirmed
   * (QA errors open the override dialog, which goes on with `then`).
   */
  const confirm = useStableCallback(async (id: string, overrideReason?: string, then: AfterConfirm = 'next'): Promise<boolean> => {
    const segment = await saved(id);
    if (!segment) return false;
    if (segment.state === 'new') {
      toasts.show('info', t('toast.nothingToConfirm'));
      return false;
    }
    if (segment.state !== 'draft' && segment.state !== 'rejected') return true;
    const body = overrideReason ? { overrideQa: { reason: overrideReason } } : {};
    const confirmed = await send(segment, 'confirm', body, (error) => {
      if (error.code !== 'qa_errors') return false;
      const details = error.details as QaErrorsDetails | undefined;
      setQaOverride({ segmentId: id, number: segment.index + 1, issues: details?.issues ?? [], then });
      return true;
    });
    return confirmed !== null;
  });

  const postAndFocus = async (id: string, action: SegmentPostAction, body?: Record<string, unknown>) => {
    if (await post(id, action, body)) latest.current.focus(id);
  };
  const lock = useStableCallback((id: string) => void postAndFocus(id, 'lock'));
  const unlock = useStableCallback((id: string) => void postAndFocus(id, 'unlock'));
  const markContextSpecific = useStableCallback((id: string, contextSpecific: boolean) => void postAndFocus(id, 'context-specific', { contextSpecific }));

  const closeQaOverride = useCallback(() => setQaOverride(null), []);

  return { post, confirm, qaOverride, closeQaOverride, lock, unlock, markContextSpecific };
}
