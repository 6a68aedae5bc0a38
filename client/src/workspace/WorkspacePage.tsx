// The translator's and reviewer's workspace: every segment of a document in a virtualized two-column
// grid, the active one editable, autosaved with its version (conflicts resolved in a dialog, never
// lost), confirmed/approved from the keyboard, filtered, and kept live by server-sent events.
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../api/client';
import type { Role, Segment } from '../api/types';
import { hasRole, useUser } from '../auth';
import { formatNumber } from '../format';
import { isOpen, isUnreviewed } from '../lib/segmentFilters';
import { canEditSegment } from '../lib/segmentRights';
import { BulkApproveDialog } from '../review/BulkApproveDialog';
import { RejectDialog } from '../review/RejectDialog';
import { useToasts } from '../ui/Toasts';
import { ConflictDialog } from './ConflictDialog';
import { FilterBar } from './FilterBar';
import { SidePanel } from './panel/SidePanel';
import { QaOverrideDialog } from './QaOverrideDialog';
import { SegmentGrid, type RowState } from './SegmentGrid';
import type { RowActions } from './SegmentRow';
import { ShortcutHelp } from './ShortcutHelp';
import { WorkspaceHeader } from './WorkspaceHeader';
import { useCursor } from './hooks/useCursor';
import { useDocumentEvents } from './hooks/useDocumentEvents';
import { useFilters } from './hooks/useFilters';
import { useInserts } from './hooks/useInserts';
import { useNavigation } from './hooks/useNavigation';
import { useSaveQueue } from './hooks/useSaveQueue';
import { usePresence } from './hooks/usePresence';
import { useSegmentDetail } from './hooks/useSegmentDetail';
import { useSegments } from './hooks/useSegments';
import { useShortcuts } from './hooks/useShortcuts';
import './workspace.css';

type Mode = 'translate' | 'review';


