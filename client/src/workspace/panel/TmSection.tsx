// Translation-memory matches: number (Ctrl+n inserts the n-th), score with its band colour, the
// memory's Polish text, and the word diff of the memory's German source against this source
// (server diff: 'delete' = only in the memory's source, 'insert' = only in the current source).
import { useTranslation } from 'react-i18next';
import type { SegmentDetail, TmMatch } from '../../api/types';
import { formatNumber, formatPercent } from '../../format';
import { DiffText } from '../../review/DiffText';
import { InsertButton, PanelSection } from './PanelSection';

type BandKind = 'context' | 'exact' | 'high' | 'medium' | 'low';

export function bandKind(match: Pick<TmMatch, 'band' | 'score'>): BandKind {
  if (match.band === '101') return 'context';
  if (match.score >= 100) return 'exact';
  if (match.score >= 95) return 'high';
  if (match.score >= 85) return 'medium';
  return 'low';
}

export function TmSection({ detail, onInsert }: { detail: SegmentDetail | null; onInsert(text: string): void }) {
  const { t } = useTranslation('panel');
  const matches = detail?.tmMatches ?? [];
  return (
    <PanelSection
      id="tm"
      testId="panel-tm"
      title={t('tm.heading')}
      busy={detail === null}
      badge={detail && matches.length > 0 ? formatNumber(matches.length) : undefined}
    >
      {detail === null ? (
        <p className="panel-loading">{t('panel.loading')}</p>
      ) : matches.length === 0 ? (
        <p className="panel-empty">{t('tm.none')}</p>
      ) : (
        <ol className="panel-tm-list">
          {matches.map((match, index) => {
            const n = index + 1;
            const kind = bandKind(match);
            return (
              <li key={match.unitId} className="panel-tm-match" data-testid="panel-tm-match" data-score={match.score} data-band={match.band}>
                <div className="panel-tm-head">
                  <span className="panel-tm-number" aria-hidden="true">
                    {formatNumber(n)}
                  </span>
                  <span className={`panel-score panel-score-${kind}`} title={t(`tm.band.${kind}`)}>
                    {formatPercent(match.score)}
                  </span>
                  <span className="panel-tm-band">{t(`tm.band.${kind}`)}</span>
                </div>
                <p className="panel-text panel-tm-target" lang="pl">
                  <span className="visually-hidden">{t('tm.target')}: </span>
                  {match.target}
                </p>
                <div className="panel-tm-source" lang="de">
                  <span className="panel-caption">{t('tm.sourceDiff')}</span>
                  <span className="panel-diff">
                    <DiffText parts={match.diff} />
                  </span>
                </div>
                <div className="panel-actions">
                  <InsertButton
                    label={t('tm.insertLabel', { n: formatNumber(n) })}
                    keys={n <= 9 ? `${t('keys.ctrl')}+${n}` : undefined}
                    onClick={() => onInsert(match.target)}
                  />
                  {match.origin && <span className="panel-origin muted">{t('tm.origin', { origin: t(`tm.originName.${match.origin}`, { defaultValue: match.origin }) })}</span>}
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </PanelSection>
  );
}
