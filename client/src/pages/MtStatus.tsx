// A document's machine translation job: a progress bar while it runs (and, while DeepL keeps it waiting,
// what it waits for), then done or the error; characters sent beyond those billed, and segments too long
// for DeepL, are said below.
import { useTranslation } from 'react-i18next';
import type { MtJob } from '../api/types';
import { formatDateTime, formatNumber } from '../format';
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
      {isMtActive(job) && job.phase === 'retrying' && (
        <p className="mt-wait" data-testid="mt-wait">
          {t('mt.retrying', { attempt: job.attempt, at: formatDateTime(job.retryAt), reason: job.lastError?.message ?? '' })}
        </p>
      )}
      {isMtActive(job) && job.phase === 'requesting' && job.attempt > 0 && (
        <p className="mt-wait" data-testid="mt-wait">
          {t('mt.requesting', { attempt: job.attempt + 1, since: formatDateTime(job.waitingSince) })}
        </p>
      )}
      {job.sentCharacters > job.billedCharacters && (
        <p className="mt-sent" data-testid="mt-sent">
          {t('mt.sent', { sent: formatNumber(job.sentCharacters), billed: formatNumber(job.billedCharacters), extra: formatNumber(job.sentCharacters - job.billedCharacters) })}
        </p>
      )}
      {job.skipped > 0 && (
        <p className="mt-skipped" data-testid="mt-skipped">
          {t('mt.skipped', { count: job.skipped })}
        </p>
      )}
    </div>
  );
}
