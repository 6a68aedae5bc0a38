// One segment of the grid. Memoized: it re-renders only when its own props change (its segment
// object, being active, its save status, presence …). The target cell is a contentEditable whose
// content is managed directly (editorDom.ts), so React never overwrites what is being typed.
import { memo, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Segment } from '../api/types';
import { canLockSegment, canMarkContextSpecific, canUnlockSegment, type WorkspaceRights } from '../lib/segmentRights';
import type { RevisionMark } from '../lib/revisions';
import { RevisionFlag } from '../revisions/RevisionFlag';
import { CommentIcon, LockIcon } from '../ui/Icons';
import { formatCount } from './numbers';
import { ReviewDiff } from '../review/ReviewDiff';
import { fillEditorOnce } from './editorDom';
import { QA_ICONS, QaIssueList } from './QaIssueList';
import { RichText, type TextMark } from './RichText';
import type { SaveStatus } from './types';

export interface RowActions {
  /** Make the row active and put the caret into its target. */
  activate(id: string): void;
  approve(id: string): void;
  reject(id: string): void;
  lock(id: string): void;
  unlock(id: string): void;
  markContextSpecific(id: string, contextSpecific: boolean): void;
  /** Sends a text that could not be saved again. */
  retrySave(id: string): void;
  registerEditor(id: string, element: HTMLDivElement | null): void;
}

export interface SegmentRowProps {
  segment: Segment;
  /** Position in the (filtered) list, for the virtualizer's measurements. */
  vindex: number;
  mode: 'translate' | 'review';
  active: boolean;
  editable: boolean;
  rights: WorkspaceRights;
  /** What the target shows when the row is not being edited: an unsaved draft, else the target. */
  text: string;
  status: SaveStatus | undefined;
  remoteChanged: boolean;
  presence: string;
  /** Its comments and open threads, when it has comments. */
  comments?: { comments: number; openThreads: number };
  /** In someone else's assigned range (read-only for a translator). */
  others?: boolean;
  marks: TextMark[] | undefined;
  tmScore: number | null;
  measure(element: HTMLElement | null): void;
  actions: RowActions;
  /** Changed or added by the document's latest source revision. */
  revision?: RevisionMark;
}

