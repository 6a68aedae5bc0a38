// Keys no store can hold are refused at the edge with 400 invalid_key, before any store sees them: a
// NUL byte is accepted by SQLite's JSON but is a BSON error on MongoDB (a 500), and a leading "$" is an
// operator there. The project's rules stay as they were.
import { startWorkflow, type WorkflowFixture } from '../../support/workflow';

describe('user-keyed maps over HTTP: keys a store cannot hold', () => {
  let fixture: WorkflowFixture;
  beforeAll(async () => {
    fixture = await startWorkflow();
  });
  afterAll(async () => fixture?.app.close());

  const put = (rules: unknown, language = 'en') =>
    fixture.app.request('PUT', `/api/projects/${fixture.projectId}/segmentation`, {
      token: fixture.coordinator.token,
      body: { rules },
      headers: { 'accept-language': language },
    });
  const stored = async () =>
    (await fixture.app.request('GET', `/api/projects/${fixture.projectId}/segmentation`, { token: fixture.coordinator.token })).body.rules;

  test.each([
    ['a NUL byte', 'Vorh\u0000.', 'a key may not contain a NUL character'],
    ['a NUL byte alone', '\u0000', 'a key may not contain a NUL character'],
    ['a leading $', '$where', 'a key may not start with "$"'],
    ['a lone surrogate', 'Abk\ud800.', 'a key may not hold invalid Unicode (a lone surrogate)'],
  ])('a segmentation abbreviation with %s is 400 invalid_key and changes nothing', async (_name, key, message) => {
    const before = await stored();
    const response = await put({ de: { abbreviations: { 'Nr.': 'before_number', [key]: 'never_ends' } } });
    expect([response.status, response.body.error, response.body.details]).toEqual([
      400,
      'invalid_key',
      { issues: [{ path: `rules.de.abbreviations.${key}`, message }] },
    ]);
    expect(await stored()).toEqual(before);
  });

  test('the message is localized in German, Polish and English', async () => {
    const messages = [];
    for (const language of ['de', 'pl', 'en']) messages.push((await put({ pl: { abbreviations: { $x: 'may_end' } } }, language)).body.message);
    expect(messages).toEqual([
      'Ein als Schlüssel verwendeter Name (zum Beispiel eine Abkürzung) enthält ein Zeichen, das nicht gespeichert werden kann: ein NUL-Zeichen, ein „$“ am Anfang oder ungültiges Unicode.',
      'Nazwa użyta jako klucz (na przykład skrót) zawiera znak, którego nie można zapisać: znak NUL, „$” na początku lub nieprawidłowy Unicode.',
      'A name used as a key (for example an abbreviation) contains a character that cannot be stored: a NUL character, a leading “$” or invalid Unicode.',
    ]);
  });

  test('abbreviations with dots, inner "$" and emoji are stored and read back exactly', async () => {
    const rules = { de: { abbreviations: { 'z. B.': 'never_ends', 'US$.': 'before_number', 'Dipl.-Ing.': 'never_ends' } }, pl: { abbreviations: { '👍.': 'may_end' } } };
    const saved = await put(rules);
    expect([saved.status, saved.body.rules]).toEqual([200, rules]);
    expect(await stored()).toEqual(rules);
  });
});
