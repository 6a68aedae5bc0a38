// A project's alignments: the list (title, status, sentences, date, the way into the editor) and a new
// alignment from an existing German text and its published Polish version, each pasted or read from a
// .txt/.md file, as on the submit page. Every project role may align (commands/alignmentReader.ts).
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../api/client';
import type { Alignment, AlignmentSummary, Project } from '../api/types';
import { formatDate, formatNumber } from '../format';
import { Link, navigate } from '../router';
import { ProjectFrame } from '../ui/ProjectFrame';
import { FormatSelect, TextFileInput, type TextFormat } from '../ui/TextFileInput';
import { errorText, useToasts } from '../ui/Toasts';
import './alignment.css';


export function AlignmentsPage({ projectId }: { projectId: string }) {
  const { t } = useTranslation('alignment');
  return (
    <ProjectFrame projectId={projectId} title={t('list.title')} className="alignments-page">
      {(project) => (
        <>
          <AlignmentList project={project} />
          <NewAlignment project={project} />
        </>
      )}
    </ProjectFrame>
  );
}

function AlignmentList({ project }: { project: Project }) {
  const { t } = useTranslation('alignment');
  const toasts = useToasts();
  const [items, setItems] = useState<AlignmentSummary[] | null>(null);

  useEffect(() => {
    api.get<{ items: AlignmentSummary[] }>(`/api/projects/${encodeURIComponent(project.id)}/alignments`).then((page) => setItems(page.items), toasts.showError);
  }, [project.id, toasts]);

  if (items === null) return <p className="loading" role="status">{t('common:status.loading')}</p>;
  if (items.length === 0) return <p className="empty card">{t('list.empty')}</p>;
  return (
    <div className="table-scroll">
      <table className="data alignment-table">
        <caption className="visually-hidden">{t('list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('list.name')}</th>
            <th scope="col">{t('list.status')}</th>
            <th scope="col" className="num">{t('list.sentencesDe')}</th>
            <th scope="col" className="num">{t('list.sentencesPl')}</th>
            <th scope="col">{t('list.updated')}</th>
          </tr>
        </thead>
        <tbody>
          {[...items].reverse().map((item) => (
            <tr key={item.id} data-testid="alignment-row">
              <th scope="row">
                <Link to={`/projects/${encodeURIComponent(project.id)}/alignments/${encodeURIComponent(item.id)}`}>{item.title}</Link>
              </th>
              <td>
                <span className={`badge badge-${item.status}`}>{t(`status.${item.status}`)}</span>
              </td>
              <td className="num">{formatNumber(item.sentences.de)}</td>
              <td className="num">{formatNumber(item.sentences.pl)}</td>
              <td>{formatDate(item.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function NewAlignment({ project }: { project: Project }) {
  const { t } = useTranslation('alignment');
  const toasts = useToasts();
  const ids = useId();
  const [title, setTitle] = useState('');
  const [format, setFormat] = useState<TextFormat>('text');
  const [texts, setTexts] = useState<Record<'de' | 'pl', string>>({ de: '', pl: '' });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const errorRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const alignment = await api.post<Alignment>(`/api/projects/${encodeURIComponent(project.id)}/alignments`, {
        ...(title.trim() === '' ? {} : { title }),
        format,
        de: texts.de,
        pl: texts.pl,
      });
      toasts.show('success', t('create.created', { title: alignment.title, count: alignment.beads.length, pairs: formatNumber(alignment.beads.length) }));
      navigate(`/projects/${encodeURIComponent(project.id)}/alignments/${encodeURIComponent(alignment.id)}`);
    } catch (caught) {
      if (caught instanceof ApiError && caught.status >= 400 && caught.status < 500 && caught.status !== 401) setError(errorText(caught, t));
      else toasts.showError(caught);
      setBusy(false);
    }
  };

  return (
    <form className="card form-stack new-alignment" onSubmit={create} aria-labelledby={`${ids}-title`} noValidate>
      <h2 id={`${ids}-title`}>{t('create.title')}</h2>
      <p className="muted">{t('create.intro')}</p>
      <div className="form-grid">
        <label>
          {t('create.name')}
          <input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={500} aria-describedby={`${ids}-name-hint`} data-testid="alignment-title" />
          <span id={`${ids}-name-hint`} className="field-hint">
            {t('create.nameHint')}
          </span>
        </label>
        <FormatSelect label={t('create.format')} value={format} onChange={setFormat} testId="alignment-format" />
      </div>
      <div className="alignment-texts">
        {(['de', 'pl'] as const).map((lang) => (
          <TextSource
            key={lang}
            lang={lang}
            value={texts[lang]}
            onChange={(value) => setTexts((current) => ({ ...current, [lang]: value }))}
            onFormat={setFormat}
          />
        ))}
      </div>
      {error && (
        <p className="form-error" role="alert" tabIndex={-1} ref={errorRef} data-testid="alignment-error">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy || texts.de.trim() === '' || texts.pl.trim() === ''} data-testid="alignment-create">
          {busy ? t('create.busy') : t('create.submit')}
        </button>
      </div>
    </form>
  );
}

/** One side's text: a file (.txt/.md) or pasted; a file also sets the format. */
function TextSource({ lang, value, onChange, onFormat }: { lang: 'de' | 'pl'; value: string; onChange(value: string): void; onFormat(format: TextFormat): void }) {
  const { t } = useTranslation('alignment');
  const ids = useId();

  return (
    <fieldset className="text-source">
      <legend>{t(`create.text.${lang}`)}</legend>
      <TextFileInput
        label={t(`create.file.${lang}`)}
        testId={`alignment-file-${lang}`}
        onRead={(file) => {
          onChange(file.text);
          onFormat(file.format);
        }}
      />
      <label>
        {t(`create.paste.${lang}`)}
        <textarea value={value} onChange={(e) => onChange(e.target.value)} rows={10} lang={lang} spellCheck={false} aria-describedby={`${ids}-hint`} data-testid={`alignment-text-${lang}`} />
      </label>
      <span id={`${ids}-hint`} className="field-hint">
        {t('create.pasteHint')}
      </span>
    </fieldset>
  );
}
