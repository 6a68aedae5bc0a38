// Splitting one pair in two: how many of its German and of its Polish sentences stay in the first pair
// (the rest form the second), with both parts shown before anything is saved. Neither part may be empty.
// The dialog opens on "Split" with half of each side proposed, so S then Enter splits from the keyboard.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AlignmentBead } from '../api/types';
import { formatNumber } from '../format';
import { Modal } from '../ui/Modal';

interface SplitDialogProps {
  bead: AlignmentBead;
  number: number;
  busy: boolean;
  onSplit(de: number, pl: number): void;
  onClose(): void;
}

/** Half of each side in the first part, rounded up, but never everything in it. */
export function defaultSplit(deCount: number, plCount: number): { de: number; pl: number } {
  const de = Math.ceil(deCount / 2);
  const pl = Math.ceil(plCount / 2);
  if (de < deCount || pl < plCount) return { de, pl };
  return plCount > 0 ? { de, pl: plCount - 1 } : { de: deCount - 1, pl };
}

export function SplitDialog({ bead, number, busy, onSplit, onClose }: SplitDialogProps) {
  const { t } = useTranslation('alignment');
  const ids = useId();
  const [split, setSplit] = useState(() => defaultSplit(bead.de.length, bead.pl.length));
  const first = { de: bead.de.slice(0, split.de), pl: bead.pl.slice(0, split.pl) };
  const second = { de: bead.de.slice(split.de), pl: bead.pl.slice(split.pl) };
  const valid = first.de.length + first.pl.length > 0 && second.de.length + second.pl.length > 0;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (valid) onSplit(split.de, split.pl);
  };

  const counter = (side: 'de' | 'pl') => (
    <label>
      {t(`split.count.${side}`)}
      <select value={split[side]} onChange={(e) => setSplit((current) => ({ ...current, [side]: Number(e.target.value) }))} data-testid={`split-${side}`}>
        {Array.from({ length: bead[side].length + 1 }, (_, n) => (
          <option key={n} value={n}>
            {formatNumber(n)}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <Modal title={t('split.title', { number: formatNumber(number) })} onClose={onClose} closable={!busy} testId="split-dialog" className="split-dialog" initialFocus="[data-testid='split-confirm']">
      <form className="form-stack" onSubmit={submit}>
        <p className="muted">{t('split.intro')}</p>
        <div className="form-grid">
          {counter('de')}
          {counter('pl')}
        </div>
        <div className="split-preview" aria-live="polite">
          {[first, second].map((part, index) => (
            <section key={index} className="split-part" aria-labelledby={`${ids}-part-${index}`} data-testid="split-part">
              <h3 id={`${ids}-part-${index}`}>{t(index === 0 ? 'split.first' : 'split.second')}</h3>
              <p lang="de">{part.de.length > 0 ? part.de.join(' ') : <span className="bead-empty">{t('editor.noGerman')}</span>}</p>
              <p lang="pl">{part.pl.length > 0 ? part.pl.join(' ') : <span className="bead-empty">{t('editor.noPolish')}</span>}</p>
            </section>
          ))}
        </div>
        {!valid && (
          <p className="form-error" role="alert">
            {t('split.emptyPart')}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose} disabled={busy}>
            {t('common:actions.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy || !valid} data-testid="split-confirm">
            {busy ? t('split.busy') : t('split.confirm')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
