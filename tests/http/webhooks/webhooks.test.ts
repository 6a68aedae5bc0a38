// Webhooks over HTTP: registration by coordinators and admins, events from the workflow, signed
// deliveries to a receiver on 127.0.0.1 (WEBHOOK_ALLOW_PRIVATE_ADDRESSES allowed), the delivery log,
// redelivery, the audit trail, and the SSRF guard when private addresses are not allowed.
import { createHmac } from 'node:crypto';
import { createDeeplTranslator } from '../../../server/integrations/deepl';
import { startFakeDeepl } from '../../support/fakeDeepl';
import { startWebhookReceiver, type WebhookReceiver } from '../../support/webhookReceiver';
import { approveAll, registerWebhook, translatedDocument, WEBHOOK_SECRET } from '../../support/webhookFlow';
import { runMt, startWorkflow, submit, type WorkflowFixture } from '../../support/workflow';

const ALLOW_LOCAL = { config: { webhooks: { allowPrivateAddresses: true } } };

describe('webhook registration: /api/projects/:id/webhooks and /api/webhooks/:id', () => {
  let fixture: WorkflowFixture;
  beforeAll(async () => {
    fixture = await startWorkflow();
  });
  afterAll(async () => {
    await fixture.app.close();
  });

  test('a coordinator creates, lists, changes and deletes a webhook; the secret is never shown; each change is audited', async () => {
    const { app, projectId, coordinator } = fixture;
    // The other tests here register webhooks in the same project, before or after this one.
    const before = (await app.request('GET', `/api/projects/${projectId}/webhooks`, { token: coordinator.token })).body.items as unknown[];
    const created = await app.request('POST', `/api/projects/${projectId}/webhooks`, {
      token: coordinator.token,
      body: { url: 'https://cms.example.org/nysa', events: ['document.approved', 'document.approved', 'mt.failed'], secret: WEBHOOK_SECRET },
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      projectId,
      url: 'https://cms.example.org/nysa',
      events: ['document.approved', 'mt.failed'],
      active: true,
      disabledReason: null,
      consecutiveFailures: 0,
      createdBy: coordinator.id,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const id = created.body.id as string;

    const listed = await app.request('GET', `/api/projects/${projectId}/webhooks`, { token: coordinator.token });
    expect(listed.body.items).toEqual([...before, created.body]);
    expect(listed.text).not.toContain(WEBHOOK_SECRET);

    const changed = await app.request('PATCH', `/api/webhooks/${id}`, { token: coordinator.token, body: { events: ['segment.rejected'], active: false, secret: 'another-secret-0123456789' } });
    expect([changed.status, changed.body.events, changed.body.active]).toEqual([200, ['segment.rejected'], false]);
    expect(changed.text).not.toContain('another-secret');

    const deleted = await app.request('DELETE', `/api/webhooks/${id}`, { token: coordinator.token });
    expect(deleted.status).toBe(204);
    expect((await app.request('GET', `/api/webhooks/${id}/deliveries`, { token: coordinator.token })).status).toBe(404);

    const audit = await app.store.audit.list({ kinds: ['webhook_changed'], targetId: id, offset: 0, limit: 10 });
    expect(audit.items.map((entry) => [entry.actorId, entry.projectId, entry.details])).toEqual([
      [coordinator.id, projectId, { change: 'deleted', url: 'https://cms.example.org/nysa' }],
      [coordinator.id, projectId, { change: 'updated', events: ['segment.rejected'], secretChanged: true, active: false }],
      [coordinator.id, projectId, { change: 'created', url: 'https://cms.example.org/nysa', events: ['document.approved', 'mt.failed'] }],
    ]);
    expect(JSON.stringify(audit.items)).not.toContain('secret-0123');
  });

  test('translators and reviewers of the project get 403, people outside it 404', async () => {
    const { app, projectId } = fixture;
    const body = { url: 'https://cms.example.org/nysa', events: ['document.approved'], secret: WEBHOOK_SECRET };
    for (const person of [fixture.translator, fixture.reviewer, fixture.editor]) {
      expect((await app.request('POST', `/api/projects/${projectId}/webhooks`, { token: person.token, body })).body.error).toBe('forbidden');
      expect((await app.request('GET', `/api/projects/${projectId}/webhooks`, { token: person.token })).status).toBe(403);
    }
    expect((await app.request('POST', `/api/projects/${projectId}/webhooks`, { token: fixture.outsider.token, body })).status).toBe(404);

    const id = await registerWebhook(fixture, 'https://cms.example.org/other', ['document.approved']);
    expect((await app.request('PATCH', `/api/webhooks/${id}`, { token: fixture.outsider.token, body: { active: false } })).status).toBe(404);
    expect((await app.request('DELETE', `/api/webhooks/${id}`, { token: fixture.translator.token })).status).toBe(403);
  });

  test.each([
    ['ftp://cms.example.org/nysa', 'unsupported_scheme'],
    ['javascript:alert(1)', 'unsupported_scheme'],
    ['not a url', 'invalid_url'],
    ['https://user:pass@cms.example.org/', 'invalid_url'],
    ['http://127.0.0.1:8080/hook', 'forbidden_address'],
    ['http://[::1]/hook', 'forbidden_address'],
    ['http://[::ffff:127.0.0.1]/hook', 'forbidden_address'],
    ['http://169.254.169.254/latest/meta-data', 'forbidden_address'],
    ['http://10.1.2.3/hook', 'forbidden_address'],
    ['http://2130706433/hook', 'forbidden_address'],
  ])('the URL %s is 400 invalid_webhook_url (%s)', async (url, reason) => {
    const response = await fixture.app.request('POST', `/api/projects/${fixture.projectId}/webhooks`, {
      token: fixture.coordinator.token,
      body: { url, events: ['document.approved'], secret: WEBHOOK_SECRET },
    });
    expect([response.status, response.body.error, response.body.details]).toEqual([400, 'invalid_webhook_url', { reason }]);
  });

  test('unknown events and fields, no events and a short secret are 400 invalid_input', async () => {
    const { app, projectId, coordinator } = fixture;
    const base = { url: 'https://cms.example.org/nysa', events: ['document.approved'], secret: WEBHOOK_SECRET };
    for (const body of [{ ...base, events: ['document.deleted'] }, { ...base, events: [] }, { ...base, secret: 'short' }, { ...base, extra: 1 }]) {
      const response = await app.request('POST', `/api/projects/${projectId}/webhooks`, { token: coordinator.token, body });
      expect([response.status, response.body.error]).toEqual([400, 'invalid_input']);
    }
  });
});

describe('webhook deliveries to a receiver on 127.0.0.1', () => {
  let fixture: WorkflowFixture;
  let receiver: WebhookReceiver;
  beforeEach(async () => {
    fixture = await startWorkflow({ ...ALLOW_LOCAL, webhookDispatcher: { retry: { firstRetryMs: 20, longestRetryMs: 40, windowMs: 60_000 } } });
    receiver = await startWebhookReceiver();
  });
  afterEach(async () => {
    await fixture.app.close();
    await receiver.close();
  });

  test('document.approved arrives signed, with the delivery id, the event and the documented body', async () => {
    const webhookId = await registerWebhook(fixture, receiver.url, ['document.approved']);
    const { documentId, segmentIds } = await translatedDocument(fixture);
    await approveAll(fixture, segmentIds);

    const [request] = await receiver.waitFor(1);
    await fixture.app.webhooks.idle();
    expect(receiver.received).toHaveLength(1);
    expect(request.method).toBe('POST');
    expect(request.path).toBe('/hooks/nysa');
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.headers['x-nysa-event']).toBe('document.approved');
    const [, t, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(String(request.headers['x-nysa-signature']))!;
    expect(v1).toBe(createHmac('sha256', WEBHOOK_SECRET).update(`${t}.${request.body}`).digest('hex'));
    expect(JSON.parse(request.body)).toEqual({
      id: expect.any(String),
      event: 'document.approved',
      occurredAt: expect.any(String),
      project: { id: fixture.projectId },
      document: { id: documentId },
      data: { segments: 2 },
    });

    const log = await fixture.app.request('GET', `/api/webhooks/${webhookId}/deliveries`, { token: fixture.coordinator.token });
    expect(log.body).toMatchObject({ total: 1, offset: 0, limit: 50 });
    expect(log.body.items[0]).toMatchObject({ id: request.headers['x-nysa-delivery'], event: 'document.approved', status: 'delivered', nextAttemptAt: null });
    expect(log.body.items[0].attempts).toEqual([{ at: expect.any(String), statusCode: 204, error: null, durationMs: expect.any(Number) }]);
    expect(log.body.items[0].body).toEqual(JSON.parse(request.body));
  });

  test('the workflow emits submitted, rejected, translated and approved to the webhooks subscribed to them', async () => {
    await registerWebhook(fixture, receiver.url, ['document.submitted', 'segment.rejected', 'document.translated', 'document.approved']);
    const { documentId, segmentIds } = await translatedDocument(fixture);
    const rejected = await fixture.app.request('POST', `/api/segments/${segmentIds[0]}/reject`, { token: fixture.reviewer.token, body: { reason: 'Uhrzeit fehlt' } });
    expect(rejected.status).toBe(200);
    const fixed = await fixture.app.request('PATCH', `/api/segments/${segmentIds[0]}`, { token: fixture.translator.token, body: { target: 'Posiedzenie rozpoczyna się o dziewiątej.', version: rejected.body.version } });
    await fixture.app.request('POST', `/api/segments/${segmentIds[0]}/confirm`, { token: fixture.translator.token, body: { version: fixed.body.version } });
    await approveAll(fixture, segmentIds);

    await receiver.waitFor(5);
    await fixture.app.webhooks.idle();
    const bodies = receiver.received.map((request) => JSON.parse(request.body));
    expect(bodies.map((body) => body.event).sort()).toEqual(
      ['document.approved', 'document.submitted', 'document.translated', 'document.translated', 'segment.rejected'].sort(),
    );
    expect(bodies.find((body) => body.event === 'segment.rejected')).toMatchObject({
      document: { id: documentId },
      segment: { id: segmentIds[0] },
      data: { reason: 'Uhrzeit fehlt', reviewerId: fixture.reviewer.id },
    });
    expect(bodies.find((body) => body.event === 'document.submitted')).toMatchObject({ data: { title: 'Pressemitteilung', format: 'text', segments: 2, submittedBy: fixture.editor.id } });
    expect(new Set(receiver.received.map((request) => request.headers['x-nysa-delivery'])).size).toBe(5);
  });

  test('a new German version of the document is document.revised, with what the revision did', async () => {
    await registerWebhook(fixture, receiver.url, ['document.revised']);
    const { documentId } = await translatedDocument(fixture);
    const revised = await fixture.app.request('POST', `/api/documents/${documentId}/revisions`, {
      token: fixture.editor.token,
      body: { format: 'text', content: 'Die Sitzung beginnt um neun Uhr. Der Bericht liegt vor. Ein neuer Satz kommt hinzu.' },
    });
    expect(revised.status).toBe(201);

    await receiver.waitFor(1);
    await fixture.app.webhooks.idle();
    const [body] = receiver.received.map((request) => JSON.parse(request.body));
    expect(body).toMatchObject({ event: 'document.revised', document: { id: documentId } });
    expect(body.data).toEqual({ revision: 2, unchanged: 2, changed: 0, new: 1, removed: 0, wordsToReview: 0, revisedBy: fixture.editor.id });
  });

  test('approving the whole document at once is document.approved too, once', async () => {
    await registerWebhook(fixture, receiver.url, ['document.approved']);
    const { documentId } = await translatedDocument(fixture);
    const bulk = await fixture.app.request('POST', `/api/documents/${documentId}/approve`, { token: fixture.reviewer.token, body: {} });
    expect(bulk.body).toEqual({ approved: 2, skipped: [] });
    await receiver.waitFor(1);
    await fixture.app.webhooks.idle();
    expect(receiver.received.map((request) => JSON.parse(request.body).event)).toEqual(['document.approved']);
  });

  test('an event nobody subscribed to, and a webhook turned off, get nothing', async () => {
    const off = await registerWebhook(fixture, receiver.url, ['document.submitted']);
    await fixture.app.request('PATCH', `/api/webhooks/${off}`, { token: fixture.coordinator.token, body: { active: false } });
    await registerWebhook(fixture, receiver.url, ['mt.finished']);
    await submit(fixture, 'Ein Satz.');
    await fixture.app.webhooks.idle();
    expect(receiver.received).toEqual([]);
  });

  test('a receiver answering 500 twice gets the delivery retried until it answers 200, under the same id', async () => {
    receiver.respond = (_request, index) => (index < 2 ? 500 : 200);
    const webhookId = await registerWebhook(fixture, receiver.url, ['document.submitted']);
    await submit(fixture, 'Ein Satz.');

    const requests = await receiver.waitFor(3);
    await fixture.app.webhooks.idle();
    expect(new Set(requests.map((request) => request.headers['x-nysa-delivery'])).size).toBe(1);
    expect(new Set(requests.map((request) => request.body)).size).toBe(1);
    const log = await fixture.app.request('GET', `/api/webhooks/${webhookId}/deliveries`, { token: fixture.coordinator.token });
    expect(log.body.items[0].status).toBe('delivered');
    expect(log.body.items[0].attempts.map((attempt: { statusCode: number }) => attempt.statusCode)).toEqual([500, 500, 200]);
    expect((await fixture.app.store.webhooks.findById(webhookId))!.consecutiveFailures).toBe(0);
  });

  test('a redirect is recorded and not followed', async () => {
    receiver.respond = (_request, index, res) => {
      if (index > 0) return 204;
      res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data' }).end();
      return 'handled';
    };
    const webhookId = await registerWebhook(fixture, receiver.url, ['document.submitted']);
    await submit(fixture, 'Ein Satz.');
    await receiver.waitFor(2);
    await fixture.app.webhooks.idle();
    const [delivery] = (await fixture.app.store.webhooks.listDeliveries(webhookId, 0, 1)).items;
    expect(delivery.attempts.map((attempt) => [attempt.statusCode, attempt.error])).toEqual([
      [302, 'redirect_not_followed'],
      [204, null],
    ]);
    expect(receiver.received.map((request) => request.path)).toEqual(['/hooks/nysa', '/hooks/nysa']);
  });

  test('redeliver sends a delivered event again with the same delivery id and body', async () => {
    const webhookId = await registerWebhook(fixture, receiver.url, ['document.submitted']);
    await submit(fixture, 'Ein Satz.');
    const [first] = await receiver.waitFor(1);
    await fixture.app.webhooks.idle();
    const deliveryId = String(first.headers['x-nysa-delivery']);

    const again = await fixture.app.request('POST', `/api/webhooks/${webhookId}/deliveries/${deliveryId}/redeliver`, { token: fixture.coordinator.token });
    expect([again.status, again.body.id, again.body.status]).toEqual([202, deliveryId, 'pending']);
    const [, second] = await receiver.waitFor(2);
    expect([second.headers['x-nysa-delivery'], second.body]).toEqual([deliveryId, first.body]);

    const unknown = await fixture.app.request('POST', `/api/webhooks/${webhookId}/deliveries/nope/redeliver`, { token: fixture.coordinator.token });
    expect([unknown.status, unknown.body.error]).toEqual([404, 'not_found']);
    const byReviewer = await fixture.app.request('POST', `/api/webhooks/${webhookId}/deliveries/${deliveryId}/redeliver`, { token: fixture.reviewer.token });
    expect(byReviewer.status).toBe(403);
  });

  test('a slow receiver never holds up the request that caused the event', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    receiver.respond = (_request, _index, res) => {
      void held.then(() => res.writeHead(204).end());
      return 'handled';
    };
    await registerWebhook(fixture, receiver.url, ['document.submitted']);
    await submit(fixture, 'Ein Satz.'); // answered while the receiver still holds its request
    await receiver.waitFor(1);
    const afterwards = await fixture.app.request('GET', `/api/projects/${fixture.projectId}/webhooks`, { token: fixture.coordinator.token });
    expect(afterwards.status).toBe(200);
    release();
    await fixture.app.webhooks.idle();
  });
});

describe('webhook events of machine translation', () => {
  test('a finished MT job is mt.finished with its figures', async () => {
    const deepl = await startFakeDeepl();
    const fixture = await startWorkflow({ ...ALLOW_LOCAL, translator: createDeeplTranslator({ authKey: deepl.authKey, serverUrl: deepl.url }) });
    const receiver = await startWebhookReceiver();
    try {
      await registerWebhook(fixture, receiver.url, ['mt.finished', 'mt.failed']);
      const documentId = await submit(fixture, 'Die Sitzung beginnt um neun Uhr. Der Bericht liegt vor.');
      const job = await runMt(fixture, documentId);
      const [request] = await receiver.waitFor(1);
      await fixture.app.webhooks.idle();
      expect(receiver.received).toHaveLength(1);
      expect(JSON.parse(request.body)).toMatchObject({
        event: 'mt.finished',
        document: { id: documentId },
        data: { jobId: job.id, segments: 2, billedCharacters: job.billedCharacters, errorCode: null },
      });
    } finally {
      await fixture.app.close();
      await receiver.close();
      await deepl.close();
    }
  });
});

describe('webhook deliveries without WEBHOOK_ALLOW_PRIVATE_ADDRESSES', () => {
  test('a host name resolving to loopback is refused at delivery: nothing reaches the receiver, the attempt says why', async () => {
    const fixture = await startWorkflow({ webhookDispatcher: { retry: { firstRetryMs: 60_000, longestRetryMs: 60_000, windowMs: 120_000 } } });
    const receiver = await startWebhookReceiver();
    try {
      const webhookId = await registerWebhook(fixture, `http://localhost:${receiver.port}/hooks/nysa`, ['document.submitted']);
      await submit(fixture, 'Ein Satz.');
      await fixture.app.webhooks.idle();
      const [delivery] = (await fixture.app.store.webhooks.listDeliveries(webhookId, 0, 1)).items;
      expect(delivery.status).toBe('pending');
      expect(delivery.attempts.map((attempt) => [attempt.statusCode, attempt.error])).toEqual([[null, 'forbidden_address']]);
      expect(receiver.received).toEqual([]);
    } finally {
      await fixture.app.close();
      await receiver.close();
    }
  });
});
