// A reviewer approves a whole document in one request (POST /api/documents/:id/approve): the approvals
// are written in transactions of about five hundred with the event loop turning between them, so the
// server keeps answering; a segment saved meanwhile is skipped, the rest approved; every approval has
// its post-edit distance and its memory unit.
import { interleaveBeforeWrite } from '../../support/interleavingStore';
import { allSegments, motionsText, polishMotion as polish, returnedMotions } from '../../support/numberedMotions';
import { withTurns } from '../../support/turns';
import { startWorkflow, submit, type WorkflowFixture } from '../../support/workflow';

const SENTENCES = 1300;

describe('POST /api/documents/:id/approve with more segments than one transaction holds', () => {
  let fixture: WorkflowFixture;

  beforeEach(async () => {
    fixture = await startWorkflow();
  });
  afterEach(async () => fixture.app.close());

  /** Every segment translated by the translator: the XLIFF export returned with each target filled and done. */
  async function translateAll(documentId: string): Promise<void> {
    const imported = await fixture.app.request('POST', `/api/documents/${documentId}/xliff`, {
      token: fixture.translator.token,
      body: await returnedMotions(fixture, documentId),
      headers: { 'content-type': 'application/xliff+xml' },
    });
    expect([imported.status, imported.body.confirmed]).toEqual([200, SENTENCES]);
  }

  test('writes 1,300 approvals in transactions of 500, turning the event loop between; a save in between wins', async () => {
    const documentId = await submit(fixture, motionsText(SENTENCES));
    await translateAll(documentId);
    const before = await allSegments(fixture, documentId);
    expect(before.map((segment) => [segment.state, segment.version])).toEqual(before.map(() => ['translated', 3]));
    // Segment 1,200 is in the third transaction: just before it is written, the translator edits it again.
    const contested = before[1200]!;
    const race = interleaveBeforeWrite(
      fixture.app.store,
      (changes) => changes.some((change) => change.segment.id === contested.id && change.event.action === 'approve'),
      () => fixture.app.request('PATCH', `/api/segments/${contested.id}`, { token: fixture.translator.token, body: { target: 'Wniosek omówiono.', version: 3 } }),
    );

    // The size of each write of approvals, and the turn of the event loop it came in.
    const writes: [number, number][] = [];
    const segments = fixture.app.store.segments;
    const applyChanges = segments.applyChanges;
    const { result: response } = await withTurns(async (turn) => {
      segments.applyChanges = (changes) => {
        if (changes.some((change) => change.event.action === 'approve')) writes.push([changes.length, turn()]);
        return applyChanges.call(segments, changes);
      };
      return fixture.app.request('POST', `/api/documents/${documentId}/approve`, { token: fixture.reviewer.token, body: {} });
    });
    race.restore();
    segments.applyChanges = applyChanges;

    expect(race.runs).toBe(1);
    // 500, 500, then the third (300) lost to the race and retried segment by segment.
    expect(writes.map(([size]) => size)).toEqual([500, 500, 300, ...Array.from({ length: 300 }, () => 1)]);
    expect(writes[1]![1]).toBeGreaterThan(writes[0]![1]);
    expect(writes[2]![1]).toBeGreaterThan(writes[1]![1]);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ approved: SENTENCES - 1, skipped: [{ id: contested.id, reason: 'version_conflict' }] });

    const after = await allSegments(fixture, documentId);
    expect(after.map((segment) => [segment.state, segment.target])).toEqual(
      before.map((_, i) => (i === 1200 ? ['draft', 'Wniosek omówiono.'] : ['approved', polish(i)])),
    );
    // Each approval measured (the XLIFF file's targets had no proposal: all of it is the translator's) and remembered.
    const postEdits = (await fixture.app.store.postEdits.listByDocuments([documentId])).filter((record) => record.stage === 'approve');
    expect(postEdits).toHaveLength(SENTENCES - 1);
    expect(postEdits.find((record) => record.segmentId === before[0]!.id)).toMatchObject({ origin: 'empty', distance: polish(0).length, ratio: 1 });
    expect(await fixture.app.store.tmUnits.countByProject(fixture.projectId)).toBe(SENTENCES - 1);
  });
});
