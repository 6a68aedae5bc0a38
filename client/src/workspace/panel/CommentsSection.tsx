// The segment's comment threads in the side panel: each thread with its answers, resolve/reopen where the
// thread table allows it, an answer box per open thread and a box for a new thread. Text is always
// rendered as text. "@" mentions: the member list offers each member's handle to insert.
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Segment } from '../../api/types';
import type { CommentsView, SegmentComment } from '../../api/collaborationTypes';
import { formatDateTime, formatNumber } from '../../format';
import { useToasts } from '../../ui/Toasts';
import type { CommentsEvent } from '../types';
import { PanelLoad, PanelSection } from './PanelSection';
import { useSegmentResource } from './useSegmentResource';

const MAX_LENGTH = 5000;

interface CommentsSectionProps {
  segment: Segment;
  /** Moves with every comment event of this segment: the threads are read again. */
  revision: number;
  /** My own change, applied at once (the live event follows). */
  onChanged(event: CommentsEvent): void;
}

function CommentBox({ members, label, submitLabel, testId, onSubmit }: {
  members: CommentsView['members'];
  label: string;
  submitLabel: string;
  testId: string;
  onSubmit(text: string): Promise<boolean>;
}) {
  const { t } = useTranslation('collaboration');
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '') return;
    setBusy(true);
    if (await onSubmit(text)) setText('');
    setBusy(false);
  };
  return (
    <form className="comment-box" onSubmit={submit} data-testid={testId} data-own-keys="">
      <label className="comment-label">
        <span>{label}</span>
        <textarea
          value={text}
          maxLength={MAX_LENGTH}
          rows={2}
          data-testid={`${testId}-text`}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            // Ctrl+Enter sends, as it confirms a segment elsewhere (the workspace's keys stay out: data-own-keys).
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void submit(event);
          }}
        />
      </label>
      <div className="comment-box-tools">
        {members.length > 0 && (
          <label className="comment-mention">
            <span className="visually-hidden">{t('comments.mention')}</span>
            <select
              value=""
              data-testid={`${testId}-mention`}
              onChange={(event) => {
                if (event.target.value) setText((current) => `${current}${current === '' || current.endsWith(' ') ? '' : ' '}@${event.target.value} `);
              }}
            >
              <option value="">{t('comments.mention')}</option>
              {members.map((member) => (
                <option key={member.id} value={member.handle}>
                  {member.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <button type="submit" disabled={busy || text.trim() === ''} data-testid={`${testId}-submit`}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}

function CommentText({ comment }: { comment: SegmentComment }) {
  const { t } = useTranslation('collaboration');
  return (
    <div className="comment" data-testid="comment" data-kind={comment.kind}>
      <div className="comment-head">
        <span className="comment-author">{comment.author.name}</span>
        {comment.kind === 'rejection' && <span className="comment-kind">{t('comments.rejection')}</span>}
        <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt)}</time>
        {comment.editedAt && <span className="muted">{t('comments.edited')}</span>}
      </div>
      <p className="comment-text" data-testid="comment-text">
        {comment.text}
      </p>
    </div>
  );
}

export function CommentsSection({ segment, revision, onChanged }: CommentsSectionProps) {
  const { t } = useTranslation('collaboration');
  const toasts = useToasts();
  const url = `/api/segments/${encodeURIComponent(segment.id)}/comments`;
  const [localRevision, setLocalRevision] = useState(0);
  const { state, retry } = useSegmentResource<CommentsView>(url, revision * 10_000 + localRevision);
  const view = state.status === 'ready' ? state.data : null;

  const threads = useMemo(() => {
    const items = view?.items ?? [];
    return items.filter((c) => c.threadId === c.id).map((first) => ({ first, answers: items.filter((c) => c.threadId === first.id && c.id !== first.id) }));
  }, [view]);

  const changed = (segmentId: string, comments: number, openThreads: number, commentId: string) => {
    onChanged({ segmentId, commentId, comments, openThreads });
    setLocalRevision((value) => value + 1);
  };

  const post = async (text: string, replyTo?: string): Promise<boolean> => {
    try {
      const comment = await api.post<SegmentComment>(url, replyTo ? { text, replyTo } : { text });
      const counts = view?.counts ?? { comments: 0, openThreads: 0 };
      const reopens = replyTo ? threads.find((thread) => thread.first.id === comment.threadId)?.first.resolved === true : true;
      changed(segment.id, counts.comments + 1, counts.openThreads + (reopens ? 1 : 0), comment.id);
      return true;
    } catch (error) {
      toasts.showError(error);
      return false;
    }
  };

  const setResolved = async (first: SegmentComment, resolved: boolean) => {
    try {
      await api.patch(`${url}/${encodeURIComponent(first.id)}`, { resolved });
      const counts = view?.counts ?? { comments: 0, openThreads: 0 };
      changed(segment.id, counts.comments, counts.openThreads + (resolved ? -1 : 1), first.id);
    } catch (error) {
      toasts.showError(error);
    }
  };

  const open = view?.counts.openThreads ?? 0;
  return (
    <PanelSection
      id="comments"
      testId="panel-comments"
      title={t('comments.heading')}
      busy={state.status === 'loading'}
      badge={view && view.counts.comments > 0 ? t('comments.badge', { count: open, formatted: formatNumber(open), total: formatNumber(view.counts.comments) }) : undefined}
    >
      <PanelLoad status={state.status} onRetry={retry} empty={false} emptyText="">
        {threads.length === 0 && <p className="panel-empty">{t('comments.none')}</p>}
        <ol className="comment-threads">
          {threads.map(({ first, answers }) => (
            <li key={first.id} className={`comment-thread${first.resolved ? ' is-resolved' : ''}`} data-testid="comment-thread" data-resolved={first.resolved}>
              <CommentText comment={first} />
              {answers.length > 0 && (
                <ol className="comment-answers">
                  {answers.map((answer) => (
                    <li key={answer.id}>
                      <CommentText comment={answer} />
                    </li>
                  ))}
                </ol>
              )}
              {first.resolved && first.resolvedBy && <p className="comment-resolved">{t('comments.resolvedBy', { name: first.resolvedBy.name })}</p>}
              {first.mayResolve && (
                <button type="button" className="comment-resolve" data-testid="comment-resolve" onClick={() => void setResolved(first, !first.resolved)}>
                  {t(first.resolved ? 'comments.reopen' : 'comments.resolve')}
                </button>
              )}
              <CommentBox members={view?.members ?? []} label={t('comments.answerLabel')} submitLabel={t('comments.answer')} testId="comment-reply" onSubmit={(text) => post(text, answers.at(-1)?.id ?? first.id)} />
            </li>
          ))}
        </ol>
        <CommentBox members={view?.members ?? []} label={t('comments.newLabel')} submitLabel={t('comments.send')} testId="comment-new" onSubmit={(text) => post(text)} />
      </PanelLoad>
    </PanelSection>
  );
}
