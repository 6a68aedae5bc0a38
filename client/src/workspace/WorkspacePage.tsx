// The translator's and reviewer's workspace: every segment of a document in a virtualized two-column
// grid, the active one editable, autosaved with its version (conflicts resolved in a dialog, never
// lost), confirmed/approved from the keyboard, filtered, and kept live by server-sent events. This page
// wires the parts together: the state and behaviour live in hooks/, the pieces of the screen beside it.
import { useCallback, useMemo, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role, Segment } from '../api/types';
import { hasRole, useUser } from '../auth';
import { formatNumber } from '../format';
import { isOpen, isUnreviewed } from '../lib/segmentFilters';
import { canEditSegment, type WorkspaceRights } from '../lib/segmentRights';
import type { WorkspaceMode } from '../lib/shortcuts';
import { BulkApproveDialog } from '../review/BulkApproveDialog';
import { RejectDialog } from '../review/RejectDialog';
import { ConcordanceDialog } from '../tm/ConcordanceDialog';
import { ConflictBanner, UnsavedBanner } from './EditBanners';
import { ConflictDialog } from './ConflictDialog';
import { FilterBar } from './FilterBar';
import { useConcordance } from './hooks/useConcordance';
import { Link } from '../router';
import { useCollaboration } from './hooks/useCollaboration';
import { useCursor } from './hooks/useCursor';
import { useStartInMyRange } from './hooks/useStartInMyRange';
import { useDocumentEvents } from './hooks/useDocumentEvents';
import { useFilters } from './hooks/useFilters';
import type { FilterContext } from '../lib/segmentFilters';
import { useInserts } from './hooks/useInserts';
import { useNavigation } from './hooks/useNavigation';
import { usePresence } from './hooks/usePresence';
import { useReviewActions } from './hooks/useReviewActions';
import { useRevisionMarks } from './hooks/useRevisionMarks';
import { useSaveQueue } from './hooks/useSaveQueue';
import { useSegmentActions } from './hooks/useSegmentActions';
import { useSegmentDetail } from './hooks/useSegmentDetail';
import { useSegments } from './hooks/useSegments';
import { useShortcuts } from './hooks/useShortcuts';
import { SidePanel } from './panel/SidePanel';
import { focusAnnotation } from './panel/LqaSection';
import { QaOverrideDialog } from './QaOverrideDialog';
import { SegmentGrid, type RowState } from './SegmentGrid';
import type { RowActions } from './SegmentRow';
import { ShortcutHelp } from './ShortcutHelp';
import { WorkspaceHeader } from './WorkspaceHeader';
import './workspace.css';

