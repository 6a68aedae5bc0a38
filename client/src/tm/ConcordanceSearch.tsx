// Concordance search in the translation memory a project sees: German words (in the sources) or Polish
// words (in the translations), all required, a "phrase" in quotes, Förder* for every word starting
// with it. Each hit shows both sides, the searched one with the found words marked (as text: React
// writes no HTML), and where the pair came from. Used as a page (ConcordancePage) and in a dialog
// (ConcordanceDialog), so it has no heading of its own; the frame around it names it.
import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, query } from '../api/client';
import type { ConcordanceHit, Page } from '../api/types';
import { formatDate, formatNumber } from '../format';
import { markRanges } from '../lib/placeholders';
import { errorText } from '../ui/Toasts';
import './concordance.css';

export type ConcordanceLanguage = 'de' | 'pl';
export const CONCORDANCE_PAGE_SIZE = 20;

export interface ConcordanceSearchProps {
  projectId: string;
  /** Searched at once when it holds a word. */
  initialQuery?: string;
  initialLang?: ConcordanceLanguage;
  /** Told about every search that is run (a page keeps it in its address). */
  onSearch?(search: { query: string; lang: ConcordanceLanguage }): void;
}

type Result = { query: string; lang: ConcordanceLanguage; page: Page<ConcordanceHit> };

/** A query holds a word when it has a letter or digit; the server refuses anything else. */
const hasWord = (text: string): boolean => /[\p{L}\p{N}]/u.test(text);

export function ConcordanceSearch({ projectId, initialQuery = '', initialLang = 'de', onSearch }: ConcordanceSearchProps) {
  const { t } = useTranslation('concordance');
  const ids = useId();
  const [text, setText] = useState(initialQuery);
  const [lang, setLang] = useState<ConcordanceLanguage>(initialLang);
  const [result, setResult] = useState<Result | null>(null);
  const [busy, setBusy] = useState(false);
  const [fieldError, setFieldError] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const running = useRef<AbortController | null>(null);
  const onSearchRef = useRef(onSearch);
  onSearchRef.current = onSearch;

  const run = useCallback(
    async (searched: string, searchedLang: ConcordanceLanguage, offset: number) => {
      running.current?.abort();
      const controller = new AbortController();
      running.current = controller;
      setBusy(true);
      setError(null);
      try {
        const url = `/api/projects/${encodeURIComponent(projectId)}/tm/search${query({ q: searched, lang: searchedLang, offset, limit: CONCORDANCE_PAGE_SIZE })}`;
        const page = await api.get<Page<ConcordanceHit>>(url, controller.signal);
        setResult({ query: searched, lang: searchedLang, page });
        onSearchRef.current?.({ query: searched, lang: searchedLang });
      } catch (caught) {
        if ((caught as Error).name === 'AbortError') return;
        setResult(null);
        setError(errorText(caught, t));
      } finally {
        if (running.current === controller) {
          running.current = null;
          setBusy(false);
        }
      }
    },
    [projectId, t],
  );

  useEffect(() => {
    // The search field is where the work starts. (Not autoFocus: that would move the focus before a
    // surrounding Modal noted where to give it back.)
    inputRef.current?.focus();
    if (hasWord(initialQuery)) void run(initialQuery, initialLang, 0);
    return () => running.current?.abort();
    // The first search only: later ones come from the form.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!hasWord(text)) {
      setFieldError(true);
      inputRef.current?.focus();
      return;
    }
    setFieldError(false);
    void run(text.trim(), lang, 0);
  };

  const page = result?.page;
  const last = page ? Math.min(page.offset + page.items.length, page.total) : 0;

  return (
    <div className="concordance" data-testid="concordance">
      <form className="concordance-form" onSubmit={submit} role="search" aria-label={t('formLabel')} noValidate>
        <label className="concordance-query">
          {t('query')}
          <input
            ref={inputRef}
            type="search"
            value={text}
            onChange={(e) => setText(e.target.value)}
            lang={lang}
            maxLength={500}
            aria-invalid={fieldError || undefined}
            aria-describedby={`${ids}-hint${fieldError ? ` ${ids}-error` : ''}`}
            data-testid="concordance-query"
          />
          {fieldError && (
            <span id={`${ids}-error`} className="field-error">
              {t('needsWord')}
            </span>
          )}
          <span id={`${ids}-hint`} className="field-hint">
            {t('hint')}
          </span>
        </label>
        <fieldset className="concordance-lang">
          <legend>{t('language')}</legend>
          {(['de', 'pl'] as const).map((value) => (
            <label key={value} className="checkbox">
              <input type="radio" name={`${ids}-lang`} value={value} checked={lang === value} onChange={() => setLang(value)} data-testid={`concordance-lang-${value}`} />
              {t(`languages.${value}`)}
            </label>
          ))}
        </fieldset>
        <button type="submit" className="primary" data-testid="concordance-submit">
          {t('search')}
        </button>
      </form>

      <p role="status" className="concordance-status" data-testid="concordance-status">
        {busy
          ? t('searching')
          : page && result
            ? page.total === 0
              ? t('none', { query: result.query, language: t(`languages.${result.lang}`) })
              : t('summary', { count: page.total, total: formatNumber(page.total), query: result.query, language: t(`languages.${result.lang}`) })
            : ''}
      </p>
      {error && (
        <p className="form-error" role="alert" data-testid="concordance-error">
          {error}
        </p>
      )}

      {page && result && page.items.length > 0 && (
        <>
          <ol className="concordance-hits" start={page.offset + 1} aria-label={t('hitsLabel')}>
            {page.items.map((hit) => (
              <ConcordanceHitItem key={hit.unitId} hit={hit} lang={result.lang} ownProject={hit.projectId === projectId} />
            ))}
          </ol>
          {page.total > page.items.length && (
            <nav className="concordance-pages" aria-label={t('pagesLabel')}>
              <button type="button" disabled={busy || page.offset === 0} onClick={() => void run(result.query, result.lang, Math.max(0, page.offset - CONCORDANCE_PAGE_SIZE))}>
                {t('previous')}
              </button>
              <span>{t('range', { from: formatNumber(page.offset + 1), to: formatNumber(last), total: formatNumber(page.total) })}</span>
              <button type="button" disabled={busy || last >= page.total} onClick={() => void run(result.query, result.lang, page.offset + CONCORDANCE_PAGE_SIZE)} data-testid="concordance-next">
                {t('next')}
              </button>
            </nav>
          )}
        </>
      )}
    </div>
  );
}

