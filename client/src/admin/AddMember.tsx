// Adding a person to a project: the project's coordinators search by
// name or e-mail (GET /api/projects/:id/member-candidates: id, name and e-mail only, no list of every
// account) and pick from what matches.
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberCandidate } from '../api/accountTypes';
import { api, query } from '../api/client';
import { PROJECT_ROLES, type Project } from '../api/types';
import { useToasts } from '../ui/Toasts';

type ProjectRole = (typeof PROJECT_ROLES)[number];
/** Wait this long after the last key before asking the server. */
const SEARCH_DELAY_MS = 250;

export function AddMember({ project, onAdded }: { project: Project; onAdded(): void }) {
  const { t } = useTranslation('admin');
  const toasts = useToasts();
  const [search, setSearch] = useState('');
  const [candidates, setCandidates] = useState<MemberCandidate[] | null>(null);
  const [userId, setUserId] = useState('');
  const [roles, setRoles] = useState<ProjectRole[]>(['translator']);

  useEffect(() => {
    const q = search.trim();
    if (q === '') {
      setCandidates(null);
      return;
    }
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      api
        .get<{ items: MemberCandidate[] }>(`/api/projects/${encodeURIComponent(project.id)}/member-candidates${query({ q })}`, controller.signal)
        .then((page) => {
          setCandidates(page.items);
          setUserId((current) => (page.items.some((candidate) => candidate.id === current) ? current : (page.items[0]?.id ?? '')));
        })
        .catch((error: unknown) => {
          if ((error as Error).name !== 'AbortError') toasts.showError(error);
        });
    }, SEARCH_DELAY_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [search, project.id, project.members, toasts]);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await api.post(`/api/projects/${encodeURIComponent(project.id)}/members`, { userId, roles });
      toasts.show('success', t('project.memberAdded'));
      setSearch('');
      setUserId('');
      onAdded();
    } catch (error) {
      toasts.showError(error);
    }
  };

  return (
    <form className="admin-form" onSubmit={add} aria-label={t('project.addMember')}>
      <label>
        {t('accounts:members.search')}
        <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} maxLength={200} aria-describedby="member-search-hint" data-testid="member-search" />
        <span id="member-search-hint" className="field-hint">
          {t('accounts:members.searchHint')}
        </span>
      </label>
      {candidates !== null && (
        <label>
          {t('project.person')}
          <select value={userId} onChange={(e) => setUserId(e.target.value)} required data-testid="member-user">
            {candidates.length === 0 && <option value="">{t('accounts:members.noMatch')}</option>}
            {candidates.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.name} ({candidate.email})
              </option>
            ))}
          </select>
        </label>
      )}
      <fieldset>
        <legend>{t('users.roles')}</legend>
        {PROJECT_ROLES.map((role) => (
          <label key={role} className="checkbox">
            <input
              type="checkbox"
              checked={roles.includes(role)}
              onChange={() => setRoles((list) => (list.includes(role) ? list.filter((r) => r !== role) : [...list, role]))}
            />
            {t(`roles.${role}`)}
          </label>
        ))}
      </fieldset>
      <button type="submit" disabled={userId === '' || roles.length === 0}>
        {t('project.addMember')}
      </button>
    </form>
  );
}
