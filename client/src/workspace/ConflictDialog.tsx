// Someone saved the segment while it was being edited here: both texts side by side, and the
// translator keeps theirs, keeps the other one, or merges the two. Nothing is lost whatever they pick;
// closing the dialog only postpones the choice.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../format';
import { Modal } from '../ui/Modal';
import { RichText } from './RichText';
import type { ConflictCurrent } from './types';

export interface Conflict {
  segmentId: string;
  number: number;
  source: string;
  mine: string;
  theirs: ConflictCurrent;
  /** Who saved theirs, when known. */
  who: string | null;
}

interface ConflictDialogProps {
  conflict: Conflict;
  onKeepMine(): void;
  onTakeTheirs(): void;
  onMerge(text: string): void;
  onLater(): void;
}

export function ConflictDialog({ conflict, onKeepMine, onTakeTheirs, onMerge, onLater }: ConflictDialogProps) {
  const { t } = useTranslation('workspace');
  const [merging, setMerging] = useState(false);
  const [merged, setMerged] = useState(conflict.mine);
  const theirs = conflict.theirs.target ?? '';

  return (
    <Modal title={t('conflict.title', { number: conflict.number })} onClose={onLater} testId="conflict-dialog" className="conflict-dialog">
      <p>{t('conflict.intro')}</p>
      <div className="conflict-source" lang="de">
        <span className="conflict-label">{t('conflict.source')}</span>
        <RichText text={conflict.source} />
      </div>
      <div className="conflict-columns">
        <section className="conflict-side" aria-labelledby="conflict-mine">
          <h3 id="conflict-mine">{t('conflict.mine')}</h3>
          <p className="conflict-text" lang="pl" data-testid="conflict-mine-text">
            <RichText text={conflict.mine} />
          </p>
        </section>
        <section className="conflict-side" aria-labelledby="conflict-theirs">
          <h3 id="conflict-theirs">{t('conflict.theirs')}</h3>
          <p className="conflict-meta muted">
            {conflict.who
              ? t('conflict.savedBy', { name: conflict.who, when: formatDateTime(conflict.theirs.updatedAt) })
              : t('conflict.savedAt', { when: formatDateTime(conflict.theirs.updatedAt) })}
            {' · '}
            {t(`common:state.${conflict.theirs.state}`)}
          </p>
          <p className="conflict-text" lang="pl" data-testid="conflict-theirs-text">
            {theirs === '' ? <span className="muted">{t('conflict.empty')}</span> : <RichText text={theirs} />}
          </p>
        </section>
      </div>
      {merging && (
        <label className="conflict-merge">
          <span>{t('conflict.mergeLabel')}</span>
          <textarea data-testid="conflict-merge-text" lang="pl" rows={4} value={merged} onChange={(event) => setMerged(event.target.value)} autoFocus />
        </label>
      )}
      <div className="dialog-actions">
        {merging ? (
          <>
            <button type="button" onClick={() => setMerging(false)}>
              {t('conflict.back')}
            </button>
            <button type="button" className="primary" data-testid="conflict-merge-save" onClick={() => onMerge(merged)}>
              {t('conflict.saveMerged')}
            </button>
          </>
        ) : (
          <>
            <button type="button" data-testid="conflict-take-theirs" onClick={onTakeTheirs}>
              {t('conflict.takeTheirs')}
            </button>
            <button type="button" data-testid="conflict-merge" onClick={() => setMerging(true)}>
              {t('conflict.merge')}
            </button>
            <button type="button" className="primary" data-testid="conflict-keep-mine" onClick={onKeepMine}>
              {t('conflict.keepMine')}
            </button>
          </>
        )}
      </div>
    </Modal>
  );
}
