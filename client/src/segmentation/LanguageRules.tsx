// One language's additions to the built-in sentence rules: abbreviations (with when their period may end
// a sentence) and exceptions (regexes before and after a position that force or forbid a break). Those
// who may change them (coordinators, admins) add and remove entries; each change is saved at once, and a
// refusal (e.g. a regex that does not compile) is announced at the form, in the user's language.
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ABBREVIATION_KINDS, type AbbreviationKind, type LanguageRuleAdditions, type ProjectSegmentationRules } from '../api/types';
import { formatNumber } from '../format';
import { useToasts } from '../ui/Toasts';
import { useRunning } from '../ui/useRunning';
import { addAbbreviation, addException, otherLists, removeAbbreviation, removeException, sortedAbbreviations, type RulesLanguage } from './ruleChanges';

/** Saves the changed rules; rejects with the server's refusal. */
export type SaveRules = (change: (rules: ProjectSegmentationRules) => ProjectSegmentationRules) => Promise<void>;

interface LanguageRulesProps {
  lang: RulesLanguage;
  additions: LanguageRuleAdditions | undefined;
  editable: boolean;
  onSave: SaveRules;
}

export function LanguageRules({ lang, additions, editable, onSave }: LanguageRulesProps) {
  const { t } = useTranslation('segmentation');
  const toasts = useToasts();
  const ids = useId();
  const abbreviations = sortedAbbreviations(additions, lang);
  const exceptions = additions?.exceptions ?? [];
  const others = otherLists(additions);

  const remove = (change: (rules: ProjectSegmentationRules) => ProjectSegmentationRules, done: string) =>
    onSave(change).then(() => toasts.show('success', done), toasts.showError);

  return (
    <section className="card rules-language" aria-labelledby={`${ids}-title`} data-testid={`rules-${lang}`}>
      <h2 id={`${ids}-title`}>{t(`language.${lang}`)}</h2>

      <h3>{t('abbreviations.title')}</h3>
      <RulesTable
        rows={abbreviations.map(([text, kind]) => ({
          key: text,
          cells: [
            <span key="text" lang={lang}>
              {text}
            </span>,
            t(`kinds.${kind}`),
          ],
          removeLabel: t('abbreviations.removeLabel', { text }),
          onRemove: () => void remove((rules) => removeAbbreviation(rules, lang, text), t('abbreviations.removed', { text })),
        }))}
        headings={[t('abbreviations.text'), t('abbreviations.kind')]}
        empty={t('abbreviations.none')}
        editable={editable}
        testId="abbreviation-row"
      />
      {editable && <AbbreviationForm lang={lang} onSave={onSave} />}

      <h3>{t('exceptions.title')}</h3>
      <p className="muted">{t('exceptions.intro')}</p>
      <RulesTable
        rows={exceptions.map((exception, index) => ({
          key: `${index}-${exception.before}-${exception.after}`,
          cells: [t(exception.break ? 'exceptions.break' : 'exceptions.noBreak'), <code key="before">{exception.before}</code>, <code key="after">{exception.after}</code>],
          removeLabel: t('exceptions.removeLabel', { number: formatNumber(index + 1) }),
          onRemove: () => void remove((rules) => removeException(rules, lang, index), t('exceptions.removed')),
        }))}
        headings={[t('exceptions.effect'), t('exceptions.before'), t('exceptions.after')]}
        empty={t('exceptions.none')}
        editable={editable}
        testId="exception-row"
      />
      {editable && <ExceptionForm lang={lang} onSave={onSave} />}

      {others.length > 0 && (
        <p className="muted" data-testid={`other-lists-${lang}`}>
          {t('others', { lists: others.map(({ field, count }) => t(`lists.${field}`, { count, n: formatNumber(count) })).join(', ') })}
        </p>
      )}
    </section>
  );
}

interface RulesTableRow {
  key: string;
  /** The first cell heads its row. */
  cells: ReactNode[];
  removeLabel: string;
  onRemove(): void;
}

