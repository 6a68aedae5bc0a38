// Editors submit a German text: pasted, read from a .txt/.md file, or a Word, HTML or XLIFF file
// uploaded as it is (dropped or picked, with upload progress), with title and due date. The server's
// segmentation is previewed first; only a preview of exactly the current text or file enables "Submit".
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { RichText } from '../workspace/RichText';
import { useTranslation } from 'react-i18next';
import { api, ApiError, uploadForm } from '../api/client';
import type { DocumentView, Project } from '../api/types';
import { hasRole, useUser } from '../auth';
import { formatNumber } from '../format';
import { endOfDayUtc, previewTotals, titleFromFileName } from '../lib/dashboardStats';
import { pickDocumentFile, type DocumentFormat } from '../lib/documentFiles';
import { readTextFile, textFileProblem } from '../lib/textFile';
import { canSubmitTo } from '../lib/projectRoles';
import { Link, navigate } from '../router';
import { ProgressBar } from '../ui/ProgressBar';
import { useToasts } from '../ui/Toasts';
import { SubmitSource } from './SubmitSource';
import type { DocumentPreview } from './pageTypes';
import './pages.css';

type Format = 'text' | 'markdown';
/** A chosen file, told apart from another of the same name (a preview belongs to one file). */
const fileKey = (file: File) => [file.name, file.size, file.lastModified].join('/');
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
  const [format, setFormat] = useState<Format>('text');
  const [content, setContent] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  /** A .docx, .html or .xlf file sent as it is (instead of the text field), and its format as named. */
  const [upload, setUpload] = useState<{ file: File; format: DocumentFormat } | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
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

  const key = JSON.stringify(upload ? [projectId, fileKey(upload.file)] : [projectId, format, content]);
  const current = preview !== null && preview.key === key ? preview.data : null;
  const stale = preview !== null && preview.key !== key;

  const showProblem = (error: unknown) => {
    if (error instanceof ApiError && error.status >= 400 && error.status < 500 && error.status !== 401) setFormError(error.message || t('common:errors.unknown'));
    else toasts.showError(error);
  };

  const onFile = async (file: File) => {
    setFileError(null);
    setFormError(null);
    const picked = pickDocumentFile(file);
    if (!picked.ok) {
      const max = formatNumber(picked.max / 1024 / 1024);
      setFileError(picked.reason === 'size' ? t('file.tooLarge', { name: file.name, max }) : t('file.wrongDocumentType', { name: file.name }));
      return;
    }
    if (picked.send === 'file') {
      setUpload({ file, format: picked.format });
      if (title.trim() === '') setTitle(titleFromFileName(file.name));
      return;
    }
    const read = await readTextFile(file);
    if (!read.ok) {
      const [key, values] = textFileProblem(read.reason, file.name);
      setFileError(t(key, values));
      return;
    }
    setUpload(null);
    setContent(read.text);
    setFormat(read.format);
    setFileName(file.name);
    if (title.trim() === '') setTitle(titleFromFileName(file.name));
  };

  /** A form with the chosen file (and the given fields), uploaded with progress. */
  const sendFile = async <T,>(url: string, file: File, fields: Record<string, string>): Promise<T> => {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    form.append('file', file, file.name);
    setProgress(0);
    try {
      return await uploadForm<T>(url, form, setProgress);
    } finally {
      setProgress(null);
    }
  };

  const runPreview = async () => {
    setBusy('preview');
    setFormError(null);
    const sentKey = key;
    try {
      const url = `/api/projects/${encodeURIComponent(projectId)}/documents/preview`;
      const data = upload ? await sendFile<DocumentPreview>(url, upload.file, {}) : await api.post<DocumentPreview>(url, { format, content });
      setPreview({ key: sentKey, data });
      // The file's own title (Word core title, HTML <title>, XLIFF original) beats its file name.
      if (upload && data.title && (title.trim() === '' || title === titleFromFileName(upload.file.name))) setTitle(data.title);
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
      const url = `/api/projects/${encodeURIComponent(projectId)}/documents`;
      const dueDate = endOfDayUtc(due);
      const document = upload
        ? await sendFile<DocumentView>(url, upload.file, { title, ...(dueDate ? { dueDate } : {}) })
        : await api.post<DocumentView>(url, { title, format, content, dueDate });
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
          {upload ? (
            <p className="submit-detected" data-testid="submit-detected-format">
              {t('detected', { format: t(`formats.${current?.format ?? upload.format}`) })}
            </p>
          ) : (
            <label>
              {t('format')}
              <select value={format} onChange={(e) => setFormat(e.target.value as Format)} data-testid="submit-format">
                <option value="text">{t('formats.text')}</option>
                <option value="markdown">{t('formats.markdown')}</option>
              </select>
            </label>
          )}
        </div>

        <SubmitSource
          idPrefix={ids}
          upload={upload?.file ?? null}
          loadedName={fileName}
          fileError={fileError}
          busy={busy !== null}
          onFile={(file) => void onFile(file)}
          onRemoveFile={() => setUpload(null)}
        >
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
        </SubmitSource>
        <p id={hintId} className="field-hint" data-testid="submit-preview-hint">
          {stale ? t('previewStale') : current ? t('previewCurrent') : t('previewFirst')}
        </p>
        {progress !== null && (
          <div data-testid="submit-progress">
            <ProgressBar value={Math.round(progress * 100)} max={100} label={t('uploading', { percent: Math.round(progress * 100) })} />
          </div>
        )}

        {formError && (
          <p className="form-error" role="alert" tabIndex={-1} ref={errorRef} data-testid="submit-error">
            {formError}
          </p>
        )}

        <div className="form-actions">
          <button type="button" onClick={() => void runPreview()} disabled={busy !== null || (upload === null && content.trim() === '') || projectId === ''} data-testid="submit-preview">
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
                  {segment.target !== undefined && (
                    <p className="preview-target" lang="pl" data-testid="preview-target">
                      <span className="muted">{t('previewTarget')}: </span>
                      <RichText text={segment.target} />
                    </p>
                  )}
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
