// One project: the way to its tools (glossary, concordance, alignments, segmentation rules, QA checks),
// its members, and for coordinators and admins its settings and the translation memory and glossary
// files (TMX import as a background job with a progress bar, CSV/TBX glossary import).
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, upload } from '../api/client';
import type { Project, TmImportJob } from '../api/types';
import { hasRole, useUser } from '../auth';
import { formatNumber } from '../format';
import { canEditGlossaryIn, canManageProject } from '../lib/projectRoles';
import { Link } from '../router';
import { ProgressBar } from '../ui/ProgressBar';
import { useToasts } from '../ui/Toasts';
import { AddMember } from './AddMember';
import './admin.css';

const FORMALITIES = ['default', 'more', 'less', 'prefer_more', 'prefer_less'] as const;

export function ProjectPage({ projectId }: { projectId: string }) {
  const { t } = useTranslation('admin');
  const toasts = useToasts();
  const user = useUser();
  const [project, setProject] = useState<Project | null>(null);

  const load = useCallback(() => {
    api.get<Project>(`/api/projects/${encodeURIComponent(projectId)}`).then(setProject, toasts.showError);
  }, [projectId, toasts]);
  useEffect(load, [load]);

  if (!project) return <p className="loading" role="status">{t('common:status.loading')}</p>;
  const manages = canManageProject(user, project);

  return (
    <section className="admin" aria-labelledby="project-title">
      <p>
        <Link to="/projects">{t('project.back')}</Link>
        {manages && (
          <>
            {' · '}
            <Link to={`/audit?projectId=${encodeURIComponent(project.id)}`}>{t('accounts:audit.projectLink')}</Link>
          </>
        )}
      </p>
      <h1 id="project-title">{project.name}</h1>
      <ProjectTools projectId={project.id} manages={manages} />
      <div className="admin-grid">
        <div className="card">
          <h2>{t('project.members')}</h2>
          {project.members.length === 0 ? (
            <p className="muted">{t('project.noMembers')}</p>
          ) : (
            <ul className="member-list">
              {project.members.map((member) => (
                <li key={member.userId}>
                  <strong>{member.name ?? member.userId}</strong>
                  {member.active === false && <span className="tag">{t('accounts:users.inactive')}</span>} — {member.roles.map((role) => t(`roles.${role}`)).join(', ')}
                </li>
              ))}
            </ul>
          )}
          {manages && <AddMember project={project} onAdded={load} />}
        </div>
        {manages && <Settings project={project} onSaved={setProject} />}
        <TmxImport projectId={project.id} mayImport={manages} />
        <GlossaryImport projectId={project.id} mayImport={canEditGlossaryIn(user, project)} />
      </div>
    </section>
  );
}

