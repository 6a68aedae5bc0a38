// One collapsible section of the side panel: a heading whose button toggles the body
// (aria-expanded/aria-controls). The open/closed choice is remembered per section in localStorage.
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

const STORAGE_PREFIX = 'nysa.panel.collapsed.';

function readCollapsed(key: string): boolean {
  try {
    return localStorage.getItem(STORAGE_PREFIX + key) === '1';
  } catch {
    return false;
  }
}

function storeCollapsed(key: string, collapsed: boolean): void {
  try {
    if (collapsed) localStorage.setItem(STORAGE_PREFIX + key, '1');
    else localStorage.removeItem(STORAGE_PREFIX + key);
  } catch {
    // private mode: remembered for this page only
  }
}

interface PanelSectionProps {
  id: string;
  testId: string;
  title: string;
  /** Short text after the title (a count, a score), also shown while collapsed. */
  badge?: ReactNode;
  busy?: boolean;
  children: ReactNode;
}

export function PanelSection({ id, testId, title, badge, busy = false, children }: PanelSectionProps) {
  const { t } = useTranslation('panel');
  const [collapsed, setCollapsed] = useState(() => readCollapsed(id));
  const bodyId = useId();
  const headingId = useId();

  const toggle = () => {
    setCollapsed((value) => {
      storeCollapsed(id, !value);
      return !value;
    });
  };

  return (
    <section className={`panel-section${collapsed ? ' is-collapsed' : ''}`} data-testid={testId} aria-labelledby={headingId} aria-busy={busy}>
      <h2 className="panel-section-heading" id={headingId}>
        <button
          type="button"
          className="panel-section-toggle"
          aria-expanded={!collapsed}
          aria-controls={bodyId}
          title={t(collapsed ? 'panel.expand' : 'panel.collapse', { section: title })}
          onClick={toggle}
        >
          <span className="panel-section-chevron" aria-hidden="true" />
          <span className="panel-section-title">{title}</span>
          {badge !== undefined && badge !== null && <span className="panel-section-badge">{badge}</span>}
        </button>
      </h2>
      <div className="panel-section-body" id={bodyId} hidden={collapsed}>
        {children}
      </div>
    </section>
  );
}

/** The "Insert" button with its keyboard hint. */
export function InsertButton({ label, keys, onClick }: { label: string; keys?: string; onClick(): void }) {
  const { t } = useTranslation('panel');
  return (
    <span className="panel-insert">
      <button type="button" className="panel-insert-button" aria-label={label} title={keys ? `${label} (${keys})` : label} onClick={onClick}>
        {t('panel.insert')}
      </button>
      {keys && (
        <kbd className="panel-kbd" aria-hidden="true">
          {keys}
        </kbd>
      )}
    </span>
  );
}

/** A section's body while its data loads, failed (with a retry), is empty, or is there. */
export function PanelLoad({ status, onRetry, empty, emptyText, children }: {
  status: 'loading' | 'error' | 'ready';
  onRetry(): void;
  empty: boolean;
  emptyText: string;
  children: ReactNode;
}) {
  const { t } = useTranslation('panel');
  if (status === 'loading') return <p className="panel-loading">{t('panel.loading')}</p>;
  if (status === 'error') {
    return (
      <p className="panel-error">
        {t('panel.loadFailed')}{' '}
        <button type="button" onClick={onRetry}>
          {t('panel.retry')}
        </button>
      </p>
    );
  }
  if (empty) return <p className="panel-empty">{emptyText}</p>;
  return <>{children}</>;
}
