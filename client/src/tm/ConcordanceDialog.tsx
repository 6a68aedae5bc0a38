// Concordance search in the one dialog frame, for screens that open it over their own work (e.g. the
// translator workspace with a shortcut and the selected words as the query). Escape closes it.
import { useTranslation } from 'react-i18next';
import { Modal } from '../ui/Modal';
import { ConcordanceSearch, type ConcordanceLanguage } from './ConcordanceSearch';

export interface ConcordanceDialogProps {
  projectId: string;
  initialQuery?: string;
  initialLang?: ConcordanceLanguage;
  onClose(): void;
}

export function ConcordanceDialog({ projectId, initialQuery, initialLang, onClose }: ConcordanceDialogProps) {
  const { t } = useTranslation('concordance');
  return (
    <Modal title={t('title')} onClose={onClose} testId="concordance-dialog" className="concordance-dialog" initialFocus="[data-testid='concordance-query']">
      <ConcordanceSearch projectId={projectId} initialQuery={initialQuery} initialLang={initialLang} />
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('common:actions.close')}
        </button>
      </div>
    </Modal>
  );
}
