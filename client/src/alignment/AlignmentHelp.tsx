// The alignment editor's keys, opened with ? or Ctrl+/ or the "Keys" button.
import { useTranslation } from 'react-i18next';
import { ShortcutDialog } from '../ui/ShortcutTable';
import { ALIGNMENT_SHORTCUTS } from './alignmentKeys';

const NAMED_KEYS = new Set(['Ctrl', 'Shift', 'Enter', 'Home', 'End', 'PageDown', 'PageUp']);

export function AlignmentHelp({ onClose }: { onClose(): void }) {
  const { t } = useTranslation('alignment');
  return (
    <ShortcutDialog
      title={t('help.title')}
      intro={t('help.intro')}
      testId="alignment-help"
      rows={ALIGNMENT_SHORTCUTS.map((entry) => ({ keys: entry.keys, description: t(`help.actions.${entry.action}`) }))}
      keysHeading={t('help.keys')}
      actionHeading={t('help.action')}
      keyLabel={(key) => (NAMED_KEYS.has(key) ? t(`help.key.${key}`) : key)}
      onClose={onClose}
    />
  );
}
