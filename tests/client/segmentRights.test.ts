import { SEGMENT_STATES, type SegmentState } from '../../client/src/api/types';
import { canEditSegment, canLockSegment, canMarkContextSpecific, canUnlockSegment, type WorkspaceRights } from '../../client/src/lib/segmentRights';

const rights = (granted: Partial<WorkspaceRights>): WorkspaceRights => ({ canTranslate: false, canReview: false, canManage: false, ...granted });
const states = (allowed: (state: SegmentState) => boolean) => SEGMENT_STATES.filter(allowed);
const editable = (granted: Partial<WorkspaceRights>) => states((state) => canEditSegment(rights(granted), { state }));

describe('canEditSegment', () => {
  it('lets a translator edit new, draft, translated and rejected segments', () => {
    expect(editable({ canTranslate: true })).toEqual(['new', 'draft', 'translated', 'rejected']);
  });

  it('lets a reviewer correct translated segments only', () => {
    expect(editable({ canReview: true })).toEqual(['translated']);
  });

  it('lets nobody edit approved or locked segments, and lets someone without either right edit nothing', () => {
    expect(editable({ canTranslate: true, canReview: true })).toEqual(['new', 'draft', 'translated', 'rejected']);
    expect(editable({})).toEqual([]);
  });
});

describe('canLockSegment and canUnlockSegment', () => {
  it('let a coordinator lock every segment not locked yet, and unlock the locked ones', () => {
    const coordinator = rights({ canTranslate: true, canReview: true, canManage: true });
    expect(states((state) => canLockSegment(coordinator, { state }))).toEqual(['new', 'draft', 'translated', 'rejected', 'approved']);
    expect(states((state) => canUnlockSegment(coordinator, { state }))).toEqual(['locked']);
  });

  it('let translators and reviewers neither lock nor unlock', () => {
    const both = rights({ canTranslate: true, canReview: true });
    expect(states((state) => canLockSegment(both, { state }) || canUnlockSegment(both, { state }))).toEqual([]);
  });
});

describe('canMarkContextSpecific', () => {
  const twin = { repetition: true, contextSpecific: false };

  it('lets translators, reviewers and coordinators mark a twin in any state but locked', () => {
    for (const granted of [{ canTranslate: true }, { canReview: true }, { canManage: true, canTranslate: true }]) {
      expect(states((state) => canMarkContextSpecific(rights(granted), { state, ...twin }))).toEqual(['new', 'draft', 'translated', 'rejected', 'approved']);
    }
  });

  it('offers taking the mark off a segment that has it, and nothing on a segment without twins', () => {
    const translator = rights({ canTranslate: true });
    expect(canMarkContextSpecific(translator, { state: 'draft', repetition: false, contextSpecific: true })).toBe(true);
    expect(canMarkContextSpecific(translator, { state: 'draft', repetition: false, contextSpecific: false })).toBe(false);
  });

  it('offers nothing to someone who may not edit', () => {
    expect(canMarkContextSpecific(rights({}), { state: 'draft', ...twin })).toBe(false);
  });
});
