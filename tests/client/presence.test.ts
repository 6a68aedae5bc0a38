import { presenceLabels, withPresence, type Presence } from '../../client/src/lib/presence';

const anna = { id: 'u1', name: 'Anna Nowak' };
const jan = { id: 'u2', name: 'Jan Kowalski' };

describe('withPresence', () => {
  it('adds a person to the segment they edit, beside others there', () => {
    let presence: Presence = new Map();
    presence = withPresence(presence, { segmentId: 's1', user: anna, editing: true });
    presence = withPresence(presence, { segmentId: 's1', user: jan, editing: true });
    expect(presenceLabels(presence)).toEqual(new Map([['s1', 'Anna Nowak, Jan Kowalski']]));
  });

  it('moves a person: one person edits one segment at a time', () => {
    let presence: Presence = withPresence(new Map(), { segmentId: 's1', user: anna, editing: true });
    presence = withPresence(presence, { segmentId: 's2', user: anna, editing: true });
    expect(presenceLabels(presence)).toEqual(new Map([['s2', 'Anna Nowak']]));
  });

  it('removes a person who stops editing, and a segment nobody edits any more', () => {
    let presence: Presence = withPresence(new Map(), { segmentId: 's1', user: anna, editing: true });
    presence = withPresence(presence, { segmentId: 's2', user: jan, editing: true });
    presence = withPresence(presence, { segmentId: 's1', user: anna, editing: false });
    expect(presenceLabels(presence)).toEqual(new Map([['s2', 'Jan Kowalski']]));
  });

  it('leaves the given presence as it was', () => {
    const before: Presence = withPresence(new Map(), { segmentId: 's1', user: anna, editing: true });
    withPresence(before, { segmentId: 's2', user: anna, editing: true });
    expect(presenceLabels(before)).toEqual(new Map([['s1', 'Anna Nowak']]));
  });
});
