// The client's copy of the webhook events and secret limits (client/src/api/webhookTypes.ts) matches
// the server's: the client cannot import server code, so this test keeps the two lists the same.
import { WEBHOOK_EVENTS as CLIENT_EVENTS, WEBHOOK_SECRET_MAX_LENGTH as CLIENT_MAX, WEBHOOK_SECRET_MIN_LENGTH as CLIENT_MIN } from '../../client/src/api/webhookTypes';
import { WEBHOOK_EVENTS } from '../../server/domain/webhooks/types';
import { WEBHOOK_SECRET_MAX_LENGTH, WEBHOOK_SECRET_MIN_LENGTH } from '../../server/http/routes/webhooks/schemas';

describe('client webhook types', () => {
  test('list the server’s events in the server’s order, with its secret limits', () => {
    expect(CLIENT_EVENTS).toEqual(WEBHOOK_EVENTS);
    expect([CLIENT_MIN, CLIENT_MAX]).toEqual([WEBHOOK_SECRET_MIN_LENGTH, WEBHOOK_SECRET_MAX_LENGTH]);
  });
});
