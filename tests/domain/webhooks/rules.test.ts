// The pure rules of webhooks: the signature, when to retry, and which document events a batch of
// segment changes causes.
import { createHmac } from 'node:crypto';
import { documentEventsAfter, mayCauseDocumentEvent } from '../../../server/domain/webhooks/documentEvents';
import { DEFAULT_RETRY_POLICY, nextRetryAt } from '../../../server/domain/webhooks/retry';
import { signatureOf } from '../../../server/domain/webhooks/signature';
import { emptyStateRecord, SegmentState, type SegmentState as State } from '../../../server/domain/workflow/states';

describe('signatureOf', () => {
  test('is t=<seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">', () => {
    const body = '{"id":"e1","event":"document.approved"}';
    expect(signatureOf('geheim-0123456789', 1764763200, body)).toBe(
      `t=1764763200,v1=${createHmac('sha256', 'geheim-0123456789').update(`1764763200.${body}`).digest('hex')}`,
    );
    expect(signatureOf('geheim-0123456789', 1764763200, body)).not.toBe(signatureOf('geheim-0123456789', 1764763201, body));
  });
});

describe('nextRetryAt', () => {
  const start = '2026-12-03T10:00:00.000Z';
  const at = (ms: number) => new Date(Date.parse(start) + ms);

  test('doubles from 30 s, drawn from half to all of the step, capped at 4 hours', () => {
    expect(nextRetryAt(DEFAULT_RETRY_POLICY, 1, start, at(0), 0.5)).toBe('2026-12-03T10:00:22.500Z');
    expect(nextRetryAt(DEFAULT_RETRY_POLICY, 1, start, at(0), 0)).toBe('2026-12-03T10:00:15.000Z');
    expect(nextRetryAt(DEFAULT_RETRY_POLICY, 3, start, at(0), 0.5)).toBe('2026-12-03T10:01:30.000Z');
    expect(nextRetryAt(DEFAULT_RETRY_POLICY, 20, start, at(0), 0.5)).toBe('2026-12-03T13:00:00.000Z');
  });

  test('gives up (null) when the next attempt would start more than a day after the window began', () => {
    expect(nextRetryAt(DEFAULT_RETRY_POLICY, 12, start, at(21 * 3600_000), 0.9)).toBeNull();
    expect(nextRetryAt(DEFAULT_RETRY_POLICY, 12, start, at(21 * 3600_000), 0.5)).toBe('2026-12-04T10:00:00.000Z');
    expect(nextRetryAt(DEFAULT_RETRY_POLICY, 12, start, at(21 * 3600_000), 0)).toBe('2026-12-04T09:00:00.000Z');
  });

  test('a full day of failures is about 14 attempts', () => {
    let now = Date.parse(start);
    let attempts = 1;
    for (let failures = 1; failures < 100; failures++) {
      const next = nextRetryAt(DEFAULT_RETRY_POLICY, failures, start, new Date(now), 0.75);
      if (next === null) break;
      now = Date.parse(next);
      attempts++;
    }
    expect(attempts).toBe(15);
  });
});

describe('documentEventsAfter', () => {
  const counts = (entries: Partial<Record<State, number>>) => {
    const record = emptyStateRecord(() => ({ segments: 0, words: 0 }));
    for (const [state, segments] of Object.entries(entries)) record[state as State] = { segments: segments!, words: segments! * 5 };
    return record;
  };
  const move = (fromState: State, toState: State) => ({ fromState, toState });

  test('the confirmation of the last open segment is document.translated', () => {
    expect(documentEventsAfter([move(SegmentState.Draft, SegmentState.Translated)], counts({ translated: 2, approved: 1 }))).toEqual(['document.translated']);
  });

  test('a confirmation that leaves open segments is nothing', () => {
    expect(documentEventsAfter([move(SegmentState.Draft, SegmentState.Translated)], counts({ translated: 2, draft: 1 }))).toEqual([]);
  });

  test('the approval of the last segment is document.approved; approving while others wait is nothing', () => {
    expect(documentEventsAfter([move(SegmentState.Translated, SegmentState.Approved)], counts({ approved: 3, locked: 1 }))).toEqual(['document.approved']);
    expect(documentEventsAfter([move(SegmentState.Translated, SegmentState.Approved)], counts({ approved: 2, translated: 1 }))).toEqual([]);
  });

  test('a TM fill straight to approved from new completes both at once', () => {
    expect(documentEventsAfter([move(SegmentState.New, SegmentState.Approved)], counts({ approved: 1 }))).toEqual(['document.translated', 'document.approved']);
  });

  test('a rejection or an edit causes no document event and is not worth reading counts for', () => {
    expect(mayCauseDocumentEvent([move(SegmentState.Translated, SegmentState.Rejected), move(SegmentState.New, SegmentState.Draft)])).toBe(false);
    expect(documentEventsAfter([move(SegmentState.Translated, SegmentState.Rejected)], counts({ rejected: 1, approved: 1 }))).toEqual([]);
    expect(mayCauseDocumentEvent([move(SegmentState.Rejected, SegmentState.Translated)])).toBe(true);
  });
});
