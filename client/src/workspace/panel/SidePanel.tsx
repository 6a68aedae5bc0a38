// The side panel beside the segment grid: MT proposal, translation-memory matches (with the diff
// of the memory's source against this source), glossary terms of the segment, in review mode its LQA
// annotations, its history and its comment threads.
// Every text is rendered as text. The page fetches `detail` (GET /api/segments/:id); the glossary
// and history are fetched here, per segment version.
import type { Segment, SegmentDetail } from '../../api/types';
import type { CommentsEvent } from '../types';
import { CommentsSection } from './CommentsSection';
import { GlossarySection } from './GlossarySection';
import { HistorySection } from './HistorySection';
import { LqaSection } from './LqaSection';
import { MtSection } from './MtSection';
import { TmSection } from './TmSection';
import './panel.css';

export interface SidePanelProps {
  segment: Segment;
  detail: SegmentDetail | null;
  mode: 'translate' | 'review';
  onInsert(text: string): void;
  /** Moves with every comment event of the segment (the threads are read again). */
  commentRevision?: number;
  onCommentsChanged?(event: CommentsEvent): void;
  /** The segment has comments: its threads come first. */
  hasComments?: boolean;
  /** The project, for its LQA typology (review mode). */
  projectId: string;
  /** Reviewers and coordinators annotate errors in review mode. */
  canAnnotate: boolean;
}

export function SidePanel(props: SidePanelProps) {
  const { segment, detail, mode, onInsert, commentRevision = 0, onCommentsChanged = () => {}, hasComments = false } = props;
  const comments = <CommentsSection segment={segment} revision={commentRevision} onChanged={onCommentsChanged} />;
  return (
    <div className="side-panel" data-segment-id={segment.id} data-mode={mode}>
      {hasComments && comments}
      <MtSection segment={segment} mode={mode} onInsert={onInsert} />
      <TmSection detail={detail} onInsert={onInsert} />
      <GlossarySection segment={segment} onInsert={onInsert} />
      {mode === 'review' && <LqaSection segment={segment} projectId={props.projectId} canAnnotate={props.canAnnotate} />}
      <HistorySection segment={segment} />
      {!hasComments && comments}
    </div>
  );
}
