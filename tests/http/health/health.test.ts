// GET /health
import { createDeeplTranslator } from '../../../server/integrations/deepl';
import { startTestApp } from '../../support/testApp';

describe('GET /health', () => {
  test('answers without authentication, naming the store and that MT is off', async () => {
    const app = await startTestApp();
    try {
      const response = await app.request('GET', '/health');
      expect([response.status, response.body]).toEqual([200, { status: 'ok', store: 'sqlite', mt: { configured: false } }]);
    } finally {
      await app.close();
    }
  });

  test('reports MT as configured when a DeepL key is set', async () => {
    const app = await startTestApp({ translator: createDeeplTranslator({ authKey: 'test-key:fx', serverUrl: 'http://127.0.0.1:9' }) });
    try {
      expect((await app.request('GET', '/health')).body.mt).toEqual({ configured: true });
    } finally {
      await app.close();
    }
  });
});
