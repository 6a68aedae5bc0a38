import type { Config } from '../../server/config';
import {
  createDeeplTranslator,
  createDisabledTranslator,
  createMachineTranslator,
} from '../../server/integrations/deepl';
import { MtFailure, type MachineTranslator, type TranslateOptions } from '../../server/ports/machineTranslator';
import { startFakeDeepl, type FakeDeepl } from '../support/fakeDeepl';

const deToPl: TranslateOptions = { sourceLang: 'de', targetLang: 'pl', formality: 'default', glossaryId: null };

async function failureOf(promise: Promise<unknown>): Promise<MtFailure> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof MtFailure) return error;
    throw error;
  }
  throw new Error('expected an MtFailure, but the call succeeded');
}

describe('DeepL machine translator', () => {
  let fake: FakeDeepl;
  let translator: MachineTranslator;

  beforeEach(async () => {
    fake = await startFakeDeepl();
    translator = createDeeplTranslator({ authKey: fake.authKey, serverUrl: fake.url });
  });

  afterEach(async () => {
    await fake.close();
  });

  it('is configured', () => {
    expect(translator.configured).toBe(true);
  });

  it('translates a batch in one request, in order, with the billed characters of each text', async () => {
    const result = await translator.translate(['Guten Tag.', 'Wie geht es Ihnen?', 'Straße'], deToPl);

    expect(result).toEqual([
      { text: 'PL: Guten Tag.', billedCharacters: 10 },
      { text: 'PL: Wie geht es Ihnen?', billedCharacters: 18 },
      { text: 'PL: Straße', billedCharacters: 6 },
    ]);
    expect(fake.stats.translateRequests).toBe(1);
    expect(fake.stats.batches).toEqual([['Guten Tag.', 'Wie geht es Ihnen?', 'Straße']]);
    expect(fake.stats.billedCharacters).toBe(34);
  });

  it('sends source de, target pl, tag_handling xml and no formality or glossary by default', async () => {
    await translator.translate(['Hallo'], deToPl);

    expect(fake.stats.params).toEqual([
      { source_lang: 'de', target_lang: 'pl', formality: null, glossary_id: null, tag_handling: 'xml' },
    ]);
  });

  it('passes formality "more" and the glossary id when given', async () => {
    await translator.translate(['Hallo'], { ...deToPl, formality: 'more', glossaryId: 'gl-123' });

    expect(fake.stats.params).toEqual([
      { source_lang: 'de', target_lang: 'pl', formality: 'more', glossary_id: 'gl-123', tag_handling: 'xml' },
    ]);
  });

  it('passes prefer_less through unchanged', async () => {
    await translator.translate(['Hallo'], { ...deToPl, formality: 'prefer_less' });

    expect(fake.stats.params[0]!.formality).toBe('prefer_less');
  });

  it('sends XML tags as they are and returns them as DeepL placed them', async () => {
    const movingFake = await startFakeDeepl({
      translate: (text) => text.replace('<g id="1">fett</g> Text', 'Tekst <g id="1">pogrubiony</g>'),
    });
    try {
      const moving = createDeeplTranslator({ authKey: movingFake.authKey, serverUrl: movingFake.url });
      const result = await moving.translate(['<g id="1">fett</g> Text', 'Bild <x id="2"/> hier'], deToPl);

      expect(result).toEqual([
        { text: 'Tekst <g id="1">pogrubiony</g>', billedCharacters: 23 },
        { text: 'Bild <x id="2"/> hier', billedCharacters: 21 },
      ]);
      expect(movingFake.stats.texts).toEqual(['<g id="1">fett</g> Text', 'Bild <x id="2"/> hier']);
      expect(movingFake.stats.params[0]!.tag_handling).toBe('xml');
    } finally {
      await movingFake.close();
    }
  });

  it('keeps tags with the default fake translation', async () => {
    expect(await translator.translate(['<g id="1">fett</g> Text'], deToPl)).toEqual([
      { text: 'PL: <g id="1">fett</g> Text', billedCharacters: 23 },
    ]);
  });

  it('returns [] for no texts without sending a request', async () => {
    expect(await translator.translate([], deToPl)).toEqual([]);
    expect(fake.stats.requests).toBe(0);
  });

  it('returns empty texts as empty, unbilled and unsent, keeping the order', async () => {
    expect(await translator.translate(['', 'Eins.', ''], deToPl)).toEqual([
      { text: '', billedCharacters: 0 },
      { text: 'PL: Eins.', billedCharacters: 5 },
      { text: '', billedCharacters: 0 },
    ]);
    expect(fake.stats.batches).toEqual([['Eins.']]);

    fake.reset();
    expect(await translator.translate([''], deToPl)).toEqual([{ text: '', billedCharacters: 0 }]);
    expect(fake.stats.requests).toBe(0);
  });

  it('rejects more than 50 texts as bad_request without sending a request', async () => {
    const failure = await failureOf(translator.translate(Array.from({ length: 51 }, (_, i) => `Satz ${i}.`), deToPl));

    expect(failure.kind).toBe('bad_request');
    expect(failure.message).toBe('DeepL: at most 50 texts per request, got 51');
    expect(fake.stats.requests).toBe(0);
  });

  it('translates exactly 50 texts in one request', async () => {
    const texts = Array.from({ length: 50 }, (_, i) => `Satz ${i}.`);
    const result = await translator.translate(texts, deToPl);

    expect(result.map((r) => r.text)).toEqual(texts.map((t) => `PL: ${t}`));
    expect(fake.stats.translateRequests).toBe(1);
  });

  describe('failures', () => {
    it.each([
      [403, 'auth_failed', false, 'DeepL: Authorization failure, check auth_key, message: Authorization failed. Please supply a valid auth_key parameter.'],
      [456, 'quota_exceeded', false, 'DeepL: Quota for this billing period has been exceeded, message: Quota exceeded. The character limit has been reached.'],
      [429, 'rate_limited', true, 'DeepL: Too many requests, DeepL servers are currently experiencing high load, message: Too many requests. Please wait and resend your request.'],
      [500, 'unavailable', true, 'DeepL: Unexpected status code: 500 Internal Server Error, message: Internal server error, content: {"message":"Internal server error"}'],
      [503, 'unavailable', true, 'DeepL: Service unavailable, message: Service temporarily unavailable'],
    ] as const)('maps HTTP %i to %s (retryable: %s) after exactly one request', async (status, kind, retryable, message) => {
      fake.failNext(status);

      const failure = await failureOf(translator.translate(['Guten Tag.'], deToPl));

      expect(failure).toBeInstanceOf(MtFailure);
      expect(failure.kind).toBe(kind);
      expect(failure.retryable).toBe(retryable);
      expect(failure.message).toBe(message);
      expect(fake.stats.requests).toBe(1);
      expect(fake.stats.translateRequests).toBe(1);
      expect(fake.stats.billedCharacters).toBe(0);
    });

    it('maps a wrong auth key to auth_failed', async () => {
      const wrongKey = createDeeplTranslator({ authKey: 'wrong-key:fx', serverUrl: fake.url });

      const failure = await failureOf(wrongKey.translate(['Hallo'], deToPl));

      expect(failure.kind).toBe('auth_failed');
      expect(failure.retryable).toBe(false);
      expect(fake.stats.requests).toBe(1);
    });

    it('maps a 400 from DeepL to bad_request', async () => {
      fake.failNext(400);

      const failure = await failureOf(translator.translate(['Hallo'], deToPl));

      expect(failure.kind).toBe('bad_request');
      expect(failure.retryable).toBe(false);
      expect(failure.message).toBe('DeepL: Bad request, message: Bad request. Reason: Value for parameter is not supported.');
      expect(fake.stats.translateRequests).toBe(1);
    });

    it('maps a 404 (a wrong server URL path) to bad_request', async () => {
      const misdirected = createDeeplTranslator({ authKey: fake.authKey, serverUrl: `${fake.url}/nowhere` });

      const failure = await failureOf(misdirected.translate(['Hallo'], deToPl));

      expect(failure.kind).toBe('bad_request');
      expect(failure.message).toBe('DeepL: Not found, message: Not found: POST /nowhere/v2/translate');
    });

    it('maps a refused connection to unavailable', async () => {
      const url = fake.url;
      await fake.close();
      const offline = createDeeplTranslator({ authKey: 'test-key:fx', serverUrl: url });

      const failure = await failureOf(offline.translate(['Hallo'], deToPl));

      expect(failure.kind).toBe('unavailable');
      expect(failure.retryable).toBe(true);
      expect(failure.message).toMatch(/^DeepL: Connection failure: .*ECONNREFUSED/);
    });

    it('maps a timeout to unavailable', async () => {
      fake.delay(5_000);
      const impatient = createDeeplTranslator({ authKey: fake.authKey, serverUrl: fake.url, timeoutMs: 100 });

      const failure = await failureOf(impatient.translate(['Hallo'], deToPl));

      expect(failure.kind).toBe('unavailable');
      expect(failure.message).toMatch(/^DeepL: Connection failure: timeout of \d+ms exceeded$/);
      expect(fake.stats.translateRequests).toBe(1);
    });

    it('succeeds on the next call after a failure (no state kept)', async () => {
      fake.failNext(429);
      await failureOf(translator.translate(['Hallo'], deToPl));

      expect(await translator.translate(['Hallo'], deToPl)).toEqual([{ text: 'PL: Hallo', billedCharacters: 5 }]);
      expect(fake.stats.translateRequests).toBe(2);
    });
  });
});