/** A mouse press on the concordance button leaves the selected words selected (they are the query). */
const keepSelection = (event: MouseEvent) => event.preventDefault();

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
  const manages = hasRole(user, 'coordinator') || segments.projectRoles.includes('coordinator');
  const collaboration = useCollaboration({ documentId, userId: user.id, projectId: segments.doc?.projectId ?? null, manages });
  const revisions = useRevisionMarks(documentId, segments.doc?.revision);
  const filterContext = useMemo<FilterContext>(
    () => ({ openThreads: collaboration.openThreads, revised: (id: string) => revisions.marks.has(id) }),
    [collaboration.openThreads, revisions.marks],
  );
  const { visible, touch, ...filters } = useFilters(segments.segments, filterContext);
  const activeSegment = activeId ? (store.get(activeId) ?? null) : null;
  const details = useSegmentDetail(activeId, activeSegment);

  const roles = useMemo(() => new Set<Role>([...user.roles, ...segments.projectRoles]), [user.roles, segments.projectRoles]);
  const canTranslate = hasRole(user, 'translator', 'coordinator') || roles.has('translator') || roles.has('coordinator');
  const canReview = hasRole(user, 'reviewer', 'coordinator') || roles.has('reviewer') || roles.has('coordinator');
  const canManage = hasRole(user, 'coordinator') || roles.has('coordinator');
  const rights = useMemo<WorkspaceRights>(() => ({ canTranslate, canReview, canManage }), [canTranslate, canReview, canManage]);

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
    comments: collaboration.applyComments,
    reconnected: () => {
      reload();
      collaboration.reloadCounts();
    },
  });
  useStartInMyRange({ mode, busy: segments.busy, segments: segments.segments, collaboration, activeRef, activate });

  const nextUnreviewed = () => jumpTo(isUnreviewed, t('toast.allReviewed'));
  const actions = useSegmentActions({ store, save: saves.save, isSaved: saves.isSaved, touch, refreshDocument, reload, focus: (id) => activate(id, { focus: true, scroll: false }) });
  /** Confirms (see useSegmentActions) and moves on to the next open segment. */
  const confirm = async (id: string, overrideReason?: string) => {
    if ((await actions.confirm(id, overrideReason)) && activeRef.current === id) jumpTo(isOpen, t('toast.allDone'));
  };
  const review = useReviewActions({ documentId, store, visible, activeRef, canTranslate, save: saves.save, isSaved: saves.isSaved, post: actions.post, confirm: actions.confirm, touch, refreshDocument, reload, nextUnreviewed });
  const concordance = useConcordance(activeSegment);
  const inserts = useInserts({ cursor, activeSegment, detail: details.detail, showDetail: details.showDetail, textChanged: saves.textChanged });
  const shortcuts = useShortcuts({
    mode,
    activeSegment,
    canTranslate,
    canReview,
    dialogOpen: saves.conflicts.shown !== null || actions.qaOverride !== null || review.rejecting !== null || review.bulk !== null || concordance.search !== null,
    handlers: {
      move: moveBy,
      nextUnreviewed,
      concordance: concordance.open,
      confirm: (segment) => void confirm(segment.id),
      approve: (segment) => void review.approve(segment.id, true),
      reject: (segment) => review.openReject(segment.id),
      annotate: () => focusAnnotation(),
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
      lock: actions.lock,
      unlock: actions.unlock,
      markContextSpecific: actions.markContextSpecific,
      retrySave: saves.retry,
      registerEditor: cursor.registerEditor,
    }),
    [activate, review.approve, review.openReject, actions.lock, actions.unlock, actions.markContextSpecific, saves.retry, cursor.registerEditor],
  );
  const onFocusActivate = useCallback((id: string) => activate(id, { focus: false, scroll: false }), [activate]);

  const rowState = (segment: Segment): RowState => ({
    revision: revisions.marks.get(segment.id),
    editable: canEditSegment({ canTranslate, canReview }, segment) && !collaboration.isOthers(segment.index),
    ...saves.rowEdit(segment, segment.id === activeId),
    presence: presence.labels.get(segment.id) ?? '',
    comments: collaboration.counts.get(segment.id),
    others: collaboration.isOthers(segment.index),
  });

  // The panel re-renders when its segment or detail changes, not on every page of segments loaded.
  const { detail } = details;
  const panelDetail = activeSegment && detail?.id === activeSegment.id ? detail : null;
  const commentRevision = activeSegment ? collaboration.revisionOf(activeSegment.id) : 0;
  const hasComments = activeSegment ? (collaboration.counts.get(activeSegment.id)?.comments ?? 0) > 0 : false;
  const { applyComments } = collaboration;
  const projectId = segments.doc?.projectId ?? null;
  const sidePanel = useMemo(
    () =>
      activeSegment && projectId !== null ? (
        <SidePanel
          segment={activeSegment}
          detail={panelDetail}
          mode={mode}
          onInsert={inserts.fromPanel}
          commentRevision={commentRevision}
          onCommentsChanged={applyComments}
          hasComments={hasComments}
          projectId={projectId}
          canAnnotate={canReview}
        />
      ) : null,
    [activeSegment, panelDetail, mode, inserts.fromPanel, commentRevision, applyComments, hasComments, projectId, canReview],
  );

  const unreviewedVisible = useMemo(() => (mode === 'review' ? visible.filter(isUnreviewed).length : 0), [mode, visible]);
  const { shown: shownConflict, waiting: waitingConflicts } = saves.conflicts;
  const { qaOverride, closeQaOverride } = actions;
  const { rejecting, bulk } = review;

  if (segments.loadError && store.loaded === 0) {
    return (
      <div className="ws-page">
        <h1 className="ws-title">{t('errors.title')}</h1>
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
        <button type="button" data-testid="open-concordance" aria-haspopup="dialog" onMouseDown={keepSelection} onClick={concordance.open}>
          {t('concordance.button')}
        </button>
        <Link to={`/documents/${encodeURIComponent(documentId)}/assignments`} className="ws-assignments" data-testid="open-assignments">
          {t('collaboration:assignments.title')}
        </Link>
        <button type="button" data-testid="open-shortcuts" aria-haspopup="dialog" onClick={shortcuts.openHelp}>
          <span aria-hidden="true">⌨ </span>
          {t('help.button')}
        </button>
      </WorkspaceHeader>
      {revisions.outdated && (
        <p className="ws-revision-banner" role="status" data-testid="revision-outdated">
          {t('revisions:workspace.outdated', { number: segments.doc?.revision })}
          <button type="button" onClick={() => window.location.reload()}>
            {t('revisions:workspace.reload')}
          </button>
        </p>
      )}
      <FilterBar filter={filters.filter} counts={filters.counts} onFilter={filters.chooseFilter} onSearch={filters.chooseSearch} />
      <ConflictBanner waiting={waitingConflicts} onResolve={saves.conflicts.show} />
      <UnsavedBanner count={saves.failed.length} onRetry={saves.retry} />
      <div className="ws-body">
        <SegmentGrid
          list={visible}
          loaded={store.loaded}
          busy={segments.busy}
          emptyText={filters.emptyText}
          mode={mode}
          rights={rights}
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
          {/* The panel's sections are h3: this keeps the heading levels in order after the document's h1. */}
          <h2 className="visually-hidden">{t('panel.label')}</h2>
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
            if (qaOverride.then === 'next') await confirm(qaOverride.segmentId, reason);
            else await review.approve(qaOverride.segmentId, qaOverride.then === 'approveAndNext', reason);
          }}
        />
      )}
      {rejecting && <RejectDialog segment={rejecting} onSubmit={(reason) => review.submitReject(rejecting, reason)} onCancel={review.cancelReject} />}
      {bulk && <BulkApproveDialog count={bulk.ids.length} words={bulk.words} onConfirm={() => review.submitBulk(bulk.ids)} onCancel={review.cancelBulk} />}
      {shortcuts.helpOpen && <ShortcutHelp mode={mode} onClose={shortcuts.closeHelp} />}
      {concordance.search && segments.doc && (
        <ConcordanceDialog projectId={segments.doc.projectId} initialQuery={concordance.search.query} initialLang={concordance.search.lang} onClose={concordance.close} />
      )}
    </div>
  );
}
