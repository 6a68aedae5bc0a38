// Editors submit a German text: pasted or uploaded (.txt/.md), with title and due date. The server's
// segmentation is previewed first; only a preview of exactly the current text enables "Submit".
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { RichText } from '../workspace/RichText';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../api/client';
import type { DocumentView, Project } from '../api/types';
import { hasRole, useUser } from '../auth';
import { formatNumber } from '../format';
import { endOfDayUtc, MAX_UPLOAD_BYTES, previewTotals, titleFromFileName } from '../lib/dashboardStats';
import { canSubmitTo } from '../lib/projectRoles';
import { Link, navigate } from '../router';
import { FormatSelect, TextFileInput, type TextFormat } from '../ui/TextFileInput';
import { useToasts } from '../ui/Toasts';
import type { DocumentPreview } from './pageTypes';
import './pages.css';

/** Segments listed before "Show all". */
const FIRST_ROWS = 300;

export function SubmitPage() {
  const { t } = useTranslation('submit');
  const user = useUser();
  const toasts = useToasts();
  const ids = useId();
  const [projects, setProjects] = useState<Project[] | null>(null);
  const [projectId, setProjectId] = useState('');
  const [title, setTitle] = useState('');
  const [due, setDue] = useState('');
  const [format, setFormat] = useState<TextFormat>('text');
  const [content, setContent] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [preview, setPreview] = useState<{ key: string; data: DocumentPreview } | null>(null);
  const [showAll, setShowAll] = useState(false);
  const [busy, setBusy] = useState<'preview' | 'submit' | null>(null);
  const errorRef = useRef<HTMLParagraphElement>(null);
  const previewRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    api.get<{ items: Project[] }>('/api/projects').then((page) => {
      const allowed = page.items.filter((p) => canSubmitTo(user, p));
      setProjects(allowed);
      setProjectId((current) => current || (allowed[0]?.id ?? ''));
    }, toasts.showError);
  }, [user, toasts]);

  useEffect(() => {
    if (formError) errorRef.current?.focus();
  }, [formError]);

  const key = JSON.stringify([projectId, format, content]);
  const current = preview !== null && preview.key === key ? preview.data : null;
  const stale = preview !== null && preview.key !== key;

  const showProblem = (error: unknown) => {
    if (error instanceof ApiError && error.status >= 400 && error.status < 500 && error.status !== 401) setFormError(error.message || t('common:errors.unknown'));
    else toasts.showError(error);
  };

  const onFile = ({ text, format: fileFormat, name }: { text: string; format: TextFormat; name: string }) => {
    setContent(text);
    setFormat(fileFormat);
    setFileName(name);
    setFormError(null);
    if (title.trim() === '') setTitle(titleFromFileName(name));
  };

  const runPreview = async () => {
    setBusy('preview');
    setFormError(null);
    const sentKey = key;
    try {
      const data = await api.post<DocumentPreview>(`/api/projects/${encodeURIComponent(projectId)}/documents/preview`, { format, content });
      setPreview({ key: sentKey, data });
      setShowAll(false);
      window.setTimeout(() => previewRef.current?.focus(), 0);
    } catch (error) {
      setPreview(null);
      showProblem(error);
    } finally {
      setBusy(null);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (current === null) return;
    setBusy('submit');
    setFormError(null);
    try {
      const document = await api.post<DocumentView>(`/api/projects/${encodeURIComponent(projectId)}/documents`, {
        title,
        format,
        content,
        dueDate: endOfDayUtc(due),
      });
      toasts.show('success', t('submitted', { title: document.title, segments: formatNumber(document.segmentCount) }));
      navigate('/');
    } catch (error) {
      showProblem(error);
    } finally {
      setBusy(null);
    }
  };

  if (projects === null) return <p className="loading" role="status">{t('common:status.loading')}</p>;

  if (projects.length === 0) {
    return (
      <section className="pages submit-page" aria-labelledby="submit-title">
        <h1 id="submit-title">{t('title')}</h1>
        <div className="empty card" data-testid="submit-no-project">
          <p>{t('noProject')}</p>
          {hasRole(user, 'coordinator') && (
            <p>
              <Link to="/projects">{t('createProject')}</Link>
            </p>
          )}
        </div>
      </section>
    );
  }

  const totals = current ? previewTotals(current.segments) : null;
  const rows = current ? (showAll ? current.segments : current.segments.slice(0, FIRST_ROWS)) : [];
  const hintId = `${ids}-hint`;

  return (
    <section className="pages submit-page" aria-labelledby="submit-title">
      <h1 id="submit-title">{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      <form className="card submit-form" onSubmit={submit} noValidate>
        <div className="form-grid">
          <label>
            {t('project')}
            <select value={projectId} onChange={(e) => setProjectId(e.target.value)} data-testid="submit-project" required>
              {projects.map((project) => (
                <option key={project.id} value={project.id}>
                  {project.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('documentTitle')}
            <input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={500} required data-testid="submit-title" />
          </label>
          <label>
            {t('due')}
            <input type="date" value={due} onChange={(e) => setDue(e.target.value)} data-testid="submit-due" aria-describedby={`${ids}-due-hint`} />
            <span id={`${ids}-due-hint`} className="field-hint">
              {t('dueHint')}
            </span>
          </label>
          <FormatSelect label={t('format')} value={format} onChange={setFormat} testId="submit-format" />
        </div>

        <div className="source-input">
          <TextFileInput
            label={t('file.label')}
            hint={{ id: `${ids}-file-hint`, text: fileName ? t('file.loaded', { name: fileName }) : t('file.hint', { max: formatNumber(MAX_UPLOAD_BYTES / 1024 / 1024) }) }}
            testId="submit-file"
            errorTestId="submit-file-error"
            onRead={onFile}
          />
          <label>
            {t('text')}
            <textarea
              value={content}
              onChange={(e) => setContent(e.target.value)}
              rows={12}
              lang="de"
              spellCheck={false}
              data-testid="submit-text"
              aria-describedby={hintId}
            />
          </label>
          <p id={hintId} className="field-hint">
            {stale ? t('previewStale') : current ? t('previewCurrent') : t('previewFirst')}
          </p>
        </div>

        {formError && (
          <p className="form-error" role="alert" tabIndex={-1} ref={errorRef} data-testid="submit-error">
            {formError}
          </p>
        )}

        <div className="form-actions">
          <button type="button" onClick={() => void runPreview()} disabled={busy !== null || content.trim() === '' || projectId === ''} data-testid="submit-preview">
            {busy === 'preview' ? t('previewing') : t('preview')}
          </button>
          <button type="submit" className="primary" disabled={busy !== null || current === null} data-testid="submit-document">
            {busy === 'submit' ? t('submitting') : t('submit')}
          </button>
        </div>
      </form>

      {current && totals && (
        <section className="card preview" aria-labelledby={`${ids}-preview`}>
          <h2 id={`${ids}-preview`} tabIndex={-1} ref={previewRef}>
            {t('previewTitle')}
          </h2>
          <p className="preview-totals" data-testid="preview-totals">
            {t('totals', {
              segments: formatNumber(current.segmentCount),
              words: formatNumber(current.wordCount),
              toTranslate: formatNumber(totals.wordsToTranslate),
            })}
            {totals.lockedSegments > 0 && <> {t('totalsLocked', { locked: formatNumber(totals.lockedSegments) })}</>}
          </p>
          <ol className="preview-list">
            {rows.map((segment) => (
              <li key={segment.index} data-testid="preview-segment" data-kind={segment.kind} data-locked={segment.locked ? 'true' : undefined} className={segment.locked ? 'preview-locked' : undefined}>
                <span className="preview-index" aria-hidden="true">
                  {formatNumber(segment.index + 1)}
                </span>
                <div className="preview-body">
                  <div className="preview-tags">
                    {segment.kind !== 'paragraph' && segment.kind !== 'line' && <span className="tag">{t(`kinds.${segment.kind}`, { defaultValue: segment.kind })}</span>}
                    {segment.locked && (
                      <span className="tag tag-locked">{t(segment.lang === 'pl' ? 'lockedPolish' : 'lockedNeutral')}</span>
                    )}
                    <span className="muted preview-words">{t('words', { count: segment.wordCount, n: formatNumber(segment.wordCount) })}</span>
                  </div>
                  <p className="preview-source" lang={segment.lang === 'pl' ? 'pl' : 'de'}>
                    <RichText text={segment.source} />
                  </p>
                </div>
              </li>
            ))}
          </ol>
          {!showAll && current.segments.length > FIRST_ROWS && (
            <button type="button" onClick={() => setShowAll(true)}>
              {t('showAll', { n: formatNumber(current.segments.length) })}
            </button>
          )}
        </section>
      )}
    </section>
  );
}
