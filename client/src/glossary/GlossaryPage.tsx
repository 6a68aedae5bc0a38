// A project's glossary term by term: search and filter by status; coordinators (and admins) add,
// change, approve and delete terms; translators propose terms and change or withdraw their own
// proposals; everyone else reads. The server decides (commands/glossary/glossaryAccess.ts); the page
// shows each person only the controls it would allow.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { GlossaryTerm, Project } from '../api/types';
import { useUser } from '../auth';
import { formatNumber } from '../format';
import { asPhrase } from '../lib/concordanceQuery';
import { canChangeTerm, canEditGlossaryIn, canProposeTermsIn } from '../lib/projectRoles';
import { ConcordanceDialog } from '../tm/ConcordanceDialog';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ProjectFrame } from '../ui/ProjectFrame';
import { useToasts } from '../ui/Toasts';
import { filterTerms, TERM_STATUS_FILTERS, type TermStatusFilter } from './termFilter';
import { TermDialog } from './TermDialog';
import './glossary.css';

/** Rows listed before "Show all". */
const FIRST_ROWS = 200;

type Dialog =
  | { kind: 'add' }
  | { kind: 'edit'; term: GlossaryTerm }
  | { kind: 'delete'; term: GlossaryTerm }
  | { kind: 'memory'; term: GlossaryTerm }
  | null;

export function GlossaryPage({ projectId }: { projectId: string }) {
  const { t } = useTranslation('glossary');
  return (
    <ProjectFrame projectId={projectId} title={t('title')} className="glossary-page">
      {(project) => <GlossaryTerms project={project} />}
    </ProjectFrame>
  );
}

