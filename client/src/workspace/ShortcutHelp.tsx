// Every keyboard shortcut of the mode, opened with Ctrl+/ or the "Shortcuts" button.
import { useTranslation } from 'react-i18next';
import { SHORTCUTS, type WorkspaceMode } from '../lib/shortcuts';
import { ShortcutDialog } from '../ui/ShortcutTable';

const NAMED_KEYS = new Set(['Ctrl', 'Alt', 'Shift', 'Space', 'Enter', 'Esc']);

export function ShortcutHelp({ mode, onClose }: { mode: WorkspaceMode; onClose(): void }) {
  const { t } = useTranslation('workspace');
  return (
    <ShortcutDialog
      title={t('help.title')}
      intro={t(`help.intro.${mode}`)}
      testId="shortcut-help"
      className="shortcut-help"
      rows={SHORTCUTS[mode].map((entry) => ({ keys: entry.keys, description: t(`help.actions.${entry.action}`) }))}
      keysHeading={t('help.keys')}
      actionHeading={t('help.action')}
      keyLabel={(key) => (NAMED_KEYS.has(key) ? t(`keys.${key}`) : key)}
      onClose={onClose}
    >
      <p className="muted">{t('help.more')}</p>
    </ShortcutDialog>
  );
}
