// Putting text into the active segment's editor: the MT proposal, a TM match by its slot, the source,
// the source's next missing placeholder, or what the side panel offers. Each insert is one undo step
// and saved like typing; a segment that cannot be edited here refuses with a note.
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Segment, SegmentDetail } from '../../api/types';
import { nextMissingPlaceholder } from '../../lib/placeholders';
import type { TmSlot } from '../../lib/shortcuts';
import type { ChangeKind } from '../../lib/undoHistory';
import { useToasts } from '../../ui/Toasts';
import { focusEditor, insertText, replaceText, serializeEditor } from '../editorDom';
import type { Cursor } from './useCursor';
import { useLatest, useStableCallback } from './useLatest';

interface InsertsOptions {
  cursor: Cursor;
  activeSegment: Segment | null;
  /** The active segment's details (TM matches), when fetched. */
  detail: SegmentDetail | null;
  /** Shows details fetched here ahead of time. */
  showDetail(detail: SegmentDetail): void;
  textChanged(id: string, text: string, kind: ChangeKind): void;
}

export function useInserts(options: InsertsOptions) {
  const { cursor } = options;
  const { t } = useTranslation('workspace');
  const toasts = useToasts();
  const latest = useLatest(options);

  /** Changes the active editor's content; false when there is none or it is read-only. */
  function editActive(change: (element: HTMLDivElement) => void): boolean {
    const id = cursor.activeRef.current;
    const element = id ? cursor.editors.get(id) : undefined;
    if (!id || !element || !element.isContentEditable) {
      if (id) toasts.show('info', t('toast.readOnly'));
      return false;
    }
    change(element);
    latest.current.textChanged(id, serializeEditor(element), 'step');
    focusEditor(element);
    return true;
  }

  const insertMt = useStableCallback((segment: Segment) => {
    if (segment.mtTarget === null) toasts.show('info', t('toast.noMt'));
    else editActive((element) => replaceText(element, segment.mtTarget ?? ''));
  });

  const insertTm = useStableCallback((segment: Segment, slot: TmSlot) => {
    const insertMatch = (matches: SegmentDetail['tmMatches']) => {
      const match = matches[slot - 1];
      if (!match) toasts.show('info', t('toast.noTm', { number: slot }));
      else editActive((element) => replaceText(element, match.target));
    };
    const detail = latest.current.detail;
    if (detail?.id === segment.id) insertMatch(detail.tmMatches);
    else {
      // Pressed before the matches arrived: fetch them now.
      api.get<SegmentDetail>(`/api/segments/${segment.id}`).then((fresh) => {
        if (cursor.activeRef.current !== segment.id) return;
        latest.current.showDetail(fresh);
        insertMatch(fresh.tmMatches);
      }, toasts.showError);
    }
  });

  const insertPlaceholder = useStableCallback((segment: Segment) => {
    const element = cursor.editors.get(segment.id);
    const placeholder = nextMissingPlaceholder(segment.source, element ? serializeEditor(element) : (segment.target ?? ''));
    if (placeholder === null) toasts.show('info', t('toast.noPlaceholder'));
    else editActive((el) => insertText(el, placeholder, cursor.caretRange(el)));
  });

  const copySource = useStableCallback((segment: Segment) => {
    editActive((element) => replaceText(element, segment.source));
  });

  /** A whole proposal (MT, source, a TM match) replaces the text; anything else goes in at the caret. */
  const fromPanel = useStableCallback((text: string) => {
    const { activeSegment: segment, detail } = latest.current;
    if (!segment) return;
    const whole = text === segment.mtTarget || text === segment.source || (detail?.tmMatches ?? []).some((match) => match.target === text);
    editActive((element) => (whole ? replaceText(element, text) : insertText(element, text, cursor.caretRange(element))));
  });

  return { insertMt, insertTm, insertPlaceholder, copySource, fromPanel };
}
