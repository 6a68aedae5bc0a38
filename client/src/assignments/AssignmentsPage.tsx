// A document's assignments (/documents/:id/assignments): who translates and reviews which segments by
// when, with the progress of each step and what is late. Coordinators and admins add, change and
// remove assignments here; everyone else who sees the document reads them.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { DocumentView, PersonRef, Project, Role, User } from '../api/types';
import type { Assignment, AssignmentStep, StepProgress } from '../api/collaborationTypes';
import { useUser } from '../auth';
import { formatDueDate, formatNumber } from '../format';
import { rangeNumbers } from '../lib/assignmentScope';
import { canManageProject, rolesIn } from '../lib/projectRoles';
import { Link } from '../router';
import { useToasts } from '../ui/Toasts';
import { AssignmentForm, type AssignmentDraft } from './AssignmentForm';
import './assignments.css';

/** The project's members who hold `role` (in the project or globally), by name. */
function membersWith(project: Project, users: readonly User[], role: Role): PersonRef[] {
  return users
    .filter((user) => project.members.some((m) => m.userId === user.id) && rolesIn(user, project).includes(role))
    .map((user) => ({ id: user.id, name: user.name }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

function StepCell({ person, due, progress, late }: { person: PersonRef | null; due: string | null; progress: StepProgress; late: boolean }) {
  const { t } = useTranslation('collaboration');
  if (!person) return <td className="muted">{t('assignments.nobody')}</td>;
  return (
    <td>
      <span className="step-person">{person.name}</span>
      <span className="step-due">{due ? t('assignments.dueOn', { due: formatDueDate(due) }) : t('work.noDue')}</span>
      <span className="step-progress">
        {t('assignments.progress', { done: formatNumber(progress.words.done), total: formatNumber(progress.words.total) })}
        {late && <strong className="late-badge">{t('work.late')}</strong>}
      </span>
    </td>
  );
}

export function AssignmentsPage({ documentId }: { documentId: string }) {
  const { t } = useTranslation('collaboration');
  const user = useUser();
  const toasts = useToasts();
  const [document, setDocument] = useState<DocumentView | null>(null);
  const [project, setProject] = useState<Project | null>(null);
  const [users, setUsers] = useState<User[]>([]);
  const [assignments, setAssignments] = useState<Assignment[] | null>(null);
  const [editing, setEditing] = useState<Assignment | null>(null);
  const [busy, setBusy] = useState(false);
  /** A new form after each assignment added. */
  const [formKey, setFormKey] = useState(0);
  const manages = project !== null && canManageProject(user, project);

  const load = useCallback(async () => {
    const page = await api.get<{ items: Assignment[] }>(`/api/documents/${encodeURIComponent(documentId)}/assignments`);
    setAssignments(page.items);
  }, [documentId]);

  useEffect(() => {
    api.get<DocumentView>(`/api/documents/${encodeURIComponent(documentId)}`).then(async (view) => {
      setDocument(view);
      setProject(await api.get<Project>(`/api/projects/${encodeURIComponent(view.projectId)}`));
    }, toasts.showError);
    load().catch(toasts.showError);
  }, [documentId, load, toasts]);

  useEffect(() => {
    if (manages) api.get<{ items: User[] }>('/api/users').then((page) => setUsers(page.items), toasts.showError);
  }, [manages, toasts]);

  const translators = useMemo(() => (project ? membersWith(project, users, 'translator') : []), [project, users]);
  const reviewers = useMemo(() => (project ? membersWith(project, users, 'reviewer') : []), [project, users]);

  const submit = async (draft: AssignmentDraft) => {
    setBusy(true);
    try {
      if (editing) await api.patch(`/api/assignments/${encodeURIComponent(editing.id)}`, { ...draft, version: editing.version });
      else await api.post(`/api/documents/${encodeURIComponent(documentId)}/assignments`, draft);
      toasts.show('success', t(editing ? 'assignments.saved' : 'assignments.added'));
      setEditing(null);
      setFormKey((key) => key + 1);
      await load();
    } catch (error) {
      toasts.showError(error);
    } finally {
      setBusy(false);
    }
  };

  const remove = async (assignment: Assignment) => {
    setBusy(true);
    try {
      await api.delete(`/api/assignments/${encodeURIComponent(assignment.id)}`);
      toasts.show('success', t('assignments.removed'));
      await load();
    } catch (error) {
      toasts.showError(error);
    } finally {
      setBusy(false);
    }
  };

  const step = (assignment: Assignment, which: AssignmentStep) => (
    <StepCell
      person={which === 'translation' ? assignment.translator : assignment.reviewer}
      due={which === 'translation' ? assignment.translationDue : assignment.reviewDue}
      progress={assignment.progress[which]}
      late={assignment.late[which]}
    />
  );

  return (
    <section className="pages assignments-page" aria-labelledby="assignments-title">
      <h1 id="assignments-title">{document ? t('assignments.titleOf', { title: document.title }) : t('assignments.title')}</h1>
      <p>
        <Link to={`/documents/${encodeURIComponent(documentId)}`}>{t('assignments.toWorkspace')}</Link>
      </p>
      {assignments === null ? (
        <p className="loading" role="status">{t('common:status.loading')}</p>
      ) : assignments.length === 0 ? (
        <p className="empty">{t('assignments.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data assignments-table" data-testid="assignments-table">
            <thead>
              <tr>
                <th scope="col">{t('assignments.segments')}</th>
                <th scope="col">{t('assignments.translation')}</th>
                <th scope="col">{t('assignments.review')}</th>
                {manages && <th scope="col">{t('assignments.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {assignments.map((assignment) => {
                const range = rangeNumbers(assignment.range);
                const label = range ? t('work.range', { first: formatNumber(range.first), last: formatNumber(range.last) }) : t('work.wholeDocument');
                return (
                  <tr key={assignment.id} data-testid="assignment-row">
                    <th scope="row">{label}</th>
                    {step(assignment, 'translation')}
                    {step(assignment, 'review')}
                    {manages && (
                      <td>
                        <button type="button" onClick={() => setEditing(assignment)} disabled={busy} aria-label={t('assignments.editLabel', { range: label })}>
                          {t('assignments.edit')}
                        </button>{' '}
                        <button type="button" onClick={() => void remove(assignment)} disabled={busy} aria-label={t('assignments.removeLabel', { range: label })}>
                          {t('assignments.remove')}
                        </button>
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {manages && document && (
        <AssignmentForm
          key={editing?.id ?? `new-${formKey}`}
          segmentCount={document.segmentCount}
          translators={translators}
          reviewers={reviewers}
          editing={editing ?? undefined}
          busy={busy}
          onSubmit={(draft) => void submit(draft)}
          onCancel={editing ? () => setEditing(null) : undefined}
        />
      )}
    </section>
  );
}
