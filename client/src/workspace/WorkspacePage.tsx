// The translator's and reviewer's workspace: every segment of a document in a virtualized two-column
// grid, the active one editable, autosaved with its version (conflicts resolved in a dialog, never
// lost), confirmed/approved from the keyboard, filtered, and kept live by server-sent events. This page
// wires the parts together: the state and behaviour live in hooks/, the pieces of the screen beside it.
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role, Segment } from '../api/types';
import { hasRole, useUser } from '../auth';
import { formatNumber } from '../format';
import { isOpen, isUnreviewed } from '../lib/segmentFilters';
import { canEditSegment } from '../lib/segmentRights';
import type { WorkspaceMode } from '../lib/shortcuts';
import { BulkApproveDialog } from '../review/BulkApproveDialog';
import { RejectDialog } from '../review/RejectDialog';
import { ConflictBanner } from './ConflictBanner';
import { ConflictDialog } from './ConflictDialog';
import { FilterBar } from './FilterBar';
import { useCursor } from './hooks/useCursor';
import { useDocumentEvents } from './hooks/useDocumentEvents';
import { useFilters } from './hooks/useFilters';
import { useInserts } from './hooks/useInserts';
import { useNavigation } from './hooks/useNavigation';
import { usePresence } from './hooks/usePresence';
import { useReviewActions } from './hooks/useReviewActions';
import { useSaveQueue } from './hooks/useSaveQueue';
import { useSegmentDetail } from './hooks/useSegmentDetail';
import { useSegments } from './hooks/useSegments';
import { useShortcuts } from './hooks/useShortcuts';
import { SidePanel } from './panel/SidePanel';
import { QaOverrideDialog } from './QaOverrideDialog';
import { SegmentGrid, type RowState } from './SegmentGrid';
import type { RowActions } from './SegmentRow';
import { ShortcutHelp } from './ShortcutHelp';
import { WorkspaceHeader } from './WorkspaceHeader';
import './workspace.css';