describe('disabled machine translator', () => {
  it('is not configured and says so when asked to translate', async () => {
    const translator = createDisabledTranslator();

    expect(translator.configured).toBe(false);
    const failure = await failureOf(translator.translate(['Hallo'], deToPl));
    expect(failure.kind).toBe('auth_failed');
    expect(failure.retryable).toBe(false);
    expect(failure.message).toBe('machine translation is not configured (DEEPL_AUTH_KEY is not set)');
  });
});

describe('createMachineTranslator', () => {
  const config = (deeplAuthKey: string | null, deeplServerUrl: string | null): Config =>
    ({ deeplAuthKey, deeplServerUrl }) as Config;

  it('is disabled when no DeepL key is configured', () => {
    expect(createMachineTranslator(config(null, null)).configured).toBe(false);
  });

  it('talks to DEEPL_SERVER_URL with DEEPL_AUTH_KEY when configured', async () => {
    const fake = await startFakeDeepl({ authKey: 'configured-key' });
    try {
      const translator = createMachineTranslator(config('configured-key', fake.url));

      expect(translator.configured).toBe(true);
      expect(await translator.translate(['Hallo'], deToPl)).toEqual([{ text: 'PL: Hallo', billedCharacters: 5 }]);
      expect(fake.stats.translateRequests).toBe(1);
    } finally {
      await fake.close();
    }
  });
});
