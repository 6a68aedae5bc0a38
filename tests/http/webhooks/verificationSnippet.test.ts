// The verification snippet of docs/integrations.md, run as written: the ```js block after the
// webhook-verification marker is started with node as a receiver on 127.0.0.1, and a real
// document.approved delivery from Nysa must pass its check, while a forged one must not.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { approveAll, registerWebhook, translatedDocument, WEBHOOK_SECRET } from '../../support/webhookFlow';
import { startWorkflow, type WorkflowFixture } from '../../support/workflow';

/** The body of the fenced js block that follows the marker in docs/integrations.md. */
function verificationSnippet(doc: string): string {
  const marker = doc.indexOf('<!-- webhook-verification:');
  if (marker < 0) throw new Error('docs/integrations.md has no webhook-verification marker');
  const fence = /```js\n([\s\S]*?)```/.exec(doc.slice(marker));
  if (!fence) throw new Error('no ```js block after the webhook-verification marker');
  return fence[1];
}

/** Collects the child's output lines; `waitForLine` waits, bounded, for one matching. */
function lineReader(child: ChildProcessWithoutNullStreams) {
  const lines: string[] = [];
  let buffered = '';
  child.stdout.on('data', (chunk: Buffer) => {
    buffered += chunk.toString('utf8');
    const parts = buffered.split('\n');
    buffered = parts.pop() ?? '';
    lines.push(...parts);
  });
  return {
    lines,
    async waitForLine(pattern: RegExp, timeoutMs = 15_000): Promise<RegExpExecArray> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        for (const line of lines) {
          const match = pattern.exec(line);
          if (match) return match;
        }
        if (Date.now() > deadline) throw new Error(`no line matching ${pattern} in ${JSON.stringify(lines)}`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
  };
}

describe('docs/integrations.md: the webhook verification snippet', () => {
  let fixture: WorkflowFixture;
  let receiver: ChildProcessWithoutNullStreams;
  let dir: string;

  beforeAll(async () => {
    fixture = await startWorkflow({ config: { webhooks: { allowPrivateAddresses: true } } });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nysa-receiver-'));
  });
  afterAll(async () => {
    receiver?.kill();
    await fixture.app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('a receiver on 127.0.0.1 gets document.approved signed and verifies it; a forged signature is refused', async () => {
    const script = path.join(dir, 'receiver.js');
    fs.writeFileSync(script, verificationSnippet(fs.readFileSync(path.join(__dirname, '../../../docs/integrations.md'), 'utf8')));
    receiver = spawn(process.execPath, [script], { env: { ...process.env, NYSA_WEBHOOK_SECRET: WEBHOOK_SECRET, PORT: '0' } });
    const output = lineReader(receiver);
    const port = Number((await output.waitForLine(/^listening on (\d+)$/))[1]);

    const webhookId = await registerWebhook(fixture, `http://127.0.0.1:${port}/nysa`, ['document.approved']);
    const { segmentIds } = await translatedDocument(fixture);
    await approveAll(fixture, segmentIds);

    const verified = await output.waitForLine(/^verified (\S+) (\S+)$/);
    await fixture.app.webhooks.idle();
    const [delivery] = (await fixture.app.store.webhooks.listDeliveries(webhookId, 0, 1)).items;
    expect([verified[1], verified[2]]).toEqual(['document.approved', delivery.id]);
    expect(delivery.attempts.map((attempt) => attempt.statusCode)).toEqual([204]);

    const body = delivery.payload;
    const forged = await fetch(`http://127.0.0.1:${port}/nysa`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-nysa-delivery': 'forged-1', 'x-nysa-signature': `t=${Math.floor(Date.now() / 1000)},v1=${'0'.repeat(64)}` },
      body,
    });
    expect(forged.status).toBe(401);
    await output.waitForLine(/^rejected a request with a wrong signature$/);
    expect(output.lines.filter((line) => line.startsWith('verified'))).toHaveLength(1);
  });
});