function Settings({ project, onSaved }: { project: Project; onSaved(project: Project): void }) {
  const { t } = useTranslation('admin');
  const toasts = useToasts();
  const [formality, setFormality] = useState(project.settings.formality);
  const [allowSelfApproval, setAllowSelfApproval] = useState(project.settings.allowSelfApproval);
  const [allowOutside, setAllowOutside] = useState(project.settings.allowEditOutsideAssignment === true);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    try {
      onSaved(await api.patch<Project>(`/api/projects/${encodeURIComponent(project.id)}/settings`, { formality, allowSelfApproval, allowEditOutsideAssignment: allowOutside }));
      toasts.show('success', t('project.settingsSaved'));
    } catch (error) {
      toasts.showError(error);
    }
  };

  return (
    <form className="card admin-form" onSubmit={save} aria-labelledby="settings-title">
      <h2 id="settings-title">{t('project.settings')}</h2>
      <label>
        {t('project.formality')}
        <select value={formality} onChange={(e) => setFormality(e.target.value)}>
          {FORMALITIES.map((value) => (
            <option key={value} value={value}>
              {t(`formality.${value}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={allowSelfApproval} onChange={(e) => setAllowSelfApproval(e.target.checked)} />
        {t('project.allowSelfApproval')}
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={allowOutside} onChange={(e) => setAllowOutside(e.target.checked)} data-testid="allow-outside-assignment" />
        {t('collaboration:settings.allowOutsideAssignment')}
      </label>
      <button type="submit">{t('common:actions.save')}</button>
    </form>
  );
}

const TOOLS = ['glossary', 'concordance', 'alignments', 'segmentation', 'qa'] as const;
/** Screens only coordinators and admins can use at all. */
const MANAGER_TOOLS = ['webhooks'] as const;

/** Links to the project's own screens; each screen shows only what the user's roles allow. */
function ProjectTools({ projectId, manages }: { projectId: string; manages: boolean }) {
  const { t } = useTranslation('admin');
  const tools = manages ? [...TOOLS, ...MANAGER_TOOLS] : TOOLS;
  return (
    <nav className="project-tools" aria-label={t('project.tools')}>
      <ul>
        {tools.map((tool) => (
          <li key={tool}>
            <Link to={`/projects/${encodeURIComponent(projectId)}/${tool}`} data-testid={`project-tool-${tool}`}>
              <span className="project-tool-name">{t(`project.tool.${tool}`)}</span>
              <span className="project-tool-hint">{t(`project.toolHint.${tool}`)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function TmxImport({ projectId, mayImport }: { projectId: string; mayImport: boolean }) {
  const { t } = useTranslation('admin');
  const toasts = useToasts();
  const [job, setJob] = useState<TmImportJob | null>(null);

  useEffect(() => {
    if (!job || job.status === 'done' || job.status === 'failed') return;
    const timer = window.setTimeout(() => {
      api.get<TmImportJob>(`/api/tm-imports/${encodeURIComponent(job.id)}`).then(setJob, toasts.showError);
    }, 1000);
    return () => window.clearTimeout(timer);
  }, [job, toasts]);

  const start = async (file: File | undefined) => {
    if (!file) return;
    try {
      setJob(await upload<TmImportJob>(`/api/projects/${encodeURIComponent(projectId)}/tm/import`, file, 'application/x-tmx+xml'));
    } catch (error) {
      toasts.showError(error);
    }
  };

  const running = job !== null && (job.status === 'queued' || job.status === 'running');
  const progress = job ? (job.total !== null ? { value: job.done, max: job.total } : { value: job.bytesRead, max: job.totalBytes ?? 0 }) : null;
  return (
    <div className="card" aria-labelledby="tmx-title">
      <h2 id="tmx-title">{t('tm.title')}</h2>
      {mayImport && (
        <label>
          {t('tm.import')}
          <input type="file" accept=".tmx,application/x-tmx+xml,text/xml" disabled={running} onChange={(e) => void start(e.target.files?.[0])} data-testid="tmx-file" />
        </label>
      )}
      {job && progress && (
        <div data-testid="tmx-progress">
          <ProgressBar value={progress.value} max={progress.max} label={t(`tm.stage.${job.stage}`, { done: formatNumber(job.done), total: job.total === null ? '…' : formatNumber(job.total) })} />
          {job.skipped > 0 && <p className="muted">{t('tm.skipped', { count: job.skipped })}</p>}
          {job.error && (
            <p className="form-error" role="alert">
              {job.error.message}
            </p>
          )}
        </div>
      )}
      <p>
        <a href={`/api/projects/${encodeURIComponent(projectId)}/tm/export`} download>
          {t('tm.export')}
        </a>
      </p>
    </div>
  );
}

interface GlossaryImportResult {
  created: number;
  updated: number;
  unchanged: number;
}

function GlossaryImport({ projectId, mayImport }: { projectId: string; mayImport: boolean }) {
  const { t } = useTranslation('admin');
  const toasts = useToasts();

  const start = async (file: File | undefined) => {
    if (!file) return;
    const format = /\.(tbx|xml)$/i.test(file.name) ? 'tbx' : 'csv';
    try {
      const result = await api.post<GlossaryImportResult>(`/api/projects/${encodeURIComponent(projectId)}/glossary/import?format=${format}`, {
        content: await file.text(),
      });
      toasts.show('success', t('glossary.imported', { created: result.created, updated: result.updated, unchanged: result.unchanged }));
    } catch (error) {
      toasts.showError(error);
    }
  };

  return (
    <div className="card" aria-labelledby="glossary-title">
      <h2 id="glossary-title">{t('glossary.title')}</h2>
      {mayImport && (
        <label>
          {t('glossary.import')}
          <input type="file" accept=".csv,.tbx,text/csv,application/xml" onChange={(e) => void start(e.target.files?.[0])} />
        </label>
      )}
      <p>
        <a href={`/api/projects/${encodeURIComponent(projectId)}/glossary?format=csv`} download>
          {t('glossary.exportCsv')}
        </a>{' '}
        ·{' '}
        <a href={`/api/projects/${encodeURIComponent(projectId)}/glossary?format=tbx`} download>
          {t('glossary.exportTbx')}
        </a>
      </p>
    </div>
  );
}
