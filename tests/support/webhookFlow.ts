// Shortcuts for the webhook tests: register a webhook as the coordinator, and take a document through
// translation and review.
import { segmentsOf, submit, type WorkflowFixture } from './workflow';

export const WEBHOOK_SECRET = 'whsec-test-0123456789abcdef';

const POLISH = ['Posiedzenie rozpoczyna się o godzinie dziewiątej.', 'Raport jest dostępny.'];

export async function registerWebhook(fixture: WorkflowFixture, url: string, events: string[]): Promise<string> {
  const created = await fixture.app.request('POST', `/api/projects/${fixture.projectId}/webhooks`, {
    token: fixture.coordinator.token,
    body: { url, events, secret: WEBHOOK_SECRET },
  });
  if (created.status !== 201) throw new Error(`webhook not created: ${created.status} ${JSON.stringify(created.body)}`);
  return created.body.id as string;
}

/** Submits a two-sentence document and has every segment translated and confirmed; returns the document and its segment ids. */
export async function translatedDocument(fixture: WorkflowFixture): Promise<{ documentId: string; segmentIds: string[] }> {
  const documentId = await submit(fixture, 'Die Sitzung beginnt um neun Uhr. Der Bericht liegt vor.');
  const segments = await segmentsOf(fixture, documentId);
  for (const segment of segments) {
    const edited = await fixture.app.request('PATCH', `/api/segments/${segment.id}`, {
      token: fixture.translator.token,
      body: { target: POLISH[segment.index], version: segment.version },
    });
    const confirmed = await fixture.app.request('POST', `/api/segments/${segment.id}/confirm`, { token: fixture.translator.token, body: { version: edited.body.version } });
    if (confirmed.status !== 200) throw new Error(`not confirmed: ${JSON.stringify(confirmed.body)}`);
  }
  return { documentId, segmentIds: segments.map((segment) => segment.id) };
}

export async function approveAll(fixture: WorkflowFixture, segmentIds: readonly string[]): Promise<void> {
  for (const id of segmentIds) {
    const approved = await fixture.app.request('POST', `/api/segments/${id}/approve`, { token: fixture.reviewer.token });
    if (approved.status !== 200) throw new Error(`not approved: ${JSON.stringify(approved.body)}`);
  }
}
