// The approved twins of a save's sentence come from memory while nothing approved in the project changed,
// and from the store again as soon as something did: on this instance or on another one writing the
// same file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { approvedTwinsByKey } from '../../../server/commands/qa/approvedTwins';
import type { Segment } from '../../../server/domain/segments/types';
import { SegmentState } from '../../../server/domain/workflow/states';
import type { SegmentChange, Store } from '../../../server/ports/repositories';
import { createSqliteStore } from '../../../server/storage/sqlite';
import { buildCreatedEvent, buildDocument, buildEvent, buildProject, buildSegments, resetBuilderIds } from '../../support/builders';

const FUNDING = 'Das Projekt wird von der Europäischen Union finanziert.';
const MEETING = 'Das nächste Treffen findet im Mai statt.';

describe('approvedTwinsByKey', () => {
  let dir: string;
  let store: Store;
  let other: Store;
  let lookups: string[][];
  /** The store as the commands see it, counting the twins' lookups. */
  let counted: Store;
  let segments: Segment[];

  beforeEach(async () => {
    resetBuilderIds();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nysa-twins-'));
    store = createSqliteStore({ file: path.join(dir, 'nysa.sqlite') });
    other = createSqliteStore({ file: path.join(dir, 'nysa.sqlite') }); // a second instance on the same file
    lookups = [];
    counted = {
      ...store,
      segments: { ...store.segments, findBySourceKeys: (projectId, keys, states) => (lookups.push([...keys]), store.segments.findBySourceKeys(projectId, keys, states)) },
    };
    const project = buildProject();
    await store.projects.create(project);
    const document = buildDocument({ projectId: project.id, segmentCount: 4 });
    const sources = [FUNDING, MEETING, FUNDING, FUNDING];
    segments = buildSegments(document, 4, (i) => ({ source: sources[i]!, sourceKey: sources[i]! }));
    await store.documents.createWithSegments(document, segments, segments.map((segment) => buildCreatedEvent(segment)));
  });
  afterEach(async () => {
    await other.close();
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** Approves the segment with `target` through `by`; returns it as stored. */
  async function approve(by: Store, segment: Segment, target: string): Promise<Segment> {
    const approved: Segment = { ...segment, state: SegmentState.Approved, target, version: segment.version + 1 };
    const event = buildEvent({ segmentId: segment.id, documentId: segment.documentId, action: 'approve', fromState: segment.state, toState: SegmentState.Approved, toTarget: target, version: approved.version });
    const change: SegmentChange = { segment: approved, expectedVersion: segment.version, event };
    await by.segments.applyChanges([change]);
    return approved;
  }
  const twinsOf = async (keys: string[]) => Object.fromEntries(await approvedTwinsByKey({ store: counted }, 'project-1', keys));

  test('looks each sentence up once, and answers from memory while nothing approved changed', async () => {
    const first = await approve(store, segments[0]!, 'Projekt jest finansowany przez Unię Europejską.');

    expect(await twinsOf([FUNDING, MEETING, FUNDING])).toEqual({ [FUNDING]: [{ id: first.id, source: FUNDING, target: first.target }], [MEETING]: [] });
    expect(lookups).toEqual([[FUNDING, MEETING]]);

    // A save that approves nothing (a draft) leaves the memory as it was.
    const draft: Segment = { ...segments[1]!, state: SegmentState.Draft, target: 'Następne spotkanie.', version: 2 };
    await store.segments.applyChanges([{ segment: draft, expectedVersion: 1, event: buildEvent({ segmentId: draft.id, documentId: draft.documentId, toTarget: draft.target, version: 2 }) }]);
    expect(await twinsOf([MEETING, FUNDING])).toEqual({ [MEETING]: [], [FUNDING]: [{ id: first.id, source: FUNDING, target: first.target }] });
    expect(lookups).toHaveLength(1);
  });

  test('looks again after an approval on this instance, and after one on another instance writing the same file', async () => {
    expect(await twinsOf([FUNDING])).toEqual({ [FUNDING]: [] });

    const first = await approve(store, segments[2]!, 'Projekt jest finansowany przez UE.');
    expect(await twinsOf([FUNDING])).toEqual({ [FUNDING]: [{ id: first.id, source: FUNDING, target: first.target }] });

    const second = await approve(other, segments[3]!, 'Projekt finansuje Unia Europejska.');
    expect(await twinsOf([FUNDING])).toEqual({
      [FUNDING]: [
        { id: first.id, source: FUNDING, target: first.target },
        { id: second.id, source: FUNDING, target: second.target },
      ],
    });
    expect(lookups).toEqual([[FUNDING], [FUNDING], [FUNDING]]);
  });
});
