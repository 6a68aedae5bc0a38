// Every keyboard shortcut of the mode, opened with Ctrl+/ or the "Shortcuts" button.
import { useTranslation } from 'react-i18next';
import { SHORTCUTS, type WorkspaceMode } from '../lib/shortcuts';
import { Modal } from '../ui/Modal';

export function ShortcutHelp({ mode, onClose }: { mode: WorkspaceMode; onClose(): void }) {
  const { t } = useTranslation('workspace');
  return (
    <Modal title={t('help.title')} onClose={onClose} testId="shortcut-help" className="shortcut-help">
      <p className="muted">{t(`help.intro.${mode}`)}</p>
      <table className="shortcut-table">
        <thead>
          <tr>
            <th scope="col">{t('help.keys')}</th>
            <th scope="col">{t('help.action')}</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS[mode].map((entry, i) => (
            <tr key={i}>
              <td>
                {entry.keys.map((key, k) => (
                  <span key={k}>
                    {k > 0 && <span aria-hidden="true"> + </span>}
                    <kbd>{key === 'Ctrl' || key === 'Alt' || key === 'Shift' || key === 'Space' || key === 'Enter' || key === 'Esc' ? t(`keys.${key}`) : key}</kbd>
                  </span>
                ))}
              </td>
              <td>{t(`help.actions.${entry.action}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">{t('help.more')}</p>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onClose}>
          {t('common:actions.close')}
        </button>
      </div>
    </Modal>
  );
}
