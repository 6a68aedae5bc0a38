// The MT proposal with "Insert" (Ctrl+Space); in review mode also the post-edit effort.
import { useTranslation } from 'react-i18next';
import type { Segment } from '../../api/types';
import { formatPercent } from '../../format';
import { editDistanceRatio } from '../../lib/wordDiff';
import { InsertButton, PanelSection } from './PanelSection';

export function MtSection({ segment, mode, onInsert }: { segment: Segment; mode: 'translate' | 'review'; onInsert(text: string): void }) {
  const { t } = useTranslation('panel');
  const mt = segment.mtTarget;
  const effort = mt !== null && mode === 'review' && segment.target !== null ? Math.round(editDistanceRatio(mt, segment.target) * 100) : null;
  return (
    <PanelSection id="mt" testId="panel-mt" title={t('mt.heading')}>
      {mt === null ? (
        <p className="panel-empty">{t(segment.origin === 'tm' ? 'mt.noneTm' : 'mt.none')}</p>
      ) : (
        <>
          <p className="panel-text" lang="pl">
            {mt}
          </p>
          <div className="panel-actions">
            <InsertButton label={t('mt.insertLabel')} keys={`${t('keys.ctrl')}+${t('keys.space')}`} onClick={() => onInsert(mt)} />
          </div>
          {effort !== null && (
            <div className="panel-effort" data-testid="panel-effort" data-effort={effort}>
              <span className="panel-effort-label">{t('mt.effort')}</span>
              <meter min={0} max={100} low={20} high={50} optimum={0} value={effort} aria-label={t('mt.effort')} />
              <span className="panel-effort-value">{t('mt.effortValue', { percent: formatPercent(effort) })}</span>
            </div>
          )}
        </>
      )}
    </PanelSection>
  );
}
