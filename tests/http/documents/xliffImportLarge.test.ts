// A returned XLIFF file larger than one write: its units are saved in transactions of about five hundred
// changes (with their QA results), with other requests answered in between. Every unit is saved once with its history; a save
// that someone makes in Nysa between two of those transactions wins over the file (the file's text is
// kept in history as a conflict), and the units around it are saved all the same.
import { interleaveBeforeWrite } from '../../support/interleavingStore';
import { allSegments as segmentsOf, motionsText, polishMotion as polish, returnedMotions } from '../../support/numberedMotions';
import { startWorkflow, submit, type SegmentJson, type WorkflowFixture } from '../../support/workflow';

const SENTENCES = 1300;

describe('POST /api/documents/:id/xliff with more units than one transaction holds', () => {
  let fixture: WorkflowFixture;

  beforeEach(async () => {
    fixture = await startWorkflow();
  });
  afterEach(async () => fixture.app.close());

  const allSegments = (documentId: string): Promise<SegmentJson[]> => segmentsOf(fixture, documentId);
  const returnedFile = (documentId: string): Promise<string> => returnedMotions(fixture, documentId);

  test('saves all 1,300 units in several transactions; a save between two of them wins, the rest is saved', async () => {
    const documentId = await submit(fixture, motionsText(SENTENCES));
    const before = await allSegments(documentId);
    expect(before).toHaveLength(SENTENCES);
    const returned = await returnedFile(documentId);
    // Segment 1,200 is in the fifth transaction (250 segments of two changes each per transaction):
    // just before it is written, another translator saves that segment in Nysa.
    const contested = before[1200]!;
    const race = interleaveBeforeWrite(
      fixture.app.store,
      (changes) => changes.some((change) => change.segment.id === contested.id && change.event.action === 'xliff_import'),
      () => fixture.app.request('PATCH', `/api/segments/${contested.id}`, { token: fixture.secondTranslator.token, body: { target: 'Wniosek omówiono.', version: 1 } }),
    );

    // The sizes of the writes that carry the file's edits.
    const writes: number[] = [];
    const segments = fixture.app.store.segments;
    const applyChanges = segments.applyChanges;
    segments.applyChanges = (changes) => {
      if (changes.some((change) => change.event.action === 'xliff_import')) writes.push(changes.length);
      return applyChanges.call(segments, changes);
    };

    const response = await fixture.app.request('POST', `/api/documents/${documentId}/xliff`, {
      token: fixture.translator.token,
      body: returned,
      headers: { 'content-type': 'application/xliff+xml' },
    });
    race.restore();
    segments.applyChanges = applyChanges;

    expect(race.runs).toBe(1);
    // 2,600 changes: four transactions of 500, then the fifth, lost to the race, retried segment by segment,
    // then the last 50 segments.
    expect(writes.slice(0, 5)).toEqual([500, 500, 500, 500, 500]);
    expect(writes.slice(5)).toEqual([...Array.from({ length: 250 }, () => 2), 100]);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      updated: SENTENCES - 1,
      confirmed: SENTENCES - 1,
      unchanged: 0,
      conflicts: [{ segmentId: contested.id, reason: 'changed_since_export', theirs: polish(1200), ours: null, fileVersion: 1, currentVersion: 2 }],
      refused: [],
      unconfirmed: [],
    });
    const after = await allSegments(documentId);
    expect(after.map((segment) => [segment.state, segment.target, segment.version])).toEqual(
      before.map((_, i) => (i === 1200 ? ['draft', 'Wniosek omówiono.', 2] : ['translated', polish(i), 3])),
    );
    const history = async (segmentId: string) =>
      (await fixture.app.request('GET', `/api/segments/${segmentId}/history`, { token: fixture.translator.token })).body.items.map((e: { action: string; toTarget: string | null }) => [e.action, e.toTarget]);
    // The first unit of the file, the last one, and the contested one with the file's text kept.
    expect(await history(before[0]!.id)).toEqual([['created', null], ['xliff_import', polish(0)], ['confirm', polish(0)]]);
    expect(await history(before[SENTENCES - 1]!.id)).toEqual([['created', null], ['xliff_import', polish(SENTENCES - 1)], ['confirm', polish(SENTENCES - 1)]]);
    expect(await history(contested.id)).toEqual([['created', null], ['edit', 'Wniosek omówiono.'], ['edit_conflict', polish(1200)]]);
  });
});
