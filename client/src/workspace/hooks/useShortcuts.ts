// The workspace's keyboard map (lib/shortcuts.ts) at work: one keydown listener, in the capture phase
// so the editors do not take the keys first, turns keys into commands on the active segment. While a
// dialog is open the keys are the dialog's; the help shortcut closes the help it opened.
import { useCallback, useEffect, useState } from 'react';
import type { Segment } from '../../api/types';
import { shortcutAction, shortcutCommand, type ShortcutAction, type TmSlot, type WorkspaceMode } from '../../lib/shortcuts';
import { useLatest } from './useLatest';

export interface ShortcutHandlers {
  /** One segment down (1) or up (-1); 0 goes to the first when none is active. */
  move(step: -1 | 0 | 1): void;
  nextUnreviewed(): void;
  /** Opens the concordance search (with the selected words, or the active segment's source). */
  concordance(): void;
  confirm(segment: Segment): void;
  approve(segment: Segment): void;
  reject(segment: Segment): void;
  /** Moves the focus to the error annotation of the side panel (review mode). */
  annotate(segment: Segment): void;
  insertMt(segment: Segment): void;
  insertTm(segment: Segment, slot: TmSlot): void;
  insertPlaceholder(segment: Segment): void;
  copySource(segment: Segment): void;
}

interface ShortcutOptions {
  mode: WorkspaceMode;
  activeSegment: Segment | null;
  canTranslate: boolean;
  canReview: boolean;
  /** A dialog other than the help is open. */
  dialogOpen: boolean;
  handlers: ShortcutHandlers;
}

export function useShortcuts(options: ShortcutOptions) {
  const { mode } = options;
  const [helpOpen, setHelpOpen] = useState(false);
  const latest = useLatest({ ...options, helpOpen });

  useEffect(() => {
    /** Runs the action's command; false leaves the key to the browser. */
    const run = (action: ShortcutAction): boolean => {
      const { activeSegment: segment, canTranslate, canReview, handlers } = latest.current;
      const command = shortcutCommand(action, { mode, hasActiveSegment: segment !== null, canTranslate, canReview });
      if (!command) return false;
      switch (command.kind) {
        case 'help':
          setHelpOpen(true);
          break;
        case 'move':
          handlers.move(command.step);
          break;
        case 'nextUnreviewed':
          handlers.nextUnreviewed();
          break;
        case 'concordance':
          handlers.concordance();
          break;
        case 'nothing':
          break;
        case 'insertTm':
          if (segment) handlers.insertTm(segment, command.slot);
          break;
        default:
          if (segment) handlers[command.kind](segment);
      }
      return true;
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.isComposing) return;
      // Text boxes of their own (a comment being written) keep every key.
      if (event.target instanceof Element && event.target.closest('[data-own-keys]')) return;
      const action = shortcutAction(event, mode);
      if (!action) return;
      if (latest.current.dialogOpen || latest.current.helpOpen) {
        if (action === 'help' && latest.current.helpOpen) {
          event.preventDefault();
          setHelpOpen(false);
        }
        return; // the dialog handles its own keys (Escape)
      }
      if (run(action)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [mode, latest]);

  const openHelp = useCallback(() => setHelpOpen(true), []);
  const closeHelp = useCallback(() => setHelpOpen(false), []);
  return { helpOpen, openHelp, closeHelp };
}
