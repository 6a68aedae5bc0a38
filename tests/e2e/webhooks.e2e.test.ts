// The webhooks screen: the coordinator adds a webhook from the project page, an event reaches the
// receiver on 127.0.0.1, the delivery log shows it with its attempt, and "Send again" delivers it once
// more under the same id; a translator is told that only coordinators manage webhooks.
import { axeViolations } from './support/axe';
import { describeE2e, E2E_SETUP_TIMEOUT_MS } from './support/browser';
import { startE2e, submitDocument, type E2eEnv } from './support/e2eApp';
import { asPerson, eventually, screenshot } from './support/pages';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhookReceiver';

jest.setTimeout(120_000);

describeE2e('the webhooks screen', () => {
  let env: E2eEnv;
  let receiver: WebhookReceiver;

  beforeAll(async () => {
    env = await startE2e({ webhooks: { allowPrivateAddresses: true } });
    receiver = await startWebhookReceiver();
  }, E2E_SETUP_TIMEOUT_MS);
  afterAll(async () => {
    await env?.close();
    await receiver?.close();
  });

  test('the coordinator adds a webhook, sees its delivery and sends it again', async () => {
    await asPerson(env, env.people.coordinator, 'webhooks', async ({ page }) => {
      await page.goto(`/projects/${env.projectId}`);
      await page.getByTestId('project-tool-webhooks').click();
      await page.getByRole('heading', { level: 1, name: 'Webhooks' }).waitFor();
      await page.getByText('No webhooks yet.').waitFor();

      await page.getByTestId('webhook-add').click();
      const dialog = page.getByRole('dialog', { name: 'Add a webhook' });
      await dialog.waitFor();
      await page.getByTestId('webhook-url').fill(receiver.url);
      await page.getByTestId('webhook-event-document.approved').uncheck();
      await page.getByTestId('webhook-event-document.submitted').check();
      await page.getByTestId('webhook-secret').fill('whsec-e2e-0123456789abcdef');
      expect(await axeViolations(page)).toEqual([]);
      await page.getByTestId('webhook-save').click();
      await dialog.waitFor({ state: 'detached' });
      await eventually(async () => expect(await page.getByTestId('webhook-row').count()).toBe(1));
      expect(await page.getByTestId('webhook-row').first().textContent()).toContain('Document submitted');
      expect(await page.getByTestId('webhook-state').first().textContent()).toBe('active');

      const documentId = await submitDocument(env, 'Die Sitzung beginnt um neun Uhr.');
      const [first] = await receiver.waitFor(1);
      expect(JSON.parse(first.body)).toMatchObject({ event: 'document.submitted', document: { id: documentId } });
      await env.app.webhooks.idle();

      await page.getByRole('button', { name: `Deliveries of ${receiver.url}` }).click();
      const log = page.getByRole('dialog', { name: `Deliveries to ${receiver.url}` });
      await log.waitFor();
      const delivery = page.getByTestId('webhook-delivery').first();
      expect(await delivery.getAttribute('data-status')).toBe('delivered');
      expect(await delivery.textContent()).toContain('answered 204');
      expect(await delivery.textContent()).toContain(String(first.headers['x-nysa-delivery']));
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'webhooks-deliveries');

      await page.getByTestId('webhook-redeliver').first().click();
      const [, second] = await receiver.waitFor(2);
      expect([second.headers['x-nysa-delivery'], second.body]).toEqual([first.headers['x-nysa-delivery'], first.body]);
      await env.app.webhooks.idle();
      await page.keyboard.press('Escape');
      await log.waitFor({ state: 'detached' });
    });
  });

  test('a translator is told that only coordinators and administrators manage webhooks', async () => {
    await asPerson(env, env.people.translator, 'webhooks-translator', async ({ page }) => {
      await page.goto(`/projects/${env.projectId}/webhooks`);
      await page.getByText('Only the project’s coordinators and administrators manage its webhooks.').waitFor();
      expect(await page.getByTestId('webhook-add').count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
    });
  });
});
