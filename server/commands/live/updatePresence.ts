// A user says they are editing a segment (or no longer are). Anyone who may read the segment may say so:
// presence is information for the others, not a lock.
import type { User } from '../../domain/users/types';
import type { CommandContext } from '../context';
import { loadSegment } from '../segments/access';
import type { PresenceRegistry } from './presenceRegistry';

export interface SegmentPresenceProps {
  user: User;
  segmentId: string;
  editing: boolean;
}

export async function updateSegmentPresence(ctx: CommandContext, presence: PresenceRegistry, props: SegmentPresenceProps): Promise<void> {
  const { segment } = await loadSegment(ctx, props.user, props.segmentId);
  presence.update(
    {
      documentId: segment.documentId,
      projectId: segment.projectId,
      segmentId: segment.id,
      segmentIndex: segment.index,
      user: { id: props.user.id, name: props.user.name },
    },
    props.editing,
  );
}
