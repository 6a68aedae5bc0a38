import { startFakeDeepl, type FakeDeepl } from './fakeDeepl';

interface Answer {
  status: number;
  body: unknown;
}

async function call(
  fake: FakeDeepl,
  path: string,
  init: { method?: string; body?: string; contentType?: string; authKey?: string | null } = {},
): Promise<Answer> {
  const headers: Record<string, string> = {};
  const key = init.authKey === undefined ? fake.authKey : init.authKey;
  if (key !== null) headers.Authorization = `DeepL-Auth-Key ${key}`;
  if (init.body !== undefined) headers['Content-Type'] = init.contentType ?? 'application/x-www-form-urlencoded';
  const response = await fetch(`${fake.url}${path}`, { method: init.method ?? 'POST', headers, body: init.body });
  return { status: response.status, body: await response.json() };
}

const form = (entries: [string, string][]): string => new URLSearchParams(entries).toString();

const translateForm = (...texts: string[]): string =>
  form([['target_lang', 'pl'], ['source_lang', 'de'], ['show_billed_characters', '1'], ...texts.map((t): [string, string] => ['text', t])]);

describe('fake DeepL server', () => {
  let fake: FakeDeepl;

  beforeEach(async () => {
    fake = await startFakeDeepl();
  });

  afterEach(async () => {
    await fake.close();
  });

  it('listens on 127.0.0.1 and expects the key test-key:fx by default', () => {
    expect(fake.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(fake.authKey).toBe('test-key:fx');
  });

  it('translates repeated form `text` fields in order, prefixing PL: and keeping tags', async () => {
    const answer = await call(fake, '/v2/translate', { body: translateForm('Guten Tag.', '<g id="1">fett</g> Text') });

    expect(answer).toEqual({
      status: 200,
      body: {
        translations: [
          { detected_source_language: 'DE', text: 'PL: Guten Tag.', billed_characters: 10 },
          { detected_source_language: 'DE', text: 'PL: <g id="1">fett</g> Text', billed_characters: 23 },
        ],
      },
    });
  });

  it('records requests, texts, batches, params and billed characters', async () => {
    await call(fake, '/v2/translate', { body: translateForm('Eins.', 'Zwei.') });
    await call(fake, '/v2/translate', {
      body: form([
        ['target_lang', 'pl'],
        ['source_lang', 'de'],
        ['formality', 'more'],
        ['glossary_id', 'gl-7'],
        ['tag_handling', 'xml'],
        ['text', 'Straße'],
      ]),
    });

    expect(fake.stats).toEqual({
      requests: 2,
      translateRequests: 2,
      failedTranslateRequests: 0,
      billedCharacters: 16,
      texts: ['Eins.', 'Zwei.', 'Straße'],
      batches: [['Eins.', 'Zwei.'], ['Straße']],
      params: [
        { source_lang: 'de', target_lang: 'pl', formality: null, glossary_id: null, tag_handling: null },
        { source_lang: 'de', target_lang: 'pl', formality: 'more', glossary_id: 'gl-7', tag_handling: 'xml' },
      ],
    });
  });

  it('omits billed_characters when they are not asked for, but still counts them', async () => {
    const answer = await call(fake, '/v2/translate', { body: form([['target_lang', 'pl'], ['text', 'Hallo']]) });

    expect(answer.body).toEqual({ translations: [{ detected_source_language: 'DE', text: 'PL: Hallo' }] });
    expect(fake.stats.billedCharacters).toBe(5);
  });

  it('accepts a JSON body with a text array', async () => {
    const answer = await call(fake, '/v2/translate', {
      body: JSON.stringify({ target_lang: 'pl', source_lang: 'de', text: ['A', 'B'], show_billed_characters: true }),
      contentType: 'application/json',
    });

    expect(answer.body).toEqual({
      translations: [
        { detected_source_language: 'DE', text: 'PL: A', billed_characters: 1 },
        { detected_source_language: 'DE', text: 'PL: B', billed_characters: 1 },
      ],
    });
    expect(fake.stats.batches).toEqual([['A', 'B']]);
  });

  it('uses a custom translate function with the request params', async () => {
    const custom = await startFakeDeepl({
      translate: (text, params) => `${params.target_lang}:${text.replace('<x id="1"/>', '')}<x id="1"/>`,
    });
    try {
      const answer = await call(custom, '/v2/translate', { body: translateForm('a <x id="1"/> b') });
      expect(answer.body).toEqual({
        translations: [{ detected_source_language: 'DE', text: 'pl:a  b<x id="1"/>', billed_characters: 15 }],
      });
    } finally {
      await custom.close();
    }
  });

  it('answers 403 for a wrong or missing key, without counting a translate request', async () => {
    const wrong = await call(fake, '/v2/translate', { body: translateForm('Hallo'), authKey: 'other:fx' });
    const missing = await call(fake, '/v2/translate', { body: translateForm('Hallo'), authKey: null });

    expect(wrong).toEqual({ status: 403, body: { message: 'Authorization failed. Please supply a valid auth_key parameter.' } });
    expect(missing.status).toBe(403);
    expect(fake.stats).toMatchObject({ requests: 2, translateRequests: 0, texts: [], billedCharacters: 0 });
  });

  it('accepts a custom auth key', async () => {
    const custom = await startFakeDeepl({ authKey: 'secret' });
    try {
      expect((await call(custom, '/v2/translate', { body: translateForm('Hallo'), authKey: 'secret' })).status).toBe(200);
      expect((await call(custom, '/v2/translate', { body: translateForm('Hallo'), authKey: 'test-key:fx' })).status).toBe(403);
    } finally {
      await custom.close();
    }
  });

  it('failNext answers the next N translate requests with the status, then translates again', async () => {
    fake.failNext(429, 2);
    fake.failNext(456);

    const statuses: number[] = [];
    const bodies: unknown[] = [];
    for (let i = 0; i < 4; i += 1) {
      const answer = await call(fake, '/v2/translate', { body: translateForm(`Satz ${i}.`) });
      statuses.push(answer.status);
      bodies.push(answer.body);
    }

    expect(statuses).toEqual([429, 429, 456, 200]);
    expect(bodies[0]).toEqual({ message: 'Too many requests. Please wait and resend your request.' });
    expect(bodies[2]).toEqual({ message: 'Quota exceeded. The character limit has been reached.' });
    expect(fake.stats).toMatchObject({
      translateRequests: 4,
      failedTranslateRequests: 3,
      texts: ['Satz 3.'],
      billedCharacters: 7,
    });
  });

  it.each([500, 503, 403] as const)('failNext(%i) answers with that status and a JSON message', async (status) => {
    fake.failNext(status);
    const answer = await call(fake, '/v2/translate', { body: translateForm('Hallo') });
    expect(answer.status).toBe(status);
    expect(answer.body).toEqual({ message: expect.any(String) });
  });

  it('answers 400 for a request without text or target_lang, or with more than 50 texts', async () => {
    const noText = await call(fake, '/v2/translate', { body: form([['target_lang', 'pl']]) });
    const noTarget = await call(fake, '/v2/translate', { body: form([['text', 'Hallo']]) });
    const tooMany = await call(fake, '/v2/translate', {
      body: translateForm(...Array.from({ length: 51 }, (_, i) => `T${i}`)),
    });

    expect(noText).toEqual({ status: 400, body: { message: "Parameter 'text' not specified." } });
    expect(noTarget).toEqual({ status: 400, body: { message: "Value for 'target_lang' not supported." } });
    expect(tooMany).toEqual({ status: 400, body: { message: 'Too many texts: at most 50 per request.' } });
    expect(fake.stats.texts).toEqual([]);
  });

  it('delay holds each translate response for the given time', async () => {
    fake.delay(150);
    const started = Date.now();
    const answer = await call(fake, '/v2/translate', { body: translateForm('Hallo') });

    expect(answer.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    // The text is billed on arrival, before the held answer is sent.
    expect(fake.stats.texts).toEqual(['Hallo']);
  });

  it('records a held request on arrival and closes without waiting for it', async () => {
    fake.delay(10_000);
    const pending = call(fake, '/v2/translate', { body: translateForm('Unterwegs.') }).catch((error: unknown) => error);
    while (fake.stats.translateRequests === 0) await new Promise((resolve) => setTimeout(resolve, 5));

    expect(fake.stats.texts).toEqual(['Unterwegs.']);
    const started = Date.now();
    await fake.close();
    expect(Date.now() - started).toBeLessThan(1000);
    // fetch's TypeError comes from another realm than jest's Error, hence no toBeInstanceOf.
    expect(await pending).toMatchObject({ name: 'TypeError', message: 'fetch failed' });
  });

  it('reset empties the stats and drops pending failures and the delay', async () => {
    await call(fake, '/v2/translate', { body: translateForm('Hallo') });
    fake.failNext(500, 3);
    fake.delay(5_000);

    fake.reset();
    const answer = await call(fake, '/v2/translate', { body: translateForm('Neu') });

    expect(answer.status).toBe(200);
    expect(fake.stats).toEqual({
      requests: 1,
      translateRequests: 1,
      failedTranslateRequests: 0,
      billedCharacters: 3,
      texts: ['Neu'],
      batches: [['Neu']],
      params: [{ source_lang: 'de', target_lang: 'pl', formality: null, glossary_id: null, tag_handling: null }],
    });
  }, 3000);

  it('reports usage on GET /v2/usage', async () => {
    await call(fake, '/v2/translate', { body: translateForm('Guten Tag.') });
    const answer = await call(fake, '/v2/usage', { method: 'GET' });

    expect(answer).toEqual({ status: 200, body: { character_count: 10, character_limit: 500000 } });
    expect((await call(fake, '/v2/usage', { method: 'GET', authKey: 'nope' })).status).toBe(403);
  });

  it('answers 404 JSON for unknown paths', async () => {
    const answer = await call(fake, '/v3/glossaries', { method: 'GET' });
    expect(answer).toEqual({ status: 404, body: { message: 'Not found: GET /v3/glossaries' } });
  });
});
