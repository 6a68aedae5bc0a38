import { conflictAuthor, theirsOf } from '../../client/src/lib/conflicts';

describe('theirsOf', () => {
  const segment = { target: 'stary tekst', state: 'draft' as const, version: 4, updatedAt: '2026-05-04T10:00:00.000Z' };

  it("takes the server's current segment from the 409 when it sent one", () => {
    const current = { target: 'ich tekst', state: 'translated' as const, version: 6, updatedAt: '2026-05-04T10:05:00.000Z' };
    expect(theirsOf(segment, current)).toEqual(current);
  });

  it('falls back to the segment as loaded', () => {
    expect(theirsOf(segment, undefined)).toEqual({ target: 'stary tekst', state: 'draft', version: 4, updatedAt: '2026-05-04T10:00:00.000Z' });
  });
});

describe('conflictAuthor', () => {
  const history = [
    { actorName: 'Anna Nowak', action: 'edit', version: 2 },
    { actorName: 'Jan Kowalski', action: 'edit', version: 3 },
    { actorName: 'Ewa Lis', action: 'edit_conflict', version: 3 },
    { actorName: 'Piotr Zieliński', action: 'edit', version: 4 },
  ];

  it('names the last author of a version up to theirs, passing over the refused edit', () => {
    expect(conflictAuthor(history, 3)).toBe('Jan Kowalski');
    expect(conflictAuthor(history, 4)).toBe('Piotr Zieliński');
  });

  it('passes over entries without a name, and finds nobody in an empty or too new history', () => {
    expect(conflictAuthor([...history.slice(0, 2), { actorName: null, action: 'edit', version: 3 }], 3)).toBe('Jan Kowalski');
    expect(conflictAuthor([], 3)).toBeNull();
    expect(conflictAuthor(history, 1)).toBeNull();
  });

  it('passes over a reviewer’s LQA annotations, which save no text', () => {
    const annotated = [...history.slice(0, 2), { actorName: 'Rita Recenzent', action: 'annotate', version: 3 }, { actorName: 'Rita Recenzent', action: 'annotation_removed', version: 3 }];
    expect(conflictAuthor(annotated, 3)).toBe('Jan Kowalski');
  });
});
