// "New version": an editor pastes or uploads the revised German text (in the document's format), sees
// what it would do (segments unchanged, changed with their word diff, new, removed; words to review
// again) and stores it. Only a preview of exactly the current text enables storing, as on the submit page.
// A Word, HTML or XLIFF document's new version is a file of that kind, uploaded as it is (no text field).
import { useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, uploadForm } from '../api/client';
import type { DocumentView } from '../api/types';
import type { DocumentRevision, RevisionPreview } from '../api/revisionTypes';
import { formatNumber } from '../format';
import { DOCUMENT_FILE_ACCEPT, pickDocumentFile } from '../lib/documentFiles';
import { readTextFile, textFileProblem } from '../lib/textFile';
import { wordDiff } from '../lib/wordDiff';
import { DiffText } from '../review/DiffText';
import { Modal } from '../ui/Modal';
import { RevisionCounts } from './RevisionCounts';
import './revisions.css';

/** Changes listed in the preview before the list is cut. */
const LISTED = 50;

export function RevisionDialog(props: { document: DocumentView; onClose(): void; onStored(revision: DocumentRevision): void }) {
  const { document, onClose, onStored } = props;
  const { t } = useTranslation('revisions');
  const ids = useId();
  const [content, setContent] = useState('');
  /** A Word, HTML or XLIFF document takes its new version as a file, sent as it is. */
  const asFile = document.format !== 'text' && document.format !== 'markdown';
  const [upload, setUpload] = useState<File | null>(null);
  const [fileNote, setFileNote] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [preview, setPreview] = useState<{ content: string; data: RevisionPreview } | null>(null);
  const [busy, setBusy] = useState<'preview' | 'store' | null>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  /** What the preview was made of: the text, or the chosen file (name, size, time). */
  const sentKey = asFile ? (upload ? [upload.name, upload.size, upload.lastModified].join('/') : '') : content;
  const current = preview !== null && preview.content === sentKey ? preview.data : null;
  const send = <T,>(target: string): Promise<T> => {
    if (!asFile || !upload) return api.post<T>(target, { format: document.format, content });
    const form = new FormData();
    form.append('file', upload);
    return uploadForm<T>(target, form);
  };
  const url = `/api/documents/${encodeURIComponent(document.id)}/revisions`;

  const problem = (caught: unknown) =>
    caught instanceof ApiError && caught.message ? caught.message : caught instanceof ApiError && caught.code === 'network_error' ? t('common:errors.network') : t('common:errors.unknown');

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.target;
    const file = input.files?.[0];
    setError(null);
    if (!file) return;
    if (asFile) {
      const picked = pickDocumentFile(file);
      if (!picked.ok || picked.format !== document.format) {
        setError(t('revisions:dialog.wrongFormat', { name: file.name }));
        input.value = '';
        return;
      }
      setUpload(file);
      setFileNote(t('dialog.fileLoaded', { name: file.name }));
      return;
    }
    const read = await readTextFile(file);
    if (!read.ok || read.format !== document.format) {
      const [key, values] = read.ok ? ['revisions:dialog.wrongFormat', { name: file.name }] : textFileProblem(read.reason, file.name);
      setError(t(key, values));
      input.value = '';
      return;
    }
    setContent(read.text);
    setFileNote(t('dialog.fileLoaded', { name: file.name }));
  };

  const runPreview = async () => {
    setBusy('preview');
    setError(null);
    const sent = sentKey;
    try {
      setPreview({ content: sent, data: await send<RevisionPreview>(`${url}/preview`) });
    } catch (caught) {
      setPreview(null);
      setError(problem(caught));
    } finally {
      setBusy(null);
    }
  };

  const store = async () => {
    if (current === null) return;
    setBusy('store');
    setError(null);
    try {
      onStored(await send<DocumentRevision>(url));
    } catch (caught) {
      setError(problem(caught));
      setBusy(null);
    }
  };

  return (
    <Modal title={t('dialog.title', { title: document.title })} testId="revision-dialog" onClose={onClose} closable={busy === null} initialFocus={textRef} className="revision-dialog">
      <p className="muted">{t(asFile ? 'dialog.introFile' : 'dialog.intro', { format: t(`dialog.formats.${document.format}`) })}</p>
      <label className="file-label">
        {t('dialog.file')}
        <input type="file" accept={asFile ? DOCUMENT_FILE_ACCEPT : document.format === 'markdown' ? '.md,.markdown,text/markdown' : '.txt,text/plain'} onChange={(e) => void onFile(e)} data-testid="revision-file" aria-describedby={`${ids}-file`} />
        <span id={`${ids}-file`} className="field-hint">
          {fileNote ?? t('dialog.fileHint')}
        </span>
      </label>
      {!asFile && (
        <label>
          {t('dialog.text')}
          <textarea ref={textRef} value={content} onChange={(e) => setContent(e.target.value)} rows={10} lang="de" spellCheck={false} data-testid="revision-text" />
        </label>
      )}
      {error && (
        <p className="form-error" role="alert" data-testid="revision-error">
          {error}
        </p>
      )}
      {current && (
        <section aria-labelledby={`${ids}-preview`} data-testid="revision-preview">
          <h3 id={`${ids}-preview`}>{t('dialog.previewTitle')}</h3>
          <RevisionCounts summary={current} />
          <ul className="revision-changes">
            {current.changed.slice(0, LISTED).map((change) => (
              <li key={`c${change.index}`} lang="de" data-testid="revision-change" data-kind="changed">
                <span className="revision-index">{t('dialog.segmentN', { n: formatNumber(change.index + 1) })}</span>
                <DiffText parts={wordDiff(change.previousSource, change.source)} />
              </li>
            ))}
            {current.added.slice(0, LISTED).map((added) => (
              <li key={`a${added.index}`} lang="de" data-testid="revision-change" data-kind="new">
                <span className="revision-index">{t('dialog.segmentN', { n: formatNumber(added.index + 1) })}</span>
                <ins className="diff-insert">{added.source}</ins>
              </li>
            ))}
            {current.removed.slice(0, LISTED).map((removed) => (
              <li key={`r${removed.index}`} lang="de" data-testid="revision-change" data-kind="removed">
                <span className="revision-index">{t('dialog.removedLabel')}</span>
                <del className="diff-delete">{removed.source}</del>
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose} disabled={busy !== null}>
          {t('common:actions.cancel')}
        </button>
        <button type="button" onClick={() => void runPreview()} disabled={busy !== null || (asFile ? upload === null : content.trim() === '')} data-testid="revision-preview-button">
          {busy === 'preview' ? t('dialog.previewing') : t('dialog.preview')}
        </button>
        <button type="button" className="primary" onClick={() => void store()} disabled={busy !== null || current === null} data-testid="revision-store">
          {busy === 'store' ? t('dialog.storing') : t('dialog.store')}
        </button>
      </div>
    </Modal>
  );
}
