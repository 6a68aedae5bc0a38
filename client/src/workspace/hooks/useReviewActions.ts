// The reviewer's actions: approving one segment (a correction they made as a translator is confirmed
// first), rejecting one with a reason (in a dialog, which shows the server's errors), and approving
// every translated segment of the list at once (after a dialog).
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Segment } from '../../api/types';
import { formatNumber } from '../../format';
import { isUnreviewed } from '../../lib/segmentFilters';
import { NoticeError, useToasts } from '../../ui/Toasts';
import type { SegmentStore } from '../segmentStore';
import { useLatest, useStableCallback } from './useLatest';
import type { AfterConfirm, SegmentPostAction } from './useSegmentActions';

interface ReviewOptions {
  documentId: string;
  store: SegmentStore;
  /** The list as shown (filtered): what bulk approval takes. */
  visible: Segment[];
  activeRef: { readonly current: string | null };
  canTranslate: boolean;
  /** Saves the segment's edit; resolves when the server answered. */
  save(id: string): Promise<void>;
  /** Whether the segment has no unsaved, refused or failed edit. */
  isSaved(id: string): boolean;
  /** Saves, then posts the action (see useSegmentActions); the changed segment, or null. */
  post(id: string, action: SegmentPostAction): Promise<Segment | null>;
  /** Saves and confirms (QA errors open the override dialog, which goes on with `then`); true when confirmed. */
  confirm(id: string, overrideReason: string | undefined, then: AfterConfirm): Promise<boolean>;
  /** The segment was worked on: it stays listed under the current filter. */
  touch(id: string): void;
  refreshDocument(): void;
  reload(): void;
  /** Moves to the next segment waiting for review. */
  nextUnreviewed(): void;
}

export function useReviewActions(options: ReviewOptions) {
  const { store } = options;
  const { t } = useTranslation('workspace');
  const toasts = useToasts();
  const latest = useLatest(options);
  const [rejecting, setRejecting] = useState<Segment | null>(null);
  const [bulk, setBulk] = useState<{ ids: string[]; words: number } | null>(null);

  /**
   * Approves the segment; with `jump`, moves on to the next unreviewed one. A correction made as a
   * translator is confirmed first, with `overrideReason` for its QA errors once the dialog asked.
   */
  const approve = useStableCallback(async (id: string, jump: boolean, overrideReason?: string) => {
    const { save, isSaved, post, confirm, canTranslate, activeRef, nextUnreviewed } = latest.current;
    await save(id);
    if (!isSaved(id)) return;
    let segment = store.get(id) ?? null;
    // A reviewer who is also a translator edits as a translator (the segment went back to draft):
    // approving their correction confirms it first.
    if (segment?.state === 'draft' && canTranslate && segment.target) {
      if (!(await confirm(id, overrideReason, jump ? 'approveAndNext' : 'approve'))) return;
      segment = store.get(id) ?? null;
    }
    if (!segment) return;
    if (segment.state !== 'translated') {
      if (jump) nextUnreviewed();
      return;
    }
    if ((await post(id, 'approve')) && jump && activeRef.current === id) nextUnreviewed();
  });

  const openReject = useStableCallback((id: string) => {
    const segment = store.get(id);
    if (!segment) return;
    if (segment.state !== 'translated' && segment.state !== 'approved') {
      toasts.show('info', t('toast.cannotReject'));
      return;
    }
    setRejecting(segment);
  });

  /** Errors are thrown back to the dialog, which shows them and stays open. */
  const submitReject = useStableCallback(async (segment: Segment, reason: string) => {
    const { save, isSaved, touch, refreshDocument } = latest.current;
    await save(segment.id);
    // A correction that did not reach the server (refused for a conflict, or failed) is not rejected
    // over: the reviewer settles it first, and the reason typed stays in the dialog.
    if (!isSaved(segment.id)) throw new NoticeError(t('review.rejectUnsaved', { number: segment.index + 1 }));
    const current = store.get(segment.id) ?? segment;
    const updated = await api.post<Segment>(`/api/segments/${segment.id}/reject`, { reason, version: current.version });
    store.update([updated]);
    touch(segment.id);
    refreshDocument();
    setRejecting(null);
    toasts.show('success', t('toast.rejected', { number: segment.index + 1 }));
  });

  const openBulk = useStableCallback(() => {
    const candidates = latest.current.visible.filter(isUnreviewed);
    if (candidates.length === 0) {
      toasts.show('info', t('toast.nothingToApprove'));
      return;
    }
    setBulk({ ids: candidates.map((segment) => segment.id), words: candidates.reduce((sum, segment) => sum + segment.wordCount, 0) });
  });

  const submitBulk = useStableCallback(async (ids: string[]) => {
    const { documentId, reload, refreshDocument } = latest.current;
    const result = await api.post<{ approved: number; skipped: unknown[] | number }>(`/api/documents/${documentId}/approve`, { segmentIds: ids });
    const skipped = Array.isArray(result.skipped) ? result.skipped.length : Number(result.skipped) || 0;
    toasts.show('success', t('toast.bulkApproved', { approved: formatNumber(result.approved), skipped: formatNumber(skipped), count: result.approved }));
    setBulk(null);
    reload();
    refreshDocument();
  });

  const cancelReject = useCallback(() => setRejecting(null), []);
  const cancelBulk = useCallback(() => setBulk(null), []);

  return { approve, openReject, rejecting, submitReject, cancelReject, openBulk, bulk, submitBulk, cancelBulk };
}
