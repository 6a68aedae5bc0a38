// The audit trail: security and administration events, newest first. Admins see all of it (with
// addresses) and filter by person, event and time; a project's coordinators reach their project's
// entries from the project page (/audit?projectId=…): who exported which document, and when.
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIT_KINDS, type AuditEntry } from '../api/accountTypes';
import { api, query } from '../api/client';
import type { Page, User } from '../api/types';
import { useUser } from '../auth';
import { formatDateTime, formatNumber } from '../format';
import { Link, useLocation } from '../router';
import { useToasts } from '../ui/Toasts';
import './admin.css';

const PAGE_SIZE = 50;

interface Filters {
  actor: string;
  kind: string;
  from: string;
  to: string;
}

const NO_FILTERS: Filters = { actor: '', kind: '', from: '', to: '' };

/** A detail value as text: lists joined, objects as JSON. */
const showValue = (value: unknown): string =>
  Array.isArray(value) ? value.map(showValue).join(', ') : value !== null && typeof value === 'object' ? JSON.stringify(value) : String(value);

export function AuditPage() {
  const { t } = useTranslation('accounts');
  const toasts = useToasts();
  const me = useUser();
  const admin = me.roles.includes('admin');
  const projectId = useLocation().search.get('projectId') ?? '';
  const [draft, setDraft] = useState<Filters>(NO_FILTERS);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<Page<AuditEntry> | null>(null);
  const [people, setPeople] = useState<User[]>([]);

  useEffect(() => {
    if (admin) api.get<{ items: User[] }>('/api/users').then((list) => setPeople(list.items), toasts.showError);
  }, [admin, toasts]);

  const load = useCallback(() => {
    const { actor, kind, from, to } = filters;
    const url = `/api/audit${query({ projectId, actor, kind, from, to: to ? `${to}T23:59:59.999Z` : '', offset, limit: PAGE_SIZE })}`;
    api.get<Page<AuditEntry>>(url).then(setPage, toasts.showError);
  }, [filters, offset, projectId, toasts]);
  useEffect(load, [load]);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    setOffset(0);
    setFilters(draft);
  };

  const projectName = page?.items.find((entry) => entry.project?.id === projectId)?.project?.name;
  return (
    <section className="admin" aria-labelledby="audit-title">
      {projectId !== '' && (
        <p>
          <Link to={`/projects/${encodeURIComponent(projectId)}`}>{t('audit.backToProject')}</Link>
        </p>
      )}
      <h1 id="audit-title">{projectId && projectName ? t('audit.projectTitle', { name: projectName }) : t('audit.title')}</h1>
      <form className="audit-filters" onSubmit={apply} aria-label={t('audit.filters')}>
        {admin && (
          <label>
            {t('audit.actor')}
            <select value={draft.actor} onChange={(e) => setDraft({ ...draft, actor: e.target.value })}>
              <option value="">{t('audit.everyone')}</option>
              {people.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.name} ({person.email})
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          {t('audit.kind')}
          <select value={draft.kind} onChange={(e) => setDraft({ ...draft, kind: e.target.value })} data-testid="audit-kind">
            <option value="">{t('audit.allKinds')}</option>
            {AUDIT_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`audit.kinds.${kind}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('audit.from')}
          <input type="date" value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })} />
        </label>
        <label>
          {t('audit.to')}
          <input type="date" value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} />
        </label>
        <button type="submit">{t('audit.apply')}</button>
      </form>
      {page === null ? (
        <p className="loading" role="status">{t('common:status.loading')}</p>
      ) : page.items.length === 0 ? (
        <p className="empty">{t('audit.empty')}</p>
      ) : (
        <AuditTable page={page} showIp={admin} />
      )}
      {page !== null && page.total > PAGE_SIZE && (
        <nav className="pager" aria-label={t('audit.pages')}>
          <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}>
            {t('audit.newer')}
          </button>
          <span>{t('audit.range', { from: formatNumber(offset + 1), to: formatNumber(offset + page.items.length), total: formatNumber(page.total) })}</span>
          <button type="button" disabled={offset + PAGE_SIZE >= page.total} onClick={() => setOffset(offset + PAGE_SIZE)}>
            {t('audit.older')}
          </button>
        </nav>
      )}
    </section>
  );
}

function AuditTable({ page, showIp }: { page: Page<AuditEntry>; showIp: boolean }) {
  const { t } = useTranslation('accounts');
  return (
    <div className="table-scroll">
      <table className="data" data-testid="audit-table">
        <thead>
          <tr>
            <th scope="col">{t('audit.when')}</th>
            <th scope="col">{t('audit.kind')}</th>
            <th scope="col">{t('audit.actor')}</th>
            <th scope="col">{t('audit.target')}</th>
            <th scope="col">{t('audit.project')}</th>
            {showIp && <th scope="col">{t('audit.ip')}</th>}
            <th scope="col">{t('audit.details')}</th>
          </tr>
        </thead>
        <tbody>
          {page.items.map((entry) => (
            <tr key={entry.id}>
              <td>{formatDateTime(entry.at)}</td>
              <td>{t(`audit.kinds.${entry.kind}`)}</td>
              <td>
                {entry.actor === null ? (
                  <span className="muted">{t(entry.kind.startsWith('sign_in') ? 'audit.anonymous' : 'audit.system')}</span>
                ) : (
                  <>
                    {entry.actor.name ?? entry.actor.id}
                    {!entry.actor.active && <span className="tag">{t('users.inactive')}</span>}
                  </>
                )}
              </td>
              <td>{entry.target ? `${t(`audit.targets.${entry.target.type}`)}: ${entry.target.label ?? entry.target.id}` : '—'}</td>
              <td>{entry.project?.name ?? '—'}</td>
              {showIp && <td>{entry.ip ?? '—'}</td>}
              <td>
                <ul className="audit-details">
                  {Object.entries(entry.details).map(([key, value]) => (
                    <li key={key}>
                      <code>{key}</code>: {showValue(value)}
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
