// Where the submit form's German text comes from: a file dropped on the zone or chosen with the picker
// (a .docx, .html or .xlf file is uploaded as it is and shown as a chip; a .txt or .md file is read into
// the text field), or text typed or pasted into the field.
import { useState, type DragEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../format';
import { MAX_UPLOAD_BYTES } from '../lib/dashboardStats';
import { DOCUMENT_FILE_ACCEPT, MAX_FILE_BYTES } from '../lib/documentFiles';

interface SubmitSourceProps {
  idPrefix: string;
  /** The file to upload as it is, if one was chosen. */
  upload: File | null;
  /** The name of the text file read into the field, if any. */
  loadedName: string | null;
  fileError: string | null;
  /** Disabled while a request runs. */
  busy: boolean;
  onFile(file: File): void;
  onRemoveFile(): void;
  /** The text field (hidden while a file is to be uploaded). */
  children: ReactNode;
}

const mib = (bytes: number) => formatNumber(bytes / 1024 / 1024);

export function SubmitSource({ idPrefix, upload, loadedName, fileError, busy, onFile, onRemoveFile, children }: SubmitSourceProps) {
  const { t } = useTranslation('submit');
  const [dragging, setDragging] = useState(false);
  const hintId = `${idPrefix}-file-hint`;

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file && !busy) onFile(file);
  };
  const onDragOver = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };

  return (
    <div className="source-input">
      <div
        className={dragging ? 'drop-zone is-dragging' : 'drop-zone'}
        onDragOver={onDragOver}
        onDragEnter={onDragOver}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="submit-dropzone"
      >
        <p className="drop-zone-text" aria-hidden="true">
          {t(dragging ? 'file.dropActive' : 'file.drop')}
        </p>
        <label className="file-label">
          {t('file.label')}
          <input
            type="file"
            accept={DOCUMENT_FILE_ACCEPT}
            disabled={busy}
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) onFile(file);
            }}
            data-testid="submit-file"
            aria-describedby={hintId}
          />
          <span id={hintId} className="field-hint">
            {loadedName && !upload ? t('file.loaded', { name: loadedName }) : t('file.hint', { max: mib(MAX_UPLOAD_BYTES), maxFile: mib(MAX_FILE_BYTES) })}
          </span>
        </label>
      </div>
      {fileError && (
        <p className="form-error" role="alert" data-testid="submit-file-error">
          {fileError}
        </p>
      )}
      {upload ? (
        <p className="file-chip" data-testid="submit-upload">
          <span>{t('file.chosen', { name: upload.name, size: formatNumber(Math.max(1, Math.round(upload.size / 1024))) })}</span>
          <button type="button" onClick={onRemoveFile} disabled={busy} data-testid="submit-remove-file">
            {t('file.remove')}
          </button>
        </p>
      ) : (
        children
      )}
    </div>
  );
}
