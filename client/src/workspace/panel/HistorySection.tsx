// The segment's history, newest first: action, who, when, state change, note and the text change
// as a word diff.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Segment, SegmentHistoryEntry } from '../../api/types';
import { formatDateTime, formatNumber, formatPercent } from '../../format';
import { wordDiff } from '../../lib/wordDiff';
import { DiffText } from '../../review/DiffText';
import { PanelLoad, PanelSection } from './PanelSection';
import { useSegmentResource } from './useSegmentResource';

type TFunction = ReturnType<typeof useTranslation>['t'];

/** The event's note in the interface language (the server writes machine notes in English). */
export function noteText(entry: Pick<SegmentHistoryEntry, 'action' | 'note'>, t: TFunction): { label: string | null; text: string } | null {
  const note = entry.note;
  if (note === null || note === '') return null;
  let match: RegExpMatchArray | null = note.match(/^revision (\d+)(: spacing or markup)?$/);
  // Source revisions note their number on every event they write (source_revised, removed, created).
  if (match) return { label: null, text: t(match[2] ? 'history.notes.revisionMarkup' : 'history.notes.revision', { number: formatNumber(Number(match[1])) }) };
  switch (entry.action) {
    case 'reject':
      return { label: t('history.reasonNote'), text: note };
    case 'edit_conflict':
      if (note === 'xliff: no version') return { label: null, text: t('history.notes.xliffNoVersion') };
      match = note.match(/^based on version (\d+)$/);
      return { label: null, text: match ? t('history.conflictNote', { version: formatNumber(Number(match[1])) }) : note };
    case 'propose':
      if (note === 'mt') return { label: null, text: t('history.notes.mt') };
      if (note === 'tm:101') return { label: null, text: t('history.notes.tmContext') };
      match = note.match(/^tm:(\d+(?:\.\d+)?)$/);
      if (match) return { label: null, text: t('history.notes.tm', { score: formatPercent(Number(match[1])) }) };
      break;
    case 'context_specific':
      if (note === 'on' || note === 'off') return { label: null, text: t(note === 'on' ? 'history.notes.contextOn' : 'history.notes.contextOff') };
      break;
    case 'propagated':
      if (note.startsWith('from segment ')) return { label: null, text: t('history.notes.propagated') };
      break;
    case 'confirm':
      if (note.startsWith('QA override: ')) return { label: null, text: t('history.notes.qaOverride', { reason: note.slice('QA override: '.length) }) };
      break;
    case 'created':
      if (note === 'xliff') return { label: null, text: t('history.notes.xliff') };
      match = note.match(/^language: (.+)$/);
      if (match) return { label: null, text: t('history.notes.language', { lang: match[1] }) };
      break;
    default:
      break;
  }
  return { label: t('history.note'), text: note };
}

function HistoryItem({ entry }: { entry: SegmentHistoryEntry }) {
  const { t } = useTranslation('panel');
  const note = noteText(entry, t);
  const textChanged = (entry.fromTarget ?? '') !== (entry.toTarget ?? '');
  const parts = useMemo(() => (textChanged ? wordDiff(entry.fromTarget ?? '', entry.toTarget ?? '') : []), [textChanged, entry.fromTarget, entry.toTarget]);
  const sourceChanged = entry.fromSource != null && entry.toSource != null && entry.fromSource !== entry.toSource;
  const sourceParts = useMemo(() => (sourceChanged ? wordDiff(entry.fromSource ?? '', entry.toSource ?? '') : []), [sourceChanged, entry.fromSource, entry.toSource]);
  const actor = entry.actorId === null ? t('history.system') : (entry.actorName ?? t('history.unknownUser'));
  return (
    <li className={`panel-history-entry panel-history-${entry.action}`} data-testid="panel-history-entry" data-action={entry.action}>
      <div className="panel-history-head">
        <span className="panel-history-action">{t(`history.action.${entry.action}`, { defaultValue: entry.action })}</span>
        <span className="panel-history-actor">{actor}</span>
        <time className="panel-history-time" dateTime={entry.at}>
          {formatDateTime(entry.at)}
        </time>
      </div>
      {entry.fromState !== entry.toState && (
        <div className="panel-history-states">
          <span className="visually-hidden">{t('history.stateChange', { from: t(`common:state.${entry.fromState}`), to: t(`common:state.${entry.toState}`) })}</span>
          <span aria-hidden="true">
            <span className={`state-badge state-${entry.fromState}`}>{t(`common:state.${entry.fromState}`)}</span>
            <span className="panel-history-arrow"> → </span>
            <span className={`state-badge state-${entry.toState}`}>{t(`common:state.${entry.toState}`)}</span>
          </span>
        </div>
      )}
      {note && (
        <p className={`panel-history-note${entry.action === 'reject' ? ' is-reason' : ''}`}>
          {note.label && <span className="panel-history-note-label">{note.label}: </span>}
          <span>{note.text}</span>
        </p>
      )}
      {sourceChanged && (
        <div className="panel-history-diff" data-testid="history-source-diff" lang="de">
          <span className="visually-hidden">{t('history.sourceChange')}: </span>
          <DiffText parts={sourceParts} />
        </div>
      )}
      {textChanged && (
        <div className="panel-history-diff" data-testid="history-diff" lang="pl">
          <span className="visually-hidden">{t('history.textChange')}: </span>
          {parts.length === 0 ? null : <DiffText parts={parts} />}
        </div>
      )}
    </li>
  );
}

export function HistorySection({ segment }: { segment: Segment }) {
  const { t } = useTranslation('panel');
  const { state, retry } = useSegmentResource<{ items: SegmentHistoryEntry[] }>(`/api/segments/${encodeURIComponent(segment.id)}/history`, segment.version);
  // The server lists oldest first; newest first here (reversing keeps same-instant events in order).
  const entries = useMemo(() => (state.status === 'ready' ? [...state.data.items].reverse() : []), [state]);

  return (
    <PanelSection id="history" testId="panel-history" title={t('history.heading')} busy={state.status === 'loading'} badge={entries.length > 0 ? formatNumber(entries.length) : undefined}>
      <PanelLoad status={state.status} onRetry={retry} empty={entries.length === 0} emptyText={t('history.none')}>
        <ol className="panel-history-list" reversed>
          {entries.map((entry) => (
            <HistoryItem key={entry.id} entry={entry} />
          ))}
        </ol>
      </PanelLoad>
    </PanelSection>
  );
}
