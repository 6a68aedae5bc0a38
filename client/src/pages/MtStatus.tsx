// A document's machine translation job: a progress bar while it runs, then done or the error.
import { useTranslation } from 'react-i18next';
import type { MtJob } from '../api/types';
import { formatNumber } from '../format';
import { isMtActive } from '../lib/dashboardStats';
import { ProgressBar } from '../ui/ProgressBar';

export function MtStatus({ job }: { job: MtJob }) {
  const { t } = useTranslation('documents');
  const numbers = { done: formatNumber(job.done), total: formatNumber(job.total) };
  return (
    <div className={`mt-status mt-status-${job.status}`} data-testid="mt-progress" data-status={job.status}>
      {isMtActive(job) ? (
        <ProgressBar value={job.done} max={job.total} label={t(job.status === 'queued' ? 'mt.queued' : 'mt.running', numbers)} />
      ) : job.status === 'done' ? (
        <ProgressBar value={job.total} max={job.total} label={t('mt.done', numbers)} />
      ) : (
        <p className="mt-error" role="status">
          {t('mt.failed', { message: job.error?.message ?? t('common:errors.unknown') })}
        </p>
      )}
    </div>
  );
}
