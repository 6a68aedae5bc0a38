// The side panel beside the segment grid: MT proposal, translation-memory matches (with the diff
// of the memory's source against this source), glossary terms of the segment, in review mode its LQA
// annotations, and its history.
// Every text is rendered as text. The page fetches `detail` (GET /api/segments/:id); the glossary
// and history are fetched here, per segment version.
import type { Segment, SegmentDetail } from '../../api/types';
import { GlossarySection } from './GlossarySection';
import { HistorySection } from './HistorySection';
import { LqaSection } from './LqaSection';
import { MtSection } from './MtSection';
import { TmSection } from './TmSection';
import './panel.css';

export function SidePanel(props: {
  segment: Segment;
  detail: SegmentDetail | null;
  mode: 'translate' | 'review';
  onInsert(text: string): void;
  /** The project, for its LQA typology (review mode). */
  projectId: string;
  /** Reviewers and coordinators annotate errors in review mode. */
  canAnnotate: boolean;
}) {
  const { segment, detail, mode, onInsert } = props;
  return (
    <div className="side-panel" data-segment-id={segment.id} data-mode={mode}>
      <MtSection segment={segment} mode={mode} onInsert={onInsert} />
      <TmSection detail={detail} onInsert={onInsert} />
      <GlossarySection segment={segment} onInsert={onInsert} />
      {mode === 'review' && <LqaSection segment={segment} projectId={props.projectId} canAnnotate={props.canAnnotate} />}
      <HistorySection segment={segment} />
    </div>
  );
}
