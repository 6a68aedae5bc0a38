// Glossary terms found in this segment's source: German → Polish, whether the translation uses the
// Polish term, forbidden variants it uses, the note, and "Insert" for the Polish term.
import { useTranslation } from 'react-i18next';
import type { Segment, SegmentGlossaryHit } from '../../api/types';
import { formatNumber } from '../../format';
import { InsertButton, PanelLoad, PanelSection } from './PanelSection';
import { useSegmentResource } from './useSegmentResource';

export function GlossarySection({ segment, onInsert }: { segment: Segment; onInsert(text: string): void }) {
  const { t } = useTranslation('panel');
  const { state, retry } = useSegmentResource<{ items: SegmentGlossaryHit[] }>(`/api/segments/${encodeURIComponent(segment.id)}/glossary`, segment.version);
  const hits = state.status === 'ready' ? state.data.items : [];
  const warnings = hits.filter((hit) => hit.forbidden.length > 0).length;

  return (
    <PanelSection
      id="glossary"
      testId="panel-glossary"
      title={t('glossary.heading')}
      busy={state.status === 'loading'}
      badge={hits.length > 0 ? formatNumber(hits.length) : undefined}
    >
      <PanelLoad status={state.status} onRetry={retry} empty={hits.length === 0} emptyText={t('glossary.none')}>
        <ul className="panel-glossary-list" data-warnings={warnings}>
          {hits.map((hit) => {
            const verdict = hit.satisfied === null ? 'none' : hit.satisfied ? 'ok' : 'missing';
            return (
              <li
                key={hit.term.id}
                className={`panel-term panel-term-${verdict}${hit.forbidden.length > 0 ? ' has-forbidden' : ''}`}
                data-testid="panel-glossary-term"
                data-satisfied={String(hit.satisfied)}
              >
                <div className="panel-term-pair">
                  <span className="panel-term-de" lang="de">
                    {hit.term.de}
                  </span>
                  <span className="panel-term-arrow" aria-hidden="true">
                    →
                  </span>
                  <span className="visually-hidden"> {t('glossary.arrow')} </span>
                  <span className="panel-term-pl" lang="pl">
                    {hit.term.pl}
                  </span>
                  {hit.term.status === 'proposed' && <span className="panel-term-proposed">{t('glossary.proposed')}</span>}
                </div>
                <div className={`panel-term-verdict panel-verdict-${verdict}`}>
                  <span className="panel-verdict-icon" aria-hidden="true">
                    {verdict === 'ok' ? '✓' : verdict === 'missing' ? '!' : '–'}
                  </span>
                  {t(verdict === 'ok' ? 'glossary.satisfied' : verdict === 'missing' ? 'glossary.missing' : 'glossary.noTarget')}
                </div>
                {hit.forbidden.length > 0 && (
                  <p className="panel-term-forbidden" role="note">
                    <span className="panel-verdict-icon" aria-hidden="true">
                      ⚠
                    </span>
                    <span lang="pl">{t('glossary.forbidden', { variants: [...new Set(hit.forbidden.map((f) => f.text))].join(', ') })}</span>
                  </p>
                )}
                {hit.term.note && <p className="panel-term-note">{hit.term.note}</p>}
                <div className="panel-actions">
                  <InsertButton label={t('glossary.insertLabel', { term: hit.term.pl })} onClick={() => onInsert(hit.term.pl)} />
                </div>
              </li>
            );
          })}
        </ul>
      </PanelLoad>
    </PanelSection>
  );
}
