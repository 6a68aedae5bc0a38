// One alignment: its pairs German | Polish with the aligner's confidence, and what a person does before
// confirming them: merge a pair with the next, split one, move a sentence to the neighbouring pair, and
// confirm (the pairs become translation units; the alignment is frozen). Every edit sends the version
// shown: when someone else changed the alignment meanwhile (409 version_conflict) the page says so and
// offers the current pairs instead of overwriting them. Mouse: the buttons act on the selected pair;
// keyboard: see alignmentKeys.ts and the help.
import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../api/client';
import type { Alignment } from '../api/types';
import { formatDateTime, formatNumber } from '../format';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ProjectFrame } from '../ui/ProjectFrame';
import { errorText, useToasts } from '../ui/Toasts';
import { AlignmentHelp } from './AlignmentHelp';
import { shortcutKeys, type AlignmentAction } from './alignmentKeys';
import { BeadList } from './BeadList';
import { LOW_CONFIDENCE, moveSentence, shapesOf, type BeadSide, type MoveDirection } from './beadMoves';
import { SplitDialog } from './SplitDialog';
import './alignment.css';

type Dialog = 'split' | 'help' | 'confirm' | null;
/** A refused edit: someone else's version (conflict) or another problem the server named. */
type Problem = { kind: 'conflict'; version: number | null } | { kind: 'error'; text: string } | null;

export function AlignmentEditorPage({ projectId, alignmentId }: { projectId: string; alignmentId: string }) {
  const { t } = useTranslation('alignment');
  const toasts = useToasts();
  const [alignment, setAlignment] = useState<Alignment | null>(null);

  const load = useCallback(async () => {
    setAlignment(await api.get<Alignment>(`/api/alignments/${encodeURIComponent(alignmentId)}`));
  }, [alignmentId]);
  useEffect(() => {
    load().catch(toasts.showError);
  }, [load, toasts]);

  const back = { to: `/projects/${encodeURIComponent(projectId)}/alignments`, label: t('editor.back') };
  return (
    <ProjectFrame projectId={projectId} title={alignment ? t('editor.title', { title: alignment.title }) : t('list.title')} back={back} className="alignment-editor">
      {() =>
        alignment ? <AlignmentEditor alignment={alignment} onChange={setAlignment} onReload={load} /> : <p className="loading" role="status">{t('common:status.loading')}</p>
      }
    </ProjectFrame>
  );
}

interface EditorProps {
  alignment: Alignment;
  onChange(alignment: Alignment): void;
  onReload(): Promise<void>;
}

