import { SEGMENT_STATES } from '../../client/src/api/types';
import { canEditSegment } from '../../client/src/lib/segmentRights';

const editable = (rights: { canTranslate: boolean; canReview: boolean }) => SEGMENT_STATES.filter((state) => canEditSegment(rights, { state }));

describe('canEditSegment', () => {
  it('lets a translator edit new, draft, translated and rejected segments', () => {
    expect(editable({ canTranslate: true, canReview: false })).toEqual(['new', 'draft', 'translated', 'rejected']);
  });

  it('lets a reviewer correct translated segments only', () => {
    expect(editable({ canTranslate: false, canReview: true })).toEqual(['translated']);
  });

  it('lets nobody edit approved or locked segments, and lets someone without either right edit nothing', () => {
    expect(editable({ canTranslate: true, canReview: true })).toEqual(['new', 'draft', 'translated', 'rejected']);
    expect(editable({ canTranslate: false, canReview: false })).toEqual([]);
  });
});