export function WorkspacePage({ documentId, mode }: { documentId: string; mode: Mode }) {
  const { t } = useTranslation('workspace');
  const user = useUser();
  const toasts = useToasts();

  const cursor = useCursor();
  const { activeId, activeRef } = cursor;
  const { store, segments: all, doc, mtJob, projectRoles, loadError, busy, startAt, refreshDocument, reload: reloadSegments, applyLive, rememberName, lastActorOf } =
    useSegments({
      documentId,
      mode,
      userId: user.id,
      // Runs on events, after this render: the save queue and the details set up below are there by then.
      onLivePatch: ({ fresh, own, replaced }) => {
        saves.applyLive(fresh, own);
        if (replaced.some((segment) => segment.id === activeRef.current)) details.refreshGlossary();
      },
    });
  const { filter, counts, visible, touch, chooseFilter, chooseSearch, emptyText } = useFilters(all);
  const activeSegment = activeId ? (store.get(activeId) ?? null) : null;
  const details = useSegmentDetail(activeId, activeSegment);
  const { detail } = details;
  const [rejecting, setRejecting] = useState<Segment | null>(null);
  const [bulk, setBulk] = useState<{ ids: string[]; words: number } | null>(null);

  const saves = useSaveQueue({ store, cursor, refreshDocument, reload: reloadSegments, lastActorOf, onTouched: touch, onActiveSaved: details.refreshGlossary });

  // ---- roles -------------------------------------------------------------------------------------
  const roles = useMemo(() => new Set<Role>([...user.roles, ...projectRoles]), [user.roles, projectRoles]);
  const canTranslate = hasRole(user, 'translator', 'coordinator') || roles.has('translator') || roles.has('coordinator');
  const canReview = hasRole(user, 'reviewer', 'coordinator') || roles.has('reviewer') || roles.has('coordinator');
  const canEdit = useCallback((segment: Segment) => canEditSegment({ canTranslate, canReview }, segment), [canTranslate, canReview]);

  // ---- the list ----------------------------------------------------------------------------------

  // The latest values for callbacks that outlive a render (timers, events, stable row actions).
  const latest = useRef({ visible, mode, activeSegment, detail, canEdit, canReview, canTranslate, doc });
  latest.current = { visible, mode, activeSegment, detail, canEdit, canReview, canTranslate, doc };








  // ---- live updates ------------------------------------------------------------------------------
  const presence = usePresence(user.id, activeId, rememberName);
  useDocumentEvents(documentId, {
    segments: (event) => void applyLive(event.segments, event.actorId),
    presence: presence.receive,
    reconnected: reloadSegments,
  });




  // ---- activation and focus ----------------------------------------------------------------------
  // On opening, the first segment to work on (an open one to translate, a translated one to review)
  // becomes active as soon as its row can be rendered.
  const { grid, activate, moveBy, jumpTo } = useNavigation({
    cursor,
    visible,
    startAt,
    onEnter: details.keepOnly,
    onLeave: (id) => void saves.save(id),
  });

  const rowActions = useRef<RowActions>({

    activate: (id) => activate(id, { focus: true, scroll: false }),
    approve: (id) => void approveRef.current(id, false),
    reject: (id) => openRejectRef.current(id),
    registerEditor: cursor.registerEditor,
  }).current;


  const onFocusActivate = useCallback((id: string) => activate(id, { focus: false, scroll: false }), [activate]);


  /** Confirms (see useSaveQueue) and moves on to the next open segment. */
  async function confirm(id: string, overrideReason?: string) {
    if ((await saves.confirm(id, overrideReason)) && activeRef.current === id) jumpTo(isOpen, t('toast.allDone'));
  }

  async function approve(id: string, jump: boolean) {
    await saves.save(id);
    if (!saves.isSaved(id)) return;
    let segment = store.get(id);
    if (!segment) return;
    try {
      // A reviewer who is also a translator edits as a translator (the segment went back to draft):
      // approving their correction confirms it first.
      if (segment.state === 'draft' && latest.current.canTranslate && segment.target) {
        segment = await api.post<Segment>(`/api/segments/${id}/confirm`, { version: segment.version });
        store.update([segment]);
      }
      if (segment.state !== 'translated') {
        if (jump) jumpTo(isUnreviewed, t('toast.allReviewed'));
        return;
      }
      const updated = await api.post<Segment>(`/api/segments/${id}/approve`, { version: segment.version });
      store.update([updated]);
      touch(id);
      refreshDocument();
      if (jump && activeRef.current === id) jumpTo(isUnreviewed, t('toast.allReviewed'));
    } catch (error) {
      toasts.showError(error);
      if (error instanceof ApiError && error.code === 'version_conflict') reloadSegments();
    }
  }
  const approveRef = useRef(approve);
  approveRef.current = approve;

  function openReject(id: string) {
    const segment = store.get(id);
    if (!segment) return;
    if (segment.state !== 'translated' && segment.state !== 'approved') {
      toasts.show('info', t('toast.cannotReject'));
      return;
    }
    setRejecting(segment);
  }
  const openRejectRef = useRef(openReject);
  openRejectRef.current = openReject;

  /** Errors are thrown back to the dialog, which shows them and stays open. */
  async function submitReject(segment: Segment, reason: string) {
    await saves.save(segment.id);
    const current = store.get(segment.id) ?? segment;
    const updated = await api.post<Segment>(`/api/segments/${segment.id}/reject`, { reason, version: current.version });
    store.update([updated]);
    touch(segment.id);
    refreshDocument();
    setRejecting(null);
    toasts.show('success', t('toast.rejected', { number: segment.index + 1 }));
  }

  function openBulk() {
    const candidates = latest.current.visible.filter(isUnreviewed);
    if (candidates.length === 0) {
      toasts.show('info', t('toast.nothingToApprove'));
      return;
    }
    setBulk({ ids: candidates.map((segment) => segment.id), words: candidates.reduce((sum, segment) => sum + segment.wordCount, 0) });
  }

  async function submitBulk(ids: string[]) {
    const result = await api.post<{ approved: number; skipped: unknown[] | number }>(`/api/documents/${documentId}/approve`, { segmentIds: ids });
    const skipped = Array.isArray(result.skipped) ? result.skipped.length : Number(result.skipped) || 0;
    toasts.show('success', t('toast.bulkApproved', { approved: formatNumber(result.approved), skipped: formatNumber(skipped), count: result.approved }));
    setBulk(null);
    reloadSegments();
    refreshDocument();
  }

  // ---- keyboard ----------------------------------------------------------------------------------
  const inserts = useInserts({ cursor, activeSegment, detail, showDetail: details.showDetail, textChanged: saves.textChanged });
  const shortcuts = useShortcuts({
    mode,
    activeSegment,
    canTranslate,
    canReview,
    dialogOpen: saves.conflicts.shown !== null || saves.qaOverride !== null || rejecting !== null || bulk !== null,
    handlers: {
      move: moveBy,
      nextUnreviewed: () => jumpTo(isUnreviewed, t('toast.allReviewed')),
      confirm: (segment) => void confirm(segment.id),
      approve: (segment) => void approve(segment.id, true),
      reject: (segment) => openReject(segment.id),
      insertMt: inserts.insertMt,
      insertTm: inserts.insertTm,
      insertPlaceholder: inserts.insertPlaceholder,
      copySource: inserts.copySource,
    },
  });

  // ---- rendering ---------------------------------------------------------------------------------
  const rowState = (segment: Segment): RowState => ({
    editable: canEdit(segment),
    ...saves.rowEdit(segment, segment.id === activeId),
    presence: presence.labels.get(segment.id) ?? '',
  });

  // The panel re-renders when its segment or detail changes, not on every page of segments loaded.
  const panelDetail = activeSegment && detail?.id === activeSegment.id ? detail : null;
  const sidePanel = useMemo(
    () => (activeSegment ? <SidePanel segment={activeSegment} detail={panelDetail} mode={mode} onInsert={inserts.fromPanel} /> : null),
    [activeSegment, panelDetail, mode, inserts.fromPanel],
  );

  const { shown, waiting: waitingConflicts } = saves.conflicts;
  const { qaOverride } = saves;
  const unreviewedVisible = useMemo(() => (mode === 'review' ? visible.filter(isUnreviewed).length : 0), [mode, visible]);

  if (loadError && store.loaded === 0) {
    return (
      <div className="ws-page">
        <p className="empty" role="alert">
          {loadError.status === 404 ? t('errors.notFound') : loadError.message || t('common:errors.unknown')}
        </p>
      </div>
    );
  }

  return (
    <div className={`ws-page mode-${mode}`} data-testid="workspace" data-mode={mode}>
      <WorkspaceHeader documentId={documentId} document={doc} mode={mode} mtJob={mtJob} canSwitch={mode === 'translate' ? canReview : canTranslate}>
        {mode === 'review' && canReview && (
          <>
            <button type="button" data-testid="next-unreviewed" onClick={() => jumpTo(isUnreviewed, t('toast.allReviewed'))}>
              {t('review.nextUnreviewed')}
            </button>
            <button type="button" className="primary" data-testid="bulk-approve" disabled={unreviewedVisible === 0} onClick={openBulk}>
              {t('review.bulkApprove', { count: unreviewedVisible, formatted: formatNumber(unreviewedVisible) })}
            </button>
          </>
        )}
        <button type="button" data-testid="open-shortcuts" aria-haspopup="dialog" onClick={shortcuts.openHelp}>
          <span aria-hidden="true">⌨ </span>
          {t('help.button')}
        </button>
      </WorkspaceHeader>
      <FilterBar filter={filter} counts={counts} onFilter={chooseFilter} onSearch={chooseSearch} />
      {waitingConflicts.length > 0 && (
        <div className="ws-conflict-banner" role="alert">
          {t('conflict.waiting', { count: waitingConflicts.length })}
          {waitingConflicts.map((c) => (
            <button key={c.segmentId} type="button" data-testid="resolve-conflict" onClick={() => saves.conflicts.show(c.segmentId)}>
              {t('conflict.resolve', { number: c.number })}
            </button>
          ))}
        </div>
      )}
      <div className="ws-body">
        <SegmentGrid
          list={visible}
          loaded={store.loaded}
          busy={busy}
          mode={mode}
          activeId={activeId}
          canReview={canReview}
          rowState={rowState}
          activeMarks={details.marks}
          activeTmScore={details.tmScore}
          actions={rowActions}
          editorEvents={saves.editorEvents}
          onActivate={onFocusActivate}
          handle={grid}
          emptyText={emptyText}
        />
        <aside className="ws-side" data-testid="side-panel" aria-label={t('panel.label')}>
          {sidePanel ?? <p className="empty">{t('panel.none')}</p>}
        </aside>
      </div>
      {shown && (
        <ConflictDialog
          key={shown.segmentId}
          conflict={shown}
          onKeepMine={() => saves.conflicts.resolve(shown, 'mine')}
          onTakeTheirs={() => saves.conflicts.resolve(shown, 'theirs')}
          onMerge={(text) => saves.conflicts.resolve(shown, 'merge', text)}
          onLater={saves.conflicts.later}
        />
      )}
      {qaOverride && (
        <QaOverrideDialog
          number={qaOverride.number}
          issues={qaOverride.issues}
          onCancel={saves.closeQaOverride}
          onConfirm={async (reason) => {
            const id = qaOverride.segmentId;
            saves.closeQaOverride();
            await confirm(id, reason);
          }}
        />
      )}
      {rejecting && <RejectDialog segment={rejecting} onSubmit={(reason) => submitReject(rejecting, reason)} onCancel={() => setRejecting(null)} />}
      {bulk && <BulkApproveDialog count={bulk.ids.length} words={bulk.words} onConfirm={() => submitBulk(bulk.ids)} onCancel={() => setBulk(null)} />}
      {shortcuts.helpOpen && <ShortcutHelp mode={mode} onClose={shortcuts.closeHelp} />}
    </div>
  );
}