function ConcordanceHitItem({ hit, lang, ownProject }: { hit: ConcordanceHit; lang: ConcordanceLanguage; ownProject: boolean }) {
  const { t } = useTranslation('concordance');
  return (
    <li className="concordance-hit" data-testid="concordance-hit">
      <dl className="concordance-pair">
        <dt>{t('languages.de')}</dt>
        <dd lang="de" data-testid="concordance-source">
          <Highlighted text={hit.source} ranges={lang === 'de' ? hit.highlights : []} />
        </dd>
        <dt>{t('languages.pl')}</dt>
        <dd lang="pl" data-testid="concordance-target">
          <Highlighted text={hit.target} ranges={lang === 'pl' ? hit.highlights : []} />
        </dd>
      </dl>
      <p className="concordance-origin muted" data-testid="concordance-origin">
        {t('panel:tm.origin', { origin: t(`panel:tm.originName.${hit.origin}`, { defaultValue: hit.origin }) })} · {formatDate(hit.updatedAt)}
        {!ownProject && <span className="tag">{t('otherProject')}</span>}
      </p>
    </li>
  );
}

/** The text with the ranges in <mark>: pieces of text, never markup. */
function Highlighted({ text, ranges }: { text: string; ranges: readonly { start: number; end: number }[] }) {
  return (
    <>
      {markRanges(text, ranges).map((token, index) => (token.type === 'text' && token.mark !== null ? <mark key={index}>{token.text}</mark> : token.text))}
    </>
  );
}
