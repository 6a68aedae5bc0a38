import { shortcutCommand, type ShortcutAction, type ShortcutContext } from '../../client/src/lib/shortcuts';

const translator: ShortcutContext = { mode: 'translate', hasActiveSegment: true, canTranslate: true, canReview: false };
const reviewer: ShortcutContext = { mode: 'review', hasActiveSegment: true, canTranslate: false, canReview: true };

describe('shortcutCommand', () => {
  it('leaves Escape to the open dialog', () => {
    expect(shortcutCommand('close', translator)).toBeNull();
  });

  it('opens the help and the concordance search and moves through the list with or without an active segment', () => {
    const none = { ...translator, hasActiveSegment: false };
    for (const context of [translator, none]) {
      expect(shortcutCommand('help', context)).toEqual({ kind: 'help' });
      expect(shortcutCommand('concordance', context)).toEqual({ kind: 'concordance' });
      expect(shortcutCommand('next', context)).toEqual({ kind: 'move', step: 1 });
      expect(shortcutCommand('previous', context)).toEqual({ kind: 'move', step: -1 });
      expect(shortcutCommand('nextUnreviewed', context)).toEqual({ kind: 'nextUnreviewed' });
    }
  });

  it('moves to the first segment when an action needs one and none is active', () => {
    const actions: ShortcutAction[] = ['confirm', 'approve', 'reject', 'insertMt', 'insertTm1', 'insertPlaceholder', 'copySource'];
    const none = { ...reviewer, hasActiveSegment: false };
    expect(actions.map((action) => shortcutCommand(action, none))).toEqual(actions.map(() => ({ kind: 'move', step: 0 })));
  });

  it('confirms for a translator only, in either mode', () => {
    expect(shortcutCommand('confirm', translator)).toEqual({ kind: 'confirm' });
    expect(shortcutCommand('confirm', { ...reviewer, canTranslate: true })).toEqual({ kind: 'confirm' });
    expect(shortcutCommand('confirm', reviewer)).toEqual({ kind: 'nothing' });
  });

  it('approves and rejects for a reviewer in review mode only', () => {
    expect(shortcutCommand('approve', reviewer)).toEqual({ kind: 'approve' });
    expect(shortcutCommand('annotate', reviewer)).toEqual({ kind: 'annotate' });
    expect(shortcutCommand('annotate', { ...reviewer, mode: 'translate' })).toEqual({ kind: 'nothing' });
    expect(shortcutCommand('reject', reviewer)).toEqual({ kind: 'reject' });
    expect(shortcutCommand('approve', { ...reviewer, mode: 'translate' })).toEqual({ kind: 'nothing' });
    expect(shortcutCommand('reject', { ...reviewer, canReview: false })).toEqual({ kind: 'nothing' });
  });

  it('inserts MT, a TM match by its slot, the next placeholder or the source for anyone (the editor decides what may change)', () => {
    const nobody = { ...translator, canTranslate: false };
    expect(shortcutCommand('insertMt', nobody)).toEqual({ kind: 'insertMt' });
    expect(shortcutCommand('insertTm1', nobody)).toEqual({ kind: 'insertTm', slot: 1 });
    expect(shortcutCommand('insertTm9', nobody)).toEqual({ kind: 'insertTm', slot: 9 });
    expect(shortcutCommand('insertPlaceholder', nobody)).toEqual({ kind: 'insertPlaceholder' });
    expect(shortcutCommand('copySource', nobody)).toEqual({ kind: 'copySource' });
  });
});
