// The projects the user may see (members: their own; coordinators and admins: all), each leading to its
// page and tools; coordinators and admins also create a new German→Polish project here.
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { Project } from '../api/types';
import { hasRole, useUser } from '../auth';
import { formatDate } from '../format';
import { Link, navigate } from '../router';
import { useToasts } from '../ui/Toasts';
import './admin.css';

export function ProjectsPage() {
  const { t } = useTranslation('admin');
  const user = useUser();
  const toasts = useToasts();
  const [projects, setProjects] = useState<Project[] | null>(null);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    api.get<{ items: Project[] }>('/api/projects').then((page) => setProjects(page.items), toasts.showError);
  }, [toasts]);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const project = await api.post<Project>('/api/projects', { name, sourceLang: 'de', targetLang: 'pl' });
      toasts.show('success', t('projects.created', { name: project.name }));
      navigate(`/projects/${project.id}`);
    } catch (error) {
      toasts.showError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="admin" aria-labelledby="projects-title">
      <h1 id="projects-title">{t('projects.title')}</h1>
      {hasRole(user, 'coordinator') && (
        <form className="card admin-inline-form" onSubmit={create}>
          <label>
            {t('projects.newName')}
            <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} data-testid="project-name" />
          </label>
          <button type="submit" className="primary" disabled={busy || name.trim() === ''} data-testid="project-create">
            {t('projects.create')}
          </button>
        </form>
      )}
      {projects === null ? (
        <p className="loading" role="status">{t('common:status.loading')}</p>
      ) : projects.length === 0 ? (
        <p className="empty">{t('projects.empty')}</p>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{t('projects.name')}</th>
              <th scope="col">{t('projects.members')}</th>
              <th scope="col">{t('projects.createdAt')}</th>
            </tr>
          </thead>
          <tbody>
            {projects.map((project) => (
              <tr key={project.id} data-testid="project-row">
                <td>
                  <Link to={`/projects/${project.id}`}>{project.name}</Link>
                </td>
                <td>{project.members.length}</td>
                <td>{formatDate(project.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
