// A project's quality checks: every check the server knows (GET /api/projects/:id/qa/checks) with what
// it looks for, its default severity, and whether and how severely this project runs it. Coordinators
// and admins switch checks off and change severities and save them together (PATCH …/settings {qa});
// everyone else reads. Errors block confirming a segment; warnings and notes do not.
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { QA_SEVERITIES, type Project, type QaCheckSetting, type QaSeverity } from '../api/types';
import { useUser } from '../auth';
import { canManageProject } from '../lib/projectRoles';
import { ProjectFrame } from '../ui/ProjectFrame';
import { useToasts } from '../ui/Toasts';
import { useRunning } from '../ui/useRunning';
import { defaultChecks, qaSettingsPatch, sameSettings } from './qaSettings';
import './qa.css';

export function QaSettingsPage({ projectId }: { projectId: string }) {
  const { t } = useTranslation('qa');
  return (
    <ProjectFrame projectId={projectId} title={t('title')} className="qa-settings-page">
      {(project) => <QaChecks project={project} />}
    </ProjectFrame>
  );
}

function QaChecks({ project }: { project: Project }) {
  const { t } = useTranslation('qa');
  const user = useUser();
  const toasts = useToasts();
  const [saved, setSaved] = useState<QaCheckSetting[] | null>(null);
  const [draft, setDraft] = useState<QaCheckSetting[]>([]);
  const { busy, error, run } = useRunning();
  const editable = canManageProject(user, project);
  const base = `/api/projects/${encodeURIComponent(project.id)}`;

  const load = useCallback(async () => {
    const page = await api.get<{ items: QaCheckSetting[] }>(`${base}/qa/checks`);
    setSaved(page.items);
    setDraft(page.items);
  }, [base]);
  useEffect(() => {
    load().catch(toasts.showError);
  }, [load, toasts]);

  const change = (id: string, update: Partial<Pick<QaCheckSetting, 'enabled' | 'severity'>>) =>
    setDraft((checks) => checks.map((check) => (check.id === id ? { ...check, ...update } : check)));

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const done = await run(async () => {
      await api.patch<Project>(`${base}/settings`, { qa: qaSettingsPatch(draft) });
      await load();
    });
    if (done) toasts.show('success', t('saved'));
  };

  if (saved === null) return <p className="loading" role="status">{t('common:status.loading')}</p>;
  const changed = !sameSettings(saved, draft);

  return (
    <form onSubmit={save} aria-labelledby="project-screen-title">
      <p className="muted">{t('intro')}</p>
      <div className="table-scroll">
        <table className="data qa-checks">
          <caption className="visually-hidden">{t('caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('columns.check')}</th>
              <th scope="col">{t('columns.default')}</th>
              <th scope="col">{t('columns.enabled')}</th>
              <th scope="col">{t('columns.severity')}</th>
            </tr>
          </thead>
          <tbody>
            {draft.map((check) => {
              const name = t(`checks.${check.id}.name`, { defaultValue: check.id });
              return (
                <tr key={check.id} data-testid="qa-check" data-check={check.id} className={check.enabled ? undefined : 'qa-check-off'}>
                  <th scope="row">
                    <span className="qa-check-name">{name}</span>
                    <span className="qa-check-description">{t(`checks.${check.id}.description`, { defaultValue: '' })}</span>
                  </th>
                  <td data-testid="qa-default">{t(`severity.${check.defaultSeverity}`)}</td>
                  <td>
                    {editable ? (
                      <span className="checkbox">
                        <input
                          type="checkbox"
                          checked={check.enabled}
                          onChange={(e) => change(check.id, { enabled: e.target.checked })}
                          aria-label={t('enabledLabel', { check: name })}
                          data-testid="qa-enabled"
                        />
                        <span aria-hidden="true">{t(check.enabled ? 'on' : 'off')}</span>
                      </span>
                    ) : (
                      t(check.enabled ? 'on' : 'off')
                    )}
                  </td>
                  <td>
                    {editable ? (
                      <select
                        value={check.severity}
                        onChange={(e) => change(check.id, { severity: e.target.value as QaSeverity })}
                        disabled={!check.enabled}
                        aria-label={t('severityLabel', { check: name })}
                        data-testid="qa-severity-select"
                      >
                        {QA_SEVERITIES.map((severity) => (
                          <option key={severity} value={severity}>
                            {t(`severity.${severity}`)}
                          </option>
                        ))}
                      </select>
                    ) : (
                      <span data-testid="qa-severity">{check.enabled ? t(`severity.${check.severity}`) : '—'}</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="muted">{t('severityHint')}</p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {editable && (
        <div className="form-actions">
          <button type="submit" className="primary" disabled={busy || !changed} data-testid="qa-save">
            {busy ? t('saving') : t('save')}
          </button>
          <button type="button" onClick={() => setDraft(defaultChecks(draft))} disabled={busy || sameSettings(draft, defaultChecks(draft))}>
            {t('reset')}
          </button>
          <span role="status" className="muted">
            {changed ? t('unsaved') : ''}
          </span>
        </div>
      )}
    </form>
  );
}
