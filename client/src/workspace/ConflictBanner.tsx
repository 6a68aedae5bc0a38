// The conflicts whose dialog was put off ("later"): a note above the grid, one button each to open it again.
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
