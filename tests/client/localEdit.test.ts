import { afterFailedSave, differsFromServer, editOfSegment, isTransientFailure, SAVE_RETRY_DELAYS_MS, shownEdit, type LocalEdit } from '../../client/src/lib/localEdit';

const segment = { target: 'Dzień dobry', version: 3 };
const edit = (overrides: Partial<LocalEdit>): LocalEdit => ({ text: 'Dzień dobry', status: 'saved', baseVersion: 3, remoteChanged: false, failures: 0, ...overrides });

describe('editOfSegment', () => {
  it('starts saved, from the target (empty for none) and the version as loaded', () => {
    expect(editOfSegment(segment)).toEqual({ text: 'Dzień dobry', status: 'saved', baseVersion: 3, remoteChanged: false, failures: 0 });
    expect(editOfSegment({ target: null, version: 1 })).toEqual({ text: '', status: 'saved', baseVersion: 1, remoteChanged: false, failures: 0 });
  });
});

describe('differsFromServer', () => {
  it('is false for the same text on the same version', () => {
    expect(differsFromServer(edit({}), segment)).toBe(false);
    expect(differsFromServer({ text: '', baseVersion: 1 }, { target: null, version: 1 })).toBe(false);
  });

  it('is true for other text, or the same text on another version (it must be saved to say so)', () => {
    expect(differsFromServer(edit({ text: 'Dzień dobry!' }), segment)).toBe(true);
    expect(differsFromServer(edit({ baseVersion: 2 }), segment)).toBe(true);
  });
});

describe('isTransientFailure', () => {
  it('retries the network (0), server errors and the rate limit; not refusals of the text', () => {
    expect([0, 429, 500, 502, 503].map(isTransientFailure)).toEqual([true, true, true, true, true]);
    expect([400, 401, 403, 404, 409, 422].map(isTransientFailure)).toEqual([false, false, false, false, false, false]);
  });
});

describe('afterFailedSave', () => {
  it('tries a network or server failure again after 2, 4, 8, 16 and 32 seconds, then waits for the user', () => {
    expect(SAVE_RETRY_DELAYS_MS).toEqual([2_000, 4_000, 8_000, 16_000, 32_000]);
    expect([1, 2, 3, 4, 5, 6].map((failures) => afterFailedSave(0, failures))).toEqual([
      { status: 'error', retryInMs: 2_000 },
      { status: 'error', retryInMs: 4_000 },
      { status: 'error', retryInMs: 8_000 },
      { status: 'error', retryInMs: 16_000 },
      { status: 'error', retryInMs: 32_000 },
      { status: 'failed' },
    ]);
    expect(afterFailedSave(503, 1)).toEqual({ status: 'error', retryInMs: 2_000 });
    expect(afterFailedSave(429, 5)).toEqual({ status: 'error', retryInMs: 32_000 });
  });

  it('does not try again by itself when the request was refused (the user may, after fixing the cause)', () => {
    expect([400, 403, 404, 413].map((status) => afterFailedSave(status, 1))).toEqual([{ status: 'failed' }, { status: 'failed' }, { status: 'failed' }, { status: 'failed' }]);
  });
});

describe('shownEdit', () => {
  it('shows the target and no status for a row without an edit', () => {
    expect(shownEdit(segment, undefined, false)).toEqual({ text: 'Dzień dobry', status: undefined, remoteChanged: false });
    expect(shownEdit({ target: null }, undefined, true)).toEqual({ text: '', status: undefined, remoteChanged: false });
  });

  it('shows an unsaved edit with its status, active or not', () => {
    const unsaved = edit({ text: 'Dzień dobry wszystkim', status: 'error', remoteChanged: true });
    expect(shownEdit(segment, unsaved, false)).toEqual({ text: 'Dzień dobry wszystkim', status: 'error', remoteChanged: true });
    expect(shownEdit(segment, { ...unsaved, status: 'conflict' }, true)).toEqual({ text: 'Dzień dobry wszystkim', status: 'conflict', remoteChanged: true });
  });

  it('shows a saved edit as the target; its "saved" status only on the active row', () => {
    const saved = edit({ text: 'stale' });
    expect(shownEdit(segment, saved, true)).toEqual({ text: 'Dzień dobry', status: 'saved', remoteChanged: false });
    expect(shownEdit(segment, saved, false)).toEqual({ text: 'Dzień dobry', status: undefined, remoteChanged: false });
  });
});