function AlignmentEditor({ alignment, onChange, onReload }: EditorProps) {
  const { t } = useTranslation('alignment');
  const toasts = useToasts();
  const hintId = useId();
  const [selected, setSelected] = useState(0);
  const [focusToken, setFocusToken] = useState(0);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem>(null);
  const editable = alignment.status === 'draft';
  const bead = alignment.beads[selected];
  const url = `/api/alignments/${encodeURIComponent(alignment.id)}`;

  useEffect(() => {
    if (selected >= alignment.beads.length) setSelected(Math.max(0, alignment.beads.length - 1));
  }, [alignment.beads.length, selected]);

  const refocus = () => setFocusToken((token) => token + 1);

  const report = (error: unknown) => {
    if (error instanceof ApiError && error.code === 'version_conflict') {
      const version = error.details?.actualVersion;
      setProblem({ kind: 'conflict', version: typeof version === 'number' ? version : null });
    } else setProblem({ kind: 'error', text: errorText(error, t) });
  };

  /** Runs one edit on the version shown; the answer is the alignment as it is now. */
  const edit = async (send: () => Promise<Alignment>, nextSelected: number, done: string) => {
    setBusy(true);
    setProblem(null);
    try {
      onChange(await send());
      setSelected(nextSelected);
      setDialog(null);
      toasts.show('success', done);
    } catch (error) {
      setDialog(null);
      report(error);
    } finally {
      setBusy(false);
      refocus();
    }
  };

  const merge = () => {
    if (selected >= alignment.beads.length - 1) return;
    void edit(() => api.post<Alignment>(`${url}/merge`, { bead: selected, version: alignment.version }), selected, t('done.merged', { number: formatNumber(selected + 1) }));
  };

  const split = (de: number, pl: number) =>
    void edit(() => api.post<Alignment>(`${url}/split`, { bead: selected, de, pl, version: alignment.version }), selected, t('done.split', { number: formatNumber(selected + 1) }));

  const move = (side: BeadSide, direction: MoveDirection) => {
    const moved = moveSentence(shapesOf(alignment.beads), selected, side, direction);
    if (!moved) return;
    void edit(() => api.put<Alignment>(`${url}/beads`, { beads: moved.beads, version: alignment.version }), moved.selected, t(`done.moved.${side}`));
  };

  const confirm = async () => {
    try {
      const result = await api.post<{ alignment: Alignment; units: number }>(`${url}/confirm`, { version: alignment.version });
      onChange(result.alignment);
      setDialog(null);
      refocus();
      toasts.show('success', t('done.confirmed', { count: result.units, units: formatNumber(result.units) }));
    } catch (error) {
      // A conflict belongs on the page, with the way to the current pairs; anything else stays in the dialog.
      if (!(error instanceof ApiError && error.code === 'version_conflict')) throw error;
      setDialog(null);
      report(error);
    }
  };

  const reload = async () => {
    try {
      await onReload();
      setProblem(null);
      refocus();
    } catch (error) {
      toasts.showError(error);
    }
  };

  const onAction = (action: AlignmentAction) => {
    if (action === 'help') {
      setDialog('help');
      return;
    }
    if (busy || !editable) return;
    if (action === 'merge') merge();
    else if (action === 'split') setDialog('split');
    else if (action === 'confirm') setDialog('confirm');
    else if (action === 'plDown') move('pl', 'down');
    else if (action === 'plUp') move('pl', 'up');
    else if (action === 'deDown') move('de', 'down');
    else if (action === 'deUp') move('de', 'up');
  };

  const low = alignment.beads.filter((b) => b.confidence < LOW_CONFIDENCE).length;
  const canSplit = bead !== undefined && bead.de.length + bead.pl.length > 1;

  return (
    <>
      <p className="alignment-summary" data-testid="alignment-summary">
        <span className={`badge badge-${alignment.status}`}>{t(`status.${alignment.status}`)}</span>{' '}
        {t('editor.summary', {
          count: alignment.beads.length,
          pairs: formatNumber(alignment.beads.length),
          de: formatNumber(alignment.sentences.de),
          pl: formatNumber(alignment.sentences.pl),
        })}{' '}
        {editable && low > 0 && t('editor.lowCount', { count: low, n: formatNumber(low) })}
      </p>
      {!editable && (
        <p className="banner banner-info" data-testid="alignment-confirmed">
          {t('editor.confirmedInfo', { at: formatDateTime(alignment.updatedAt) })}
        </p>
      )}
      {problem && (
        <div className="banner banner-error" role="alert" data-testid="alignment-problem">
          <span>{problem.kind === 'conflict' ? t('editor.conflict', { version: problem.version === null ? '?' : formatNumber(problem.version) }) : problem.text}</span>
          {problem.kind === 'conflict' && (
            <button type="button" onClick={() => void reload()} data-testid="alignment-reload">
              {t('editor.reload')}
            </button>
          )}
        </div>
      )}
      {editable && (
        <div className="alignment-actions">
          <button type="button" onClick={merge} disabled={busy || selected >= alignment.beads.length - 1} data-testid="bead-merge">
            {t('actions.merge')} <kbd>{shortcutKeys('merge')}</kbd>
          </button>
          <button type="button" onClick={() => setDialog('split')} disabled={busy || !canSplit} data-testid="bead-split">
            {t('actions.split')} <kbd>{shortcutKeys('split')}</kbd>
          </button>
          {(['pl', 'de'] as const).map((side) => (
            <div key={side} role="group" aria-label={t(`actions.sentence.${side}`)} className="move-group">
              <span aria-hidden="true">{t(`actions.sentence.${side}`)}:</span>
              <button type="button" onClick={() => move(side, 'up')} disabled={busy || !bead || bead[side].length === 0} data-testid={`move-${side}-up`}>
                <span aria-hidden="true">↑ </span>
                {t('actions.up')}
              </button>
              <button type="button" onClick={() => move(side, 'down')} disabled={busy || !bead || bead[side].length === 0} data-testid={`move-${side}-down`}>
                <span aria-hidden="true">↓ </span>
                {t('actions.down')}
              </button>
            </div>
          ))}
          <button type="button" onClick={() => setDialog('help')} data-testid="alignment-keys">
            {t('actions.keys')}
          </button>
          <button type="button" className="primary" onClick={() => setDialog('confirm')} disabled={busy} data-testid="alignment-confirm">
            {t('actions.confirm')}
          </button>
        </div>
      )}
      <p id={hintId} className="field-hint">
        {editable ? t('editor.keysHint') : t('editor.keysHintReadOnly')}
      </p>
      <BeadList
        beads={alignment.beads}
        selected={Math.min(selected, alignment.beads.length - 1)}
        editable={editable}
        focusToken={focusToken}
        hintId={hintId}
        onSelect={setSelected}
        onAction={onAction}
      />

      {dialog === 'split' && bead && <SplitDialog bead={bead} number={selected + 1} busy={busy} onSplit={split} onClose={() => setDialog(null)} />}
      {dialog === 'help' && <AlignmentHelp onClose={() => setDialog(null)} />}
      {dialog === 'confirm' && (
        <ConfirmDialog
          title={t('confirm.title')}
          confirmLabel={t('confirm.confirm')}
          busyLabel={t('confirm.busy')}
          testId="alignment-confirm-dialog"
          onConfirm={confirm}
          onClose={() => setDialog(null)}
        >
          <p>{t('confirm.question', { count: alignment.beads.length, pairs: formatNumber(alignment.beads.length) })}</p>
          {low > 0 && <p>{t('confirm.lowWarning', { count: low, n: formatNumber(low) })}</p>}
        </ConfirmDialog>
      )}
    </>
  );
}