/** Entries of one kind with a "Remove" per row for those who may change them; a sentence when there are none. */
function RulesTable({ rows, headings, empty, editable, testId }: { rows: RulesTableRow[]; headings: string[]; empty: string; editable: boolean; testId: string }) {
  const { t } = useTranslation('segmentation');
  if (rows.length === 0) return <p className="muted">{empty}</p>;
  return (
    <table className="data rules-table">
      <thead>
        <tr>
          {headings.map((heading) => (
            <th key={heading} scope="col">
              {heading}
            </th>
          ))}
          {editable && <th scope="col">{t('actionsColumn')}</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} data-testid={testId}>
            {row.cells.map((cell, i) =>
              i === 0 ? (
                <th key={i} scope="row">
                  {cell}
                </th>
              ) : (
                <td key={i}>{cell}</td>
              ),
            )}
            {editable && (
              <td>
                <button type="button" aria-label={row.removeLabel} onClick={row.onRemove}>
                  {t('remove')}
                </button>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Runs a form's save; its error (announced) stays until the next try. */
function useSaving(onSave: SaveRules) {
  const { busy, error, run } = useRunning();
  const save = (change: Parameters<SaveRules>[0]): Promise<boolean> => run(() => onSave(change));
  return { busy, error, save };
}

function AbbreviationForm({ lang, onSave }: { lang: RulesLanguage; onSave: SaveRules }) {
  const { t } = useTranslation('segmentation');
  const toasts = useToasts();
  const [text, setText] = useState('');
  const [kind, setKind] = useState<AbbreviationKind>('never_ends');
  const { busy, error, save } = useSaving(onSave);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const added = text.trim();
    if (added === '' || !(await save((rules) => addAbbreviation(rules, lang, added, kind)))) return;
    setText('');
    toasts.show('success', t('abbreviations.added', { text: added }));
  };

  return (
    <form className="rules-form" onSubmit={submit} aria-label={t('abbreviations.addLabel', { language: t(`language.${lang}`) })}>
      <label>
        {t('abbreviations.text')}
        <input value={text} onChange={(e) => setText(e.target.value)} maxLength={50} lang={lang} data-testid={`abbreviation-text-${lang}`} />
      </label>
      <label>
        {t('abbreviations.kind')}
        <select value={kind} onChange={(e) => setKind(e.target.value as AbbreviationKind)} data-testid={`abbreviation-kind-${lang}`}>
          {ABBREVIATION_KINDS.map((value) => (
            <option key={value} value={value}>
              {t(`kinds.${value}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={busy || text.trim() === ''}>
        {t('abbreviations.add')}
      </button>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

function ExceptionForm({ lang, onSave }: { lang: RulesLanguage; onSave: SaveRules }) {
  const { t } = useTranslation('segmentation');
  const toasts = useToasts();
  const [effect, setEffect] = useState<'break' | 'noBreak'>('noBreak');
  const [before, setBefore] = useState('');
  const [after, setAfter] = useState('');
  const { busy, error, save } = useSaving(onSave);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!(await save((rules) => addException(rules, lang, { break: effect === 'break', before, after })))) return;
    setBefore('');
    setAfter('');
    toasts.show('success', t('exceptions.added'));
  };

  return (
    <form className="rules-form" onSubmit={submit} aria-label={t('exceptions.addLabel', { language: t(`language.${lang}`) })}>
      <label>
        {t('exceptions.effect')}
        <select value={effect} onChange={(e) => setEffect(e.target.value as 'break' | 'noBreak')} data-testid={`exception-effect-${lang}`}>
          <option value="noBreak">{t('exceptions.noBreak')}</option>
          <option value="break">{t('exceptions.break')}</option>
        </select>
      </label>
      <label>
        {t('exceptions.before')}
        <input value={before} onChange={(e) => setBefore(e.target.value)} maxLength={500} spellCheck={false} className="code-input" data-testid={`exception-before-${lang}`} />
      </label>
      <label>
        {t('exceptions.after')}
        <input value={after} onChange={(e) => setAfter(e.target.value)} maxLength={500} spellCheck={false} className="code-input" data-testid={`exception-after-${lang}`} />
      </label>
      <button type="submit" disabled={busy || (before === '' && after === '')}>
        {t('exceptions.add')}
      </button>
      {error && (
        <p className="form-error" role="alert" data-testid={`exception-error-${lang}`}>
          {error}
        </p>
      )}
    </form>
  );
}
