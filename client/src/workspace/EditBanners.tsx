// Notes above the grid about edits that wait for the user: conflicts whose dialog was put off ("later"),
// one button each to open it again, and texts that could not be saved.
import { useTranslation } from 'react-i18next';
import type { Conflict } from './ConflictDialog';

export function ConflictBanner({ waiting, onResolve }: { waiting: Conflict[]; onResolve(segmentId: string): void }) {
  const { t } = useTranslation('workspace');
  if (waiting.length === 0) return null;
  return (
    <div className="ws-conflict-banner" role="alert">
      {t('conflict.waiting', { count: waiting.length })}
      {waiting.map((conflict) => (
        <button key={conflict.segmentId} type="button" data-testid="resolve-conflict" onClick={() => onResolve(conflict.segmentId)}>
          {t('conflict.resolve', { number: conflict.number })}
        </button>
      ))}
    </div>
  );
}

/** Texts the server did not take (retries used up, or refused): a note above the grid and one "Try again" for all. */
export function UnsavedBanner({ count, onRetry }: { count: number; onRetry(): void }) {
  const { t } = useTranslation('workspace');
  if (count === 0) return null;
  return (
    <div className="ws-conflict-banner" role="alert" data-testid="unsaved-banner">
      {t('save.failedBanner', { count })}
      <button type="button" data-testid="retry-all-saves" onClick={() => onRetry()}>
        {t('common:actions.retry')}
      </button>
    </div>
  );
}
