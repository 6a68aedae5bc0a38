// The alignment editor's keys, opened with ? or Ctrl+/ or the "Keys" button.
import { useTranslation } from 'react-i18next';
import { Modal } from '../ui/Modal';
import { ShortcutTable } from '../ui/ShortcutTable';
import { ALIGNMENT_SHORTCUTS } from './alignmentKeys';

const NAMED_KEYS = new Set(['Ctrl', 'Shift', 'Enter', 'Home', 'End', 'PageDown', 'PageUp']);

export function AlignmentHelp({ onClose }: { onClose(): void }) {
  const { t } = useTranslation('alignment');
  return (
    <Modal title={t('help.title')} onClose={onClose} testId="alignment-help">
      <p className="muted">{t('help.intro')}</p>
      <ShortcutTable
        rows={ALIGNMENT_SHORTCUTS.map((entry) => ({ keys: entry.keys, description: t(`help.actions.${entry.action}`) }))}
        keysHeading={t('help.keys')}
        actionHeading={t('help.action')}
        keyLabel={(key) => (NAMED_KEYS.has(key) ? t(`help.key.${key}`) : key)}
      />
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onClose}>
          {t('common:actions.close')}
        </button>
      </div>
    </Modal>
  );
}