export const SegmentRow = memo(function SegmentRow(props: SegmentRowProps) {
  const { segment, vindex, mode, active, editable, rights, text, status, remoteChanged, presence, comments, others, marks, tmScore, measure, actions, revision } = props;
  const { t } = useTranslation('workspace');
  const number = segment.index + 1;
  const id = segment.id;

  const editorRef = useCallback(
    (element: HTMLDivElement | null) => {
      if (element) fillEditorOnce(element, text, active);
      actions.registerEditor(id, element);
    },
    [actions, id, text, active],
  );

  const errors = segment.qa.filter((issue) => issue.severity === 'error').length;
  const warnings = segment.qa.filter((issue) => issue.severity === 'warning').length;
  const qaLevel = errors > 0 ? 'error' : warnings > 0 ? 'warning' : 'info';
  const qaTitle = segment.qa.map((issue) => issue.message).join('\n');
  const review = mode === 'review';
  // The diff where the text differs from the MT proposal; "MT" in the origin says the rest.
  const showDiff = review && segment.mtTarget !== null && segment.target !== null && segment.target !== segment.mtTarget;

  return (
    <div
      ref={measure}
      role="row"
      aria-rowindex={vindex + 2}
      aria-current={active ? 'true' : undefined}
      className={`seg-row seg-${segment.state}${active ? ' is-active' : ''}${presence ? ' has-presence' : ''}${others ? ' is-others' : ''}${revision ? ' is-revised' : ''}`}
      data-testid="segment-row"
      data-index={segment.index}
      data-state={segment.state}
      data-vindex={vindex}
      data-segment-id={id}
    >
      <div role="cell" className="seg-num">
        <span className="seg-number">{formatCount(number)}</span>
        {segment.repetition && (
          <span className="seg-rep" role="img" aria-label={t('row.repetition')} title={t('row.repetition')}>
            ⟳
          </span>
        )}
        {segment.contextSpecific && (
          <span className="seg-ctx" role="img" aria-label={t('row.contextSpecific')} title={t('row.contextSpecific')}>
            ◎
          </span>
        )}
        {others && (
          <span className="seg-others" role="img" aria-label={t('collaboration:row.others')} title={t('collaboration:row.others')} data-testid="segment-others">
            <LockIcon />
          </span>
        )}
      </div>
      <div role="cell" className="seg-source" data-testid="segment-source" lang="de">
        <RichText text={segment.source} marks={marks} />
      </div>
      <div role="cell" className="seg-target-cell">
        {revision && <RevisionFlag mark={revision} source={segment.source} />}
        <div
          ref={editorRef}
          className="seg-target"
          data-testid="segment-target"
          data-segment-id={id}
          data-empty={editable ? t('row.emptyTarget') : ''}
          role="textbox"
          aria-multiline="true"
          aria-label={t('row.targetLabel', { number })}
          aria-readonly={!editable}
          contentEditable={editable}
          suppressContentEditableWarning
          tabIndex={0}
          lang="pl"
          spellCheck={active}
        />
        {showDiff && (
          <div className="seg-diff">
            <span className="seg-diff-label">{t('review.diffLabel')}</span>
            <ReviewDiff before={segment.mtTarget} after={segment.target} />
          </div>
        )}
        <RowTools segment={segment} active={active} rights={rights} actions={actions} />
        {active && segment.qa.length > 0 && <QaIssueList issues={segment.qa} className="seg-qa-list" label={t('row.qaList')} />}
        {(status !== undefined || remoteChanged || presence !== '') && (
          <div className="seg-notes">
            {status !== undefined && status !== 'dirty' && (
              <span className={`seg-save seg-save-${status}`} data-testid="save-status" data-status={status}>
                {t(`save.${status}`)}
              </span>
            )}
            {status === 'failed' && (
              <button type="button" className="seg-retry" data-testid="retry-save" aria-label={t('save.retryLabel', { number })} onClick={() => actions.retrySave(id)}>
                {t('common:actions.retry')}
              </button>
            )}
            {remoteChanged && (
              <span className="seg-remote" data-testid="segment-remote-changed">
                {t('row.remoteChanged')}
              </span>
            )}
            {presence !== '' && (
              <span className="seg-presence" data-testid="segment-presence" aria-label={t('row.presence', { names: presence })}>
                <span aria-hidden="true">✎ </span>
                {presence}
              </span>
            )}
          </div>
        )}
      </div>
      <div role="cell" className="seg-meta">
        <span className={`state-badge state-${segment.state}`} data-testid="segment-state">
          {t(`common:state.${segment.state}`)}
        </span>
        <span className="seg-tags">
        {segment.origin && (
          <span className={`seg-origin origin-${segment.origin}`} title={t(`origin.${segment.origin}Long`)}>
            {segment.origin === 'tm' && tmScore !== null ? t('origin.tmScore', { score: formatCount(tmScore) }) : t(`origin.${segment.origin}`)}
          </span>
        )}
        {comments && comments.comments > 0 && (
          <span
            className={`seg-comments${comments.openThreads > 0 ? ' has-open' : ''}`}
            data-testid="segment-comments"
            data-count={comments.comments}
            data-open={comments.openThreads}
            role="img"
            aria-label={t('collaboration:row.comments', { count: comments.comments, open: comments.openThreads })}
            title={t('collaboration:row.comments', { count: comments.comments, open: comments.openThreads })}
          >
            <CommentIcon /> {formatCount(comments.comments)}
          </span>
        )}
        {segment.qa.length > 0 && (
          <span
            className={`seg-qa qa-${qaLevel}`}
            data-testid="segment-qa"
            data-severity={qaLevel}
            role="img"
            aria-label={t('row.qaCount', { count: segment.qa.length, messages: qaTitle })}
            title={qaTitle}
          >
            {QA_ICONS[qaLevel]} {formatCount(errors > 0 ? errors : warnings > 0 ? warnings : segment.qa.length)}
          </span>
        )}
        </span>
        {review && rights.canReview && (
          <span className="seg-review-actions">
            {segment.state === 'translated' && (
              <button type="button" className="seg-approve" data-testid="approve-segment" aria-label={t('review.approveLabel', { number })} title={t('review.approveLabel', { number })} onClick={() => actions.approve(id)}>
                ✓
              </button>
            )}
            {(segment.state === 'translated' || segment.state === 'approved') && (
              <button type="button" className="seg-reject" data-testid="reject-segment" aria-label={t('review.rejectLabel', { number })} title={t('review.rejectLabel', { number })} onClick={() => actions.reject(id)}>
                ✗
              </button>
            )}
          </span>
        )}
      </div>
    </div>
  );
});

/**
 * The segment's own actions: unlocking (on every locked row, for coordinators), and on the active row
 * locking and marking a twin as needing its own translation. Reached with Tab from the editor.
 */
function RowTools({ segment, active, rights, actions }: { segment: Segment; active: boolean; rights: WorkspaceRights; actions: RowActions }) {
  const { t } = useTranslation('workspace');
  const number = segment.index + 1;
  const unlock = canUnlockSegment(rights, segment);
  const lock = active && canLockSegment(rights, segment);
  const twin = active && canMarkContextSpecific(rights, segment);
  if (!unlock && !lock && !twin) return null;
  return (
    <div className="seg-tools" role="group" aria-label={t('row.tools', { number })}>
      {unlock && (
        <button type="button" data-testid="unlock-segment" aria-label={t('row.unlockLabel', { number })} onClick={() => actions.unlock(segment.id)}>
          {t('row.unlock')}
        </button>
      )}
      {twin && (
        <button
          type="button"
          data-testid="context-specific"
          aria-pressed={segment.contextSpecific}
          title={t('row.ownTranslationHint')}
          onClick={() => actions.markContextSpecific(segment.id, !segment.contextSpecific)}
        >
          {t('row.ownTranslation')}
        </button>
      )}
      {lock && (
        <button type="button" data-testid="lock-segment" aria-label={t('row.lockLabel', { number })} onClick={() => actions.lock(segment.id)}>
          {t('row.lock')}
        </button>
      )}
    </div>
  );
}