function GlossaryTerms({ project }: { project: Project }) {
  const { t } = useTranslation('glossary');
  const user = useUser();
  const toasts = useToasts();
  const [terms, setTerms] = useState<GlossaryTerm[] | null>(null);
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<TermStatusFilter>('all');
  const [showAll, setShowAll] = useState(false);
  const [dialog, setDialog] = useState<Dialog>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const editor = canEditGlossaryIn(user, project);
  const proposer = !editor && canProposeTermsIn(user, project);
  const url = `/api/projects/${encodeURIComponent(project.id)}/glossary`;

  const load = useCallback(() => {
    api.get<{ items: GlossaryTerm[] }>(url).then((page) => setTerms(page.items), toasts.showError);
  }, [url, toasts]);
  useEffect(load, [load]);

  const shown = useMemo(() => filterTerms(terms ?? [], search, status), [terms, search, status]);
  const rows = showAll ? shown : shown.slice(0, FIRST_ROWS);

  const replace = (term: GlossaryTerm) => setTerms((list) => (list ?? []).filter((other) => other.id !== term.id).concat(term));

  const onSaved = (term: GlossaryTerm, added: boolean) => {
    replace(term);
    setDialog(null);
    toasts.show('success', added ? t(term.status === 'proposed' ? 'proposed' : 'added', { term: term.de }) : t('saved', { term: term.de }));
  };

  const approve = async (term: GlossaryTerm) => {
    try {
      replace(await api.patch<GlossaryTerm>(`${url}/${encodeURIComponent(term.id)}`, { status: 'approved', version: term.version }));
      toasts.show('success', t('approved', { term: term.de }));
    } catch (error) {
      toasts.showError(error);
      load();
    }
  };

  const remove = async (term: GlossaryTerm) => {
    await api.delete(`${url}/${encodeURIComponent(term.id)}?version=${term.version}`);
    setTerms((list) => (list ?? []).filter((other) => other.id !== term.id));
    setDialog(null);
    toasts.show('success', t('deleted', { term: term.de }));
    // The row and its buttons are gone: the search field is where the list starts.
    window.setTimeout(() => searchRef.current?.focus(), 0);
  };

  if (terms === null) return <p className="loading" role="status">{t('common:status.loading')}</p>;

  return (
    <>
      <div className="toolbar-row">
        <label>
          {t('search')}
          <input ref={searchRef} type="search" value={search} onChange={(e) => setSearch(e.target.value)} data-testid="glossary-search" />
        </label>
        <label>
          {t('statusFilter')}
          <select value={status} onChange={(e) => setStatus(e.target.value as TermStatusFilter)} data-testid="glossary-status-filter">
            {TERM_STATUS_FILTERS.map((value) => (
              <option key={value} value={value}>
                {t(`filter.${value}`)}
              </option>
            ))}
          </select>
        </label>
        {(editor || proposer) && (
          <button type="button" className="primary" onClick={() => setDialog({ kind: 'add' })} data-testid="glossary-add">
            {editor ? t('add') : t('propose')}
          </button>
        )}
      </div>
      <p role="status" className="muted" data-testid="glossary-count">
        {t('count', { count: terms.length, shown: formatNumber(shown.length), total: formatNumber(terms.length) })}
      </p>

      {terms.length === 0 ? (
        <p className="empty card">{editor ? t('empty.editor') : proposer ? t('empty.proposer') : t('empty.reader')}</p>
      ) : shown.length === 0 ? (
        <p className="empty card">{t('empty.noMatch')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data glossary-table">
            <caption className="visually-hidden">
              {t('caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('fields.de')}</th>
                <th scope="col">{t('fields.pl')}</th>
                <th scope="col">{t('fields.partOfSpeech')}</th>
                <th scope="col">{t('columns.details')}</th>
                <th scope="col">{t('fields.status')}</th>
                <th scope="col">{t('columns.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((term) => (
                <TermRow
                  key={term.id}
                  term={term}
                  mine={term.createdBy === user.id}
                  mayChange={canChangeTerm(user, project, term)}
                  mayApprove={editor && term.status === 'proposed'}
                  onEdit={() => setDialog({ kind: 'edit', term })}
                  onDelete={() => setDialog({ kind: 'delete', term })}
                  onApprove={() => void approve(term)}
                  onMemory={() => setDialog({ kind: 'memory', term })}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {!showAll && shown.length > FIRST_ROWS && (
        <button type="button" onClick={() => setShowAll(true)}>
          {t('showAll', { n: formatNumber(shown.length) })}
        </button>
      )}

      {(dialog?.kind === 'add' || dialog?.kind === 'edit') && (
        <TermDialog
          projectId={project.id}
          term={dialog.kind === 'edit' ? dialog.term : null}
          editor={editor}
          onSaved={(term) => onSaved(term, dialog.kind === 'add')}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'memory' && <ConcordanceDialog projectId={project.id} initialQuery={asPhrase(dialog.term.de)} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'delete' && (
        <ConfirmDialog
          title={t('delete.title', { term: dialog.term.de })}
          confirmLabel={t('delete.confirm')}
          busyLabel={t('delete.busy')}
          danger
          testId="term-delete-dialog"
          onConfirm={() => remove(dialog.term)}
          onClose={() => setDialog(null)}
        >
          <p>{t('delete.question', { de: dialog.term.de, pl: dialog.term.pl })}</p>
        </ConfirmDialog>
      )}
    </>
  );
}

interface TermRowProps {
  term: GlossaryTerm;
  mine: boolean;
  mayChange: boolean;
  mayApprove: boolean;
  onEdit(): void;
  onDelete(): void;
  onApprove(): void;
  /** Opens the concordance search for the German term: how was it translated so far? */
  onMemory(): void;
}

function TermRow({ term, mine, mayChange, mayApprove, onEdit, onDelete, onApprove, onMemory }: TermRowProps) {
  const { t } = useTranslation('glossary');
  return (
    <tr data-testid="glossary-term" data-term-id={term.id} data-status={term.status}>
      <th scope="row" lang="de" className="term-de">
        {term.de}
      </th>
      <td lang="pl" className="term-pl">
        {term.pl}
      </td>
      <td>{term.partOfSpeech ? t(`pos.${term.partOfSpeech}`) : ''}</td>
      <td className="term-details">
        {term.note && <p className="term-note">{term.note}</p>}
        {term.forbidden.length > 0 && (
          <p className="term-forbidden">
            {t('forbiddenList')} <span lang="pl">{term.forbidden.join(', ')}</span>
          </p>
        )}
        {(term.caseSensitive || term.compound) && (
          <p className="muted term-flags">
            {[term.caseSensitive ? t('fields.caseSensitive') : null, term.compound ? t('fields.compound') : null].filter(Boolean).join(' · ')}
          </p>
        )}
      </td>
      <td>
        <span className={`badge badge-${term.status}`}>{t(`status.${term.status}`)}</span>
        {mine && term.status === 'proposed' && <span className="muted term-mine">{t('mine')}</span>}
      </td>
      <td>
        <div className="row-buttons">
          {mayApprove && (
            <button type="button" className="primary" onClick={onApprove} aria-label={t('approveLabel', { term: term.de })} data-testid="term-approve">
              {t('approve')}
            </button>
          )}
          {mayChange && (
            <>
              <button type="button" onClick={onEdit} aria-label={t('editLabel', { term: term.de })} data-testid="term-edit">
                {t('edit')}
              </button>
              <button type="button" onClick={onDelete} aria-label={t('deleteLabel', { term: term.de })} data-testid="term-delete">
                {t('deleteAction')}
              </button>
            </>
          )}
          <button type="button" onClick={onMemory} aria-label={t('memoryLabel', { term: term.de })} data-testid="term-memory">
            {t('memory')}
          </button>
        </div>
      </td>
    </tr>
  );
}
