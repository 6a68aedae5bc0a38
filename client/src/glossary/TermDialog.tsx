// Adding, proposing or changing one glossary term. Empty terms are caught here (the field says so and
// takes the focus); everything else the server checks, and its message is announced in the dialog. A
// change is based on the version the list showed: when someone changed the term meanwhile (409
// glossary_term_changed) the dialog says so and offers their version to continue from.
import { useId, useRef, useState, type FormEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../api/client';
import { PARTS_OF_SPEECH, type GlossaryTerm } from '../api/types';
import { Modal } from '../ui/Modal';
import { errorText } from '../ui/Toasts';
import { parseVariants } from './termFilter';

interface TermDialogProps {
  projectId: string;
  /** The term to change; null adds a new one. */
  term: GlossaryTerm | null;
  /** Glossary editors add approved terms and may set the status; proposers add proposals. */
  editor: boolean;
  onSaved(term: GlossaryTerm): void;
  onClose(): void;
}

interface Fields {
  de: string;
  pl: string;
  partOfSpeech: string;
  note: string;
  forbidden: string;
  caseSensitive: boolean;
  compound: boolean;
  status: GlossaryTerm['status'];
}

const fieldsOf = (term: GlossaryTerm | null, editor: boolean): Fields => ({
  de: term?.de ?? '',
  pl: term?.pl ?? '',
  partOfSpeech: term?.partOfSpeech ?? '',
  note: term?.note ?? '',
  forbidden: (term?.forbidden ?? []).join('\n'),
  caseSensitive: term?.caseSensitive ?? false,
  compound: term?.compound ?? false,
  status: term?.status ?? (editor ? 'approved' : 'proposed'),
});

export function TermDialog({ projectId, term, editor, onSaved, onClose }: TermDialogProps) {
  const { t } = useTranslation('glossary');
  const ids = useId();
  const [base, setBase] = useState(term);
  const [fields, setFields] = useState(() => fieldsOf(term, editor));
  const [missing, setMissing] = useState<{ de: boolean; pl: boolean }>({ de: false, pl: false });
  const [error, setError] = useState<{ text: string; current: GlossaryTerm | null } | null>(null);
  const [busy, setBusy] = useState(false);
  const deRef = useRef<HTMLInputElement>(null);
  const plRef = useRef<HTMLInputElement>(null);

  const set = <K extends keyof Fields>(key: K, value: Fields[K]) => setFields((current) => ({ ...current, [key]: value }));
  const title = term ? t('dialog.editTitle', { term: term.de }) : editor ? t('dialog.addTitle') : t('dialog.proposeTitle');

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const empty = { de: fields.de.trim() === '', pl: fields.pl.trim() === '' };
    setMissing(empty);
    if (empty.de || empty.pl) {
      (empty.de ? deRef : plRef).current?.focus();
      return;
    }
    const body = {
      de: fields.de,
      pl: fields.pl,
      partOfSpeech: fields.partOfSpeech === '' ? null : fields.partOfSpeech,
      note: fields.note.trim() === '' ? null : fields.note,
      forbidden: parseVariants(fields.forbidden),
      caseSensitive: fields.caseSensitive,
      compound: fields.compound,
      ...(editor ? { status: fields.status } : {}),
    };
    setBusy(true);
    setError(null);
    try {
      const url = `/api/projects/${encodeURIComponent(projectId)}/glossary`;
      const saved = base ? await api.patch<GlossaryTerm>(`${url}/${encodeURIComponent(base.id)}`, { ...body, version: base.version }) : await api.post<GlossaryTerm>(url, body);
      onSaved(saved);
    } catch (caught) {
      const current = caught instanceof ApiError && caught.code === 'glossary_term_changed' ? ((caught.details?.current as GlossaryTerm | undefined) ?? null) : null;
      setError({ text: errorText(caught, t), current });
      setBusy(false);
    }
  };

  const takeCurrent = (current: GlossaryTerm) => {
    setBase(current);
    setFields(fieldsOf(current, editor));
    setError(null);
    deRef.current?.focus();
  };

  return (
    <Modal title={title} onClose={onClose} closable={!busy} testId="term-dialog" initialFocus={deRef}>
      {!editor && <p className="muted">{t('dialog.proposeHint')}</p>}
      <form className="form-stack" onSubmit={save} noValidate>
        <TermField lang="de" label={t('fields.de')} value={fields.de} onChange={(value) => set('de', value)} error={missing.de ? t('dialog.required.de') : null} inputRef={deRef} />
        <TermField lang="pl" label={t('fields.pl')} value={fields.pl} onChange={(value) => set('pl', value)} error={missing.pl ? t('dialog.required.pl') : null} inputRef={plRef} />
        <label>
          {t('fields.partOfSpeech')}
          <select value={fields.partOfSpeech} onChange={(e) => set('partOfSpeech', e.target.value)} data-testid="term-pos">
            <option value="">{t('pos.none')}</option>
            {PARTS_OF_SPEECH.map((pos) => (
              <option key={pos} value={pos}>
                {t(`pos.${pos}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('fields.note')}
          <textarea value={fields.note} onChange={(e) => set('note', e.target.value)} rows={2} maxLength={2000} data-testid="term-note" />
        </label>
        <label>
          {t('fields.forbidden')}
          <textarea
            value={fields.forbidden}
            onChange={(e) => set('forbidden', e.target.value)}
            rows={2}
            lang="pl"
            aria-describedby={`${ids}-forbidden-hint`}
            data-testid="term-forbidden"
          />
          <span id={`${ids}-forbidden-hint`} className="field-hint">
            {t('fields.forbiddenHint')}
          </span>
        </label>
        <div>
          <label className="checkbox">
            <input type="checkbox" checked={fields.caseSensitive} onChange={(e) => set('caseSensitive', e.target.checked)} />
            {t('fields.caseSensitive')}
          </label>
          <label className="checkbox">
            <input type="checkbox" checked={fields.compound} onChange={(e) => set('compound', e.target.checked)} />
            {t('fields.compound')}
          </label>
        </div>
        {editor && (
          <label>
            {t('fields.status')}
            <select value={fields.status} onChange={(e) => set('status', e.target.value as Fields['status'])} data-testid="term-status">
              <option value="approved">{t('status.approved')}</option>
              <option value="proposed">{t('status.proposed')}</option>
            </select>
          </label>
        )}
        {error && (
          <div className="form-error" role="alert" data-testid="term-error">
            <p>{error.text}</p>
            {error.current && (
              <button type="button" onClick={() => takeCurrent(error.current as GlossaryTerm)}>
                {t('dialog.takeCurrent')}
              </button>
            )}
          </div>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose} disabled={busy}>
            {t('common:actions.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy} data-testid="term-save">
            {busy ? t('dialog.saving') : term ? t('dialog.save') : editor ? t('dialog.add') : t('dialog.propose')}
          </button>
        </div>
      </form>
    </Modal>
  );
}

interface TermFieldProps {
  lang: 'de' | 'pl';
  label: string;
  value: string;
  onChange(value: string): void;
  /** Why the value is refused, shown under the field and read with it. */
  error: string | null;
  inputRef: RefObject<HTMLInputElement | null>;
}

function TermField({ lang, label, value, onChange, error, inputRef }: TermFieldProps) {
  const errorId = useId();
  return (
    <label>
      {label}
      <input
        ref={inputRef}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        lang={lang}
        maxLength={500}
        required
        aria-invalid={error !== null || undefined}
        aria-describedby={error !== null ? errorId : undefined}
        data-testid={`term-${lang}`}
      />
      {error !== null && (
        <span id={errorId} className="field-error">
          {error}
        </span>
      )}
    </label>
  );
}
