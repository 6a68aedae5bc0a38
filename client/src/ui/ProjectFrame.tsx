// The frame of a project's own screens (glossary, concordance, alignments, segmentation rules, QA
// checks): the project loaded once, a way back to the project page and the screen's one h1. The
// screen itself gets the project (for its name and the user's roles there) as a render function.
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { Project } from '../api/types';
import { Link } from '../router';
import { useToasts } from './Toasts';

interface ProjectFrameProps {
  projectId: string;
  /** The screen's heading. */
  title: string;
  /** Where "back" leads; the project page by default. */
  back?: { to: string; label: string };
  className?: string;
  /** Controls shown next to the heading. */
  actions?: (project: Project) => ReactNode;
  children: (project: Project) => ReactNode;
}

export function ProjectFrame({ projectId, title, back, className, actions, children }: ProjectFrameProps) {
  const { t } = useTranslation('admin');
  const toasts = useToasts();
  const [project, setProject] = useState<Project | null>(null);

  useEffect(() => {
    api.get<Project>(`/api/projects/${encodeURIComponent(projectId)}`).then(setProject, toasts.showError);
  }, [projectId, toasts]);

  if (!project) return <p className="loading" role="status">{t('common:status.loading')}</p>;
  return (
    <section className={`project-screen ${className ?? ''}`} aria-labelledby="project-screen-title">
      <p className="project-screen-back">
        <Link to={back?.to ?? `/projects/${encodeURIComponent(project.id)}`}>{back?.label ?? t('project.backTo', { name: project.name })}</Link>
      </p>
      <div className="project-screen-head">
        <h1 id="project-screen-title">{title}</h1>
        {actions?.(project)}
      </div>
      {children(project)}
    </section>
  );
}
