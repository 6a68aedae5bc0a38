import type { LocalEdit } from '../../client/src/lib/localEdit';
import { editsAfterPatch, newerSegments } from '../../client/src/lib/livePatch';

describe('newerSegments', () => {
  const loaded = new Map([
    ['a', { version: 2 }],
    ['b', { version: 5 }],
  ]);
  const known = (id: string) => loaded.get(id);

  it('keeps newer versions and unknown segments in the order received; equal and older versions are dropped', () => {
    const received = [
      { id: 'b', version: 6 },
      { id: 'a', version: 2 },
      { id: 'c', version: 1 },
      { id: 'b', version: 4 },
      { id: 'a', version: 3 },
    ];
    expect(newerSegments(received, known)).toEqual([
      { id: 'b', version: 6 },
      { id: 'c', version: 1 },
      { id: 'a', version: 3 },
    ]);
  });

  it('keeps nothing of an empty update', () => {
    expect(newerSegments([], known)).toEqual([]);
  });
});

describe('editsAfterPatch', () => {
  const edits = new Map<string, Pick<LocalEdit, 'text' | 'status' | 'remoteChanged'>>([
    ['typing', { text: 'moje zdanie', status: 'dirty', remoteChanged: false }],
    ['failed', { text: 'moje zdanie', status: 'error', remoteChanged: true }],
    ['same', { text: 'ich zdanie', status: 'dirty', remoteChanged: false }],
    ['saved', { text: 'stare zdanie', status: 'saved', remoteChanged: false }],
  ]);
  const editOf = (id: string) => edits.get(id);
  const fresh = ['typing', 'failed', 'same', 'saved', 'untouched'].map((id) => ({ id, target: 'ich zdanie' }));

  it("keeps unsaved edits that differ from the new text, flags those not flagged yet, and lets the others' editors follow", () => {
    const patch = editsAfterPatch(fresh, editOf, false);
    expect(patch.kept).toEqual(['typing', 'failed']);
    expect(patch.flagged).toEqual(['typing']);
    expect(patch.followed.map((segment) => segment.id)).toEqual(['same', 'saved', 'untouched']);
  });

  it('flags nothing for my own change (another tab of mine), but still keeps what I typed here', () => {
    const patch = editsAfterPatch(fresh, editOf, true);
    expect(patch.kept).toEqual(['typing', 'failed']);
    expect(patch.flagged).toEqual([]);
  });

  it('compares a null target as empty text', () => {
    const empty = new Map([['x', { text: '', status: 'dirty' as const, remoteChanged: false }]]);
    expect(editsAfterPatch([{ id: 'x', target: null }], (id) => empty.get(id), false)).toEqual({ kept: [], flagged: [], followed: [{ id: 'x', target: null }] });
  });

  it('flags a segment once when the update holds it twice', () => {
    const patch = editsAfterPatch([fresh[0], fresh[0]], editOf, false);
    expect(patch.flagged).toEqual(['typing']);
  });
});
