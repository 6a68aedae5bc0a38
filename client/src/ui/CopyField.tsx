// A value to hand on (a reset link, a new API token): read-only, selected on focus, with a copy button
// that says whether copying worked (the clipboard is refused on plain http:// pages other than localhost).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import './copyField.css';

export function CopyField({ label, value, testId }: { label: string; value: string; testId?: string }) {
  const { t } = useTranslation('accounts');
  const [copied, setCopied] = useState<boolean | null>(null);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  return (
    <div className="copy-field">
      <label>
        {label}
        <input readOnly value={value} onFocus={(e) => e.target.select()} data-testid={testId} />
      </label>
      <button type="button" onClick={() => void copy()}>
        {t('copy.copy')}
      </button>
      <span role="status" className="muted">
        {copied === null ? '' : t(copied ? 'copy.copied' : 'copy.failed')}
      </span>
    </div>
  );
}
