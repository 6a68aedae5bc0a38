// A project's sentence rules: what it adds to the built-in German and Polish rules (abbreviations and
// exceptions, edited here; other lists an SRX import brought are kept and counted), SRX import and
// export, and for those who edit a try-out that splits a German text with the rules as they are now.
// Everyone in the project reads the rules; coordinators and admins change them.
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { Project, ProjectSegmentationRules } from '../api/types';
import { useUser } from '../auth';
import type { PreviewSegment } from '../lib/dashboardStats';
import { canManageProject } from '../lib/projectRoles';
import { ProjectFrame } from '../ui/ProjectFrame';
import { errorText, useToasts } from '../ui/Toasts';
import { LanguageRules, type SaveRules } from './LanguageRules';
import { SrxExchange } from './SrxExchange';
import './segmentation.css';

export function SegmentationPage({ projectId }: { projectId: string }) {
  const { t } = useTranslation('segmentation');
  return (
    <ProjectFrame projectId={projectId} title={t('title')} className="segmentation-page">
      {(project) => <SegmentationRules project={project} />}
    </ProjectFrame>
  );
}

function SegmentationRules({ project }: { project: Project }) {
  const { t } = useTranslation('segmentation');
  const user = useUser();
  const toasts = useToasts();
  const [rules, setRules] = useState<ProjectSegmentationRules | null>(null);
  const editable = canManageProject(user, project);
  const url = `/api/projects/${encodeURIComponent(project.id)}/segmentation`;

  useEffect(() => {
    api.get<{ rules: ProjectSegmentationRules }>(url).then((result) => setRules(result.rules), toasts.showError);
  }, [url, toasts]);

  const save: SaveRules = useCallback(
    async (change) => {
      if (!rules) return;
      const result = await api.put<{ rules: ProjectSegmentationRules }>(url, { rules: change(rules) });
      setRules(result.rules);
    },
    [rules, url],
  );

  if (!rules) return <p className="loading" role="status">{t('common:status.loading')}</p>;
  return (
    <>
      <p className="muted">{t('intro')}</p>
      <div className="rules-grid">
        <LanguageRules lang="de" additions={rules.de} editable={editable} onSave={save} />
        <LanguageRules lang="pl" additions={rules.pl} editable={editable} onSave={save} />
      </div>
      <div className="rules-grid">
        <SrxExchange projectId={project.id} mayImport={editable} onImported={setRules} />
        {editable && <TryRules projectId={project.id} />}
      </div>
    </>
  );
}

/** A German text split with the project's rules as saved (the submit page's preview, nothing stored). */
function TryRules({ projectId }: { projectId: string }) {
  const { t } = useTranslation('segmentation');
  const [text, setText] = useState('');
  const [segments, setSegments] = useState<PreviewSegment[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const preview = await api.post<{ segments: PreviewSegment[] }>(`/api/projects/${encodeURIComponent(projectId)}/documents/preview`, { format: 'text', content: text });
      setSegments(preview.segments);
    } catch (caught) {
      setSegments(null);
      setError(errorText(caught, t));
    }
  };

  return (
    <section className="card" aria-labelledby="try-title">
      <h2 id="try-title">{t('try.title')}</h2>
      <form className="form-stack" onSubmit={run}>
        <label>
          {t('try.text')}
          <textarea value={text} onChange={(e) => setText(e.target.value)} rows={4} lang="de" data-testid="try-text" />
        </label>
        <div>
          <button type="submit" disabled={text.trim() === ''}>
            {t('try.run')}
          </button>
        </div>
      </form>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {segments && (
        <ol className="try-segments" aria-label={t('try.result')} data-testid="try-segments">
          {segments.map((segment) => (
            <li key={segment.index} lang="de">
              {segment.source}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
