// Moving through the (filtered) segment list: where a mode starts, and a step up or down.
import type { Segment } from '../api/types';
import { isOpen, isUnreviewed } from './segmentFilters';
import type { WorkspaceMode } from './shortcuts';

/**
 * The segment to start at on opening the document: the first open one to translate, the first
 * translated one to review, else the first; null for no segments.
 */
export function startSegmentId(firstSegments: readonly Pick<Segment, 'id' | 'state'>[], mode: WorkspaceMode): string | null {
  if (firstSegments.length === 0) return null;
  return (firstSegments.find(mode === 'translate' ? isOpen : isUnreviewed) ?? firstSegments[0]).id;
}

/**
 * The id `step` places after `currentId` in the list, held at its ends; the first segment when the
 * current one is not in the list; null for an empty list.
 */
export function stepFrom(list: readonly { id: string }[], currentId: string | null, step: number): string | null {
  if (list.length === 0) return null;
  const at = list.findIndex((segment) => segment.id === currentId);
  const index = at === -1 ? 0 : Math.min(list.length - 1, Math.max(0, at + step));
  return list[index].id;
}
