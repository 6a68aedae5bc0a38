// The rules as SRX 2.0, for other CAT tools and back: everyone downloads the rules documents of this
// project are split with (the built-in ones and the project's additions); coordinators import an SRX
// file, whose German and Polish rules then replace the project's additions (after a confirmation).
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../api/client';
import type { ProjectSegmentationRules } from '../api/types';
import { formatNumber } from '../format';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { errorText, useToasts } from '../ui/Toasts';

interface SrxExchangeProps {
  projectId: string;
  mayImport: boolean;
  onImported(rules: ProjectSegmentationRules): void;
}

export function SrxExchange({ projectId, mayImport, onImported }: SrxExchangeProps) {
  const { t } = useTranslation('segmentation');
  const toasts = useToasts();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const url = `/api/projects/${encodeURIComponent(projectId)}/segmentation`;

  const clear = () => {
    setFile(null);
    if (inputRef.current) inputRef.current.value = '';
  };

  const importFile = async (chosen: File) => {
    try {
      const result = await api.post<{ rules: ProjectSegmentationRules }>(`${url}/import`, { content: await chosen.text() });
      onImported(result.rules);
      toasts.show('success', t('srx.imported', { name: chosen.name }));
    } catch (caught) {
      // The refusal belongs next to the file input, with the line the server found the problem on.
      const line = caught instanceof ApiError ? caught.details?.line : undefined;
      setError(typeof line === 'number' ? `${errorText(caught, t)} ${t('srx.line', { line: formatNumber(line) })}` : errorText(caught, t));
    }
    clear();
  };

  return (
    <section className="card" aria-labelledby="srx-title">
      <h2 id="srx-title">{t('srx.title')}</h2>
      <p>
        <a href={`${url}?format=srx`} download data-testid="srx-export">
          {t('srx.export')}
        </a>
      </p>
      <p className="muted">{t('srx.exportHint')}</p>
      {mayImport && (
        <>
          <label className="file-label">
            {t('srx.import')}
            <input
              ref={inputRef}
              type="file"
              accept=".srx,.xml,application/xml,text/xml"
              onChange={(e) => {
                setError(null);
                setFile(e.target.files?.[0] ?? null);
              }}
              data-testid="srx-file"
            />
          </label>
          {error && (
            <p className="form-error" role="alert" data-testid="srx-error">
              {error}
            </p>
          )}
        </>
      )}
      {file && (
        <ConfirmDialog
          title={t('srx.confirmTitle')}
          confirmLabel={t('srx.confirm')}
          busyLabel={t('srx.busy')}
          testId="srx-confirm"
          onConfirm={() => importFile(file)}
          onClose={clear}
        >
          <p>{t('srx.confirmQuestion', { name: file.name })}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
