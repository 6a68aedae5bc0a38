// Confirmation before approving a filtered set of segments at once: how many segments and words. The
// approval is what the reviewer came for, so it has the focus first.
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../format';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import './review.css';

export function BulkApproveDialog(props: { count: number; words: number; onConfirm(): Promise<void>; onCancel(): void }) {
  const { count, words, onConfirm, onCancel } = props;
  const { t } = useTranslation('panel');
  const question = t('bulk.question', {
    segments: t('bulk.segments', { count, n: formatNumber(count) }),
    words: t('bulk.words', { count: words, n: formatNumber(words) }),
  });
  return (
    <ConfirmDialog
      title={t('bulk.title')}
      confirmLabel={t('bulk.confirm')}
      busyLabel={t('bulk.busy')}
      testId="bulk-approve-dialog"
      confirmTestId="bulk-approve-confirm"
      className="bulk-approve-dialog"
      focusConfirm
      onConfirm={onConfirm}
      onClose={onCancel}
    >
      <p className="bulk-question">{question}</p>
      <p className="muted">{t('bulk.hint')}</p>
    </ConfirmDialog>
  );
}