export function WorkspacePage({ documentId, mode }: { documentId: string; mode: WorkspaceMode }) {
  const { t } = useTranslation('workspace');
  const user = useUser();

  // Callbacks handed to a hook run on events, after this render: they may use hooks set up below.
  const cursor = useCursor();
  const { activeId, activeRef } = cursor;
  const segments = useSegments({
    documentId,
    mode,
    userId: user.id,
    onLivePatch: ({ fresh, own, replaced }) => {
      saves.applyLive(fresh, own);
      if (replaced.some((segment) => segment.id === activeRef.current)) details.refreshGlossary();
    },
  });
  const { store, refreshDocument, reload } = segments;
  const { visible, touch, ...filters } = useFilters(segments.segments);
  const activeSegment = activeId ? (store.get(activeId) ?? null) : null;
  const details = useSegmentDetail(activeId, activeSegment);

  const roles = useMemo(() => new Set<Role>([...user.roles, ...segments.projectRoles]), [user.roles, segments.projectRoles]);
  const canTranslate = hasRole(user, 'translator', 'coordinator') || roles.has('translator') || roles.has('coordinator');
  const canReview = hasRole(user, 'reviewer', 'coordinator') || roles.has('reviewer') || roles.has('coordinator');

  const saves = useSaveQueue({ store, cursor, refreshDocument, reload, lastActorOf: segments.lastActorOf, onTouched: touch, onActiveSaved: details.refreshGlossary });
  const { grid, activate, moveBy, jumpTo } = useNavigation({
    cursor,
    visible,
    startAt: segments.startAt,
    onEnter: details.keepOnly,
    onLeave: (id) => void saves.save(id),
  });
  const presence = usePresence(user.id, activeId, segments.rememberName);
  useDocumentEvents(documentId, {
    segments: (event) => void segments.applyLive(event.segments, event.actorId),
    presence: presence.receive,
    reconnected: reload,
  });

  const nextUnreviewed = () => jumpTo(isUnreviewed, t('toast.allReviewed'));
  /** Confirms (see useSaveQueue) and moves on to the next open segment. */
  const confirm = async (id: string, overrideReason?: string) => {
    if ((await saves.confirm(id, overrideReason)) && activeRef.current === id) jumpTo(isOpen, t('toast.allDone'));
  };
  const review = useReviewActions({ documentId, store, visible, activeRef, canTranslate, save: saves.save, isSaved: saves.isSaved, touch, refreshDocument, reload, nextUnreviewed });
  const inserts = useInserts({ cursor, activeSegment, detail: details.detail, showDetail: details.showDetail, textChanged: saves.textChanged });
  const shortcuts = useShortcuts({
    mode,
    activeSegment,
    canTranslate,
    canReview,
    dialogOpen: saves.conflicts.shown !== null || saves.qaOverride !== null || review.rejecting !== null || review.bulk !== null,
    handlers: {
      move: moveBy,
      nextUnreviewed,
      confirm: (segment) => void confirm(segment.id),
      approve: (segment) => void review.approve(segment.id, true),
      reject: (segment) => review.openReject(segment.id),
      insertMt: inserts.insertMt,
      insertTm: inserts.insertTm,
      insertPlaceholder: inserts.insertPlaceholder,
      copySource: inserts.copySource,
    },
  });

  // ---- rendering ---------------------------------------------------------------------------------
  // Memoized rows re-render when their props change: their actions keep one identity.
  const rowActions = useMemo<RowActions>(
    () => ({
      activate: (id) => activate(id, { focus: true, scroll: false }),
      approve: (id) => void review.approve(id, false),
      reject: review.openReject,
      registerEditor: cursor.registerEditor,
    }),
    [activate, review.approve, review.openReject, cursor.registerEditor],
  );
  const onFocusActivate = useCallback((id: string) => activate(id, { focus: false, scroll: false }), [activate]);

  const rowState = (segment: Segment): RowState => ({
    editable: canEditSegment({ canTranslate, canReview }, segment),
    ...saves.rowEdit(segment, segment.id === activeId),
    presence: presence.labels.get(segment.id) ?? '',
  });

  // The panel re-renders when its segment or detail changes, not on every page of segments loaded.
  const { detail } = details;
  const panelDetail = activeSegment && detail?.id === activeSegment.id ? detail : null;
  const sidePanel = useMemo(
    () => (activeSegment ? <SidePanel segment={activeSegment} detail={panelDetail} mode={mode} onInsert={inserts.fromPanel} /> : null),
    [activeSegment, panelDetail, mode, inserts.fromPanel],
  );

  const unreviewedVisible = useMemo(() => (mode === 'review' ? visible.filter(isUnreviewed).length : 0), [mode, visible]);
  const { shown: shownConflict, waiting: waitingConflicts } = saves.conflicts;
  const { qaOverride, closeQaOverride } = saves;
  const { rejecting, bulk } = review;

  if (segments.loadError && store.loaded === 0) {
    return (
      <div className="ws-page">
        <p className="empty" role="alert">
          {segments.loadError.status === 404 ? t('errors.notFound') : segments.loadError.message || t('common:errors.unknown')}
        </p>
      </div>
    );
  }

  return (
    <div className={`ws-page mode-${mode}`} data-testid="workspace" data-mode={mode}>
      <WorkspaceHeader
        documentId={documentId}
        document={segments.doc}
        mode={mode}
        mtJob={segments.mtJob}
        canSwitch={mode === 'translate' ? canReview : canTranslate}
        canImport={canTranslate}
        onImported={reload}
      >
        {mode === 'review' && canReview && (
          <>
            <button type="button" data-testid="next-unreviewed" onClick={nextUnreviewed}>
              {t('review.nextUnreviewed')}
            </button>
            <button type="button" className="primary" data-testid="bulk-approve" disabled={unreviewedVisible === 0} onClick={review.openBulk}>
              {t('review.bulkApprove', { count: unreviewedVisible, formatted: formatNumber(unreviewedVisible) })}
            </button>
          </>
        )}
        <button type="button" data-testid="open-shortcuts" aria-haspopup="dialog" onClick={shortcuts.openHelp}>
          <span aria-hidden="true">⌨ </span>
          {t('help.button')}
        </button>
      </WorkspaceHeader>
      <FilterBar filter={filters.filter} counts={filters.counts} onFilter={filters.chooseFilter} onSearch={filters.chooseSearch} />
      <ConflictBanner waiting={waitingConflicts} onResolve={saves.conflicts.show} />
      <div className="ws-body">
        <SegmentGrid
          list={visible}
          loaded={store.loaded}
          busy={segments.busy}
          emptyText={filters.emptyText}
          mode={mode}
          canReview={canReview}
          activeId={activeId}
          rowState={rowState}
          activeMarks={details.marks}
          activeTmScore={details.tmScore}
          handle={grid}
          onActivate={onFocusActivate}
          actions={rowActions}
          editorEvents={saves.editorEvents}
        />
        <aside className="ws-side" data-testid="side-panel" aria-label={t('panel.label')}>
          {sidePanel ?? <p className="empty">{t('panel.none')}</p>}
        </aside>
      </div>
      {shownConflict && (
        <ConflictDialog
          key={shownConflict.segmentId}
          conflict={shownConflict}
          onKeepMine={() => saves.conflicts.resolve(shownConflict, 'mine')}
          onTakeTheirs={() => saves.conflicts.resolve(shownConflict, 'theirs')}
          onMerge={(text) => saves.conflicts.resolve(shownConflict, 'merge', text)}
          onLater={saves.conflicts.later}
        />
      )}
      {qaOverride && (
        <QaOverrideDialog
          number={qaOverride.number}
          issues={qaOverride.issues}
          onCancel={closeQaOverride}
          onConfirm={async (reason) => {
            closeQaOverride();
            await confirm(qaOverride.segmentId, reason);
          }}
        />
      )}
      {rejecting && <RejectDialog segment={rejecting} onSubmit={(reason) => review.submitReject(rejecting, reason)} onCancel={review.cancelReject} />}
      {bulk && <BulkApproveDialog count={bulk.ids.length} words={bulk.words} onConfirm={() => review.submitBulk(bulk.ids)} onCancel={review.cancelBulk} />}
      {shortcuts.helpOpen && <ShortcutHelp mode={mode} onClose={shortcuts.closeHelp} />}
    </div>
  );
}
