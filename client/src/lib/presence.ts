// Who else is editing which segment of the document, from the event stream's presence events.
import type { PresenceEvent } from '../workspace/types';

/** Per segment id: the people editing it (user id → name). Never mutated: a change makes a new map. */
export type Presence = ReadonlyMap<string, ReadonlyMap<string, string>>;

/** The presence after an event: the person leaves wherever they were, and is where they now edit. */
export function withPresence(current: Presence, event: Pick<PresenceEvent, 'segmentId' | 'user' | 'editing'>): Presence {
  const next = new Map<string, Map<string, string>>();
  for (const [segmentId, users] of current) {
    const rest = new Map(users);
    rest.delete(event.user.id); // one person edits one segment at a time
    if (rest.size > 0) next.set(segmentId, rest);
  }
  if (event.editing) next.set(event.segmentId, new Map(next.get(event.segmentId)).set(event.user.id, event.user.name));
  return next;
}

/** Per segment id: the names of the people editing it, as a row shows them. */
export function presenceLabels(presence: Presence): Map<string, string> {
  const labels = new Map<string, string>();
  for (const [segmentId, users] of presence) labels.set(segmentId, [...users.values()].join(', '));
  return labels;
}
