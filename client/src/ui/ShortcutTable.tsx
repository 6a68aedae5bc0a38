// Keyboard help: a table of shortcuts (the keys, each a <kbd>, joined by "+", and what they do) and the
// dialog that shows it with an introduction and a Close button. The caller translates the key names
// and the descriptions.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from './Modal';

export interface ShortcutRow {
  keys: string[];
  description: string;
}

interface ShortcutTableProps {
  rows: ShortcutRow[];
  keysHeading: string;
  actionHeading: string;
  keyLabel(key: string): string;
}

export function ShortcutTable({ rows, keysHeading, actionHeading, keyLabel }: ShortcutTableProps) {
  return (
    <table className="shortcut-table">
      <thead>
        <tr>
          <th scope="col">{keysHeading}</th>
          <th scope="col">{actionHeading}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={i}>
            <td>
              {row.keys.map((key, k) => (
                <span key={k}>
                  {k > 0 && <span aria-hidden="true"> + </span>}
                  <kbd>{keyLabel(key)}</kbd>
                </span>
              ))}
            </td>
            <td>{row.description}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

interface ShortcutDialogProps extends ShortcutTableProps {
  title: string;
  intro: string;
  testId: string;
  className?: string;
  /** Said below the table. */
  children?: ReactNode;
  onClose(): void;
}

export function ShortcutDialog({ title, intro, testId, className, children, onClose, ...table }: ShortcutDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal title={title} onClose={onClose} testId={testId} className={className}>
      <p className="muted">{intro}</p>
      <ShortcutTable {...table} />
      {children}
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onClose}>
          {t('actions.close')}
        </button>
      </div>
    </Modal>
  );
}
