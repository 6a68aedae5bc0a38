// The pairs of an alignment, German and Polish side by side, one option per pair with the aligner's
// confidence (below LOW_CONFIDENCE marked in words and colour, not colour alone). A listbox with a roving
// tabindex: the selected pair holds the focus, the keys of alignmentKeys.ts act on it.
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AlignmentBead } from '../api/types';
import { formatNumber, formatPercent } from '../format';
import { alignmentAction, type AlignmentAction } from './alignmentKeys';
import { LOW_CONFIDENCE } from './beadMoves';

interface BeadListProps {
  beads: AlignmentBead[];
  selected: number;
  /** A confirmed alignment is read only: moving between pairs still works. */
  editable: boolean;
  /** Bumped when the focus should go (back) to the selected pair, e.g. after an edit. */
  focusToken: number;
  /** The element that tells which keys work here. */
  hintId: string;
  onSelect(index: number): void;
  onAction(action: AlignmentAction): void;
}

const PAGE = 10;

export function BeadList({ beads, selected, editable, focusToken, hintId, onSelect, onAction }: BeadListProps) {
  const { t } = useTranslation('alignment');
  const listRef = useRef<HTMLOListElement>(null);

  useEffect(() => {
    if (focusToken === 0) return;
    listRef.current?.querySelector<HTMLElement>(`[data-index="${selected}"]`)?.focus();
  }, [focusToken, selected]);

  const onKeyDown = (event: KeyboardEvent<HTMLOListElement>) => {
    const action = alignmentAction(event);
    if (action === null) return;
    const moves: Partial<Record<AlignmentAction, number>> = {
      next: selected + 1,
      previous: selected - 1,
      first: 0,
      last: beads.length - 1,
      pageDown: selected + PAGE,
      pageUp: selected - PAGE,
    };
    const target = moves[action];
    if (target === undefined && !editable && action !== 'help') return;
    event.preventDefault();
    if (target === undefined) onAction(action);
    else {
      const index = Math.max(0, Math.min(beads.length - 1, target));
      onSelect(index);
      listRef.current?.querySelector<HTMLElement>(`[data-index="${index}"]`)?.focus();
    }
  };

  return (
    <div className="bead-table">
      <div className="bead-head" aria-hidden="true">
        <span>{t('editor.number')}</span>
        <span>{t('editor.german')}</span>
        <span>{t('editor.polish')}</span>
        <span>{t('editor.confidence')}</span>
      </div>
      <ol ref={listRef} className="bead-list" role="listbox" aria-label={t('editor.listLabel')} aria-describedby={hintId} onKeyDown={onKeyDown} data-testid="bead-list">
        {beads.map((bead, index) => {
          const low = bead.confidence < LOW_CONFIDENCE;
          const isSelected = index === selected;
          return (
            <li
              // By position, not by the sentences a pair holds: moving a sentence changes two pairs, and a
              // new key replaced the focused element, so until the refocusing effect ran (after the
              // paint) the keyboard focus was on the page and a key pressed then went nowhere (the e2e
              // test's '?' did, under load). Pairs hold no state of their own.
              key={index}
              role="option"
              aria-selected={isSelected}
              tabIndex={isSelected ? 0 : -1}
              className={`bead${low ? ' bead-low' : ''}${isSelected ? ' bead-selected' : ''}`}
              data-testid="bead"
              data-index={index}
              data-confidence={bead.confidence}
              onClick={() => onSelect(index)}
              onFocus={() => index !== selected && onSelect(index)}
            >
              <span className="bead-number">{formatNumber(index + 1)}</span>
              <BeadSide lang="de" label={t('editor.german')} sentences={bead.de} empty={t('editor.noGerman')} />
              <BeadSide lang="pl" label={t('editor.polish')} sentences={bead.pl} empty={t('editor.noPolish')} />
              <span className="bead-confidence" data-testid="bead-confidence">
                <span className="visually-hidden">{t('editor.confidence')}: </span>
                {formatPercent(bead.confidence * 100)}
                {low && (
                  <span className="badge badge-low">
                    <span aria-hidden="true">⚠ </span>
                    {t('editor.low')}
                  </span>
                )}
              </span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

function BeadSide({ lang, label, sentences, empty }: { lang: 'de' | 'pl'; label: string; sentences: string[]; empty: string }) {
  return (
    <span className={`bead-side bead-${lang}`} data-testid={`bead-${lang}`}>
      <span className="visually-hidden">{label}: </span>
      {sentences.length === 0 ? (
        <span className="bead-empty">{empty}</span>
      ) : (
        sentences.map((sentence, i) => (
          <span key={i} className="bead-sentence" lang={lang}>
            {sentence}
          </span>
        ))
      )}
    </span>
  );
}
