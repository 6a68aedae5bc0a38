// MachineTranslator.syncGlossary over deepl-node's v3 multilingual glossaries, against the fake DeepL.
import { createDeeplTranslator, createDisabledTranslator } from '../../server/integrations/deepl';
import { MtFailure, type MachineTranslator } from '../../server/ports/machineTranslator';
import { startFakeDeepl, type FakeDeepl } from '../support/fakeDeepl';

const ENTRIES = [
  { source: 'Freistaat Sachsen', target: 'Wolne Państwo Saksonia' },
  { source: 'Grenzraum', target: 'pogranicze' },
];

describe('DeepL glossary sync', () => {
  let fake: FakeDeepl;
  let translator: MachineTranslator;

  beforeEach(async () => {
    fake = await startFakeDeepl();
    translator = createDeeplTranslator({ authKey: fake.authKey, serverUrl: fake.url });
  });
  afterEach(async () => {
    await fake.close();
  });

  it('creates a DE→PL glossary with exactly the entries and returns its id, which translations then carry', async () => {
    const id = await translator.syncGlossary(ENTRIES, null);

    expect(id).toBe('fake-glossary-1');
    expect(fake.glossaryStats.created.map((g) => [g.name, g.dictionaries])).toEqual([
      [
        'Nysa DE-PL',
        [{ source_lang: 'de', target_lang: 'pl', entries: [['Freistaat Sachsen', 'Wolne Państwo Saksonia'], ['Grenzraum', 'pogranicze']] }],
      ],
    ]);
    await translator.translate(['Im Grenzraum.'], { sourceLang: 'de', targetLang: 'pl', formality: 'default', glossaryId: id });
    expect(fake.stats.params[0]!.glossary_id).toBe('fake-glossary-1');
  });

  it('replaces an existing glossary by a new one and deletes the old', async () => {
    const first = await translator.syncGlossary(ENTRIES, null);
    const second = await translator.syncGlossary([{ source: 'Grenzraum', target: 'obszar przygraniczny' }], first);

    expect(second).toBe('fake-glossary-2');
    expect(fake.glossaryStats.deleted).toEqual(['fake-glossary-1']);
    expect([...fake.glossaries.values()].map((g) => g.dictionaries[0]!.entries)).toEqual([[['Grenzraum', 'obszar przygraniczny']]]);
  });

  it('with no entries deletes the existing glossary and returns null; without one it sends nothing', async () => {
    const id = await translator.syncGlossary(ENTRIES, null);

    expect(await translator.syncGlossary([], id)).toBeNull();
    expect(fake.glossaries.size).toBe(0);
    const requests = fake.glossaryStats.requests;
    expect(await translator.syncGlossary([], null)).toBeNull();
    expect(fake.glossaryStats.requests).toBe(requests);
  });

  it('does not mind an old glossary that is already gone', async () => {
    expect(await translator.syncGlossary(ENTRIES, 'deleted-by-hand')).toBe('fake-glossary-1');
    expect(await translator.syncGlossary([], 'deleted-by-hand')).toBeNull();
  });

  it('keeps the new glossary when the old one cannot be deleted; with no entries that failure is thrown', async () => {
    const first = await translator.syncGlossary(ENTRIES, null);
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      fake.failNextGlossary(500, 1, 'DELETE');
      expect(await translator.syncGlossary(ENTRIES.slice(1), first)).toBe('fake-glossary-2');
      expect(warn).toHaveBeenCalledTimes(1);
      fake.failNextGlossary(503, 1, 'DELETE');
      const error = await translator.syncGlossary([], 'fake-glossary-2').catch((e: unknown) => e);
      expect([error instanceof MtFailure, (error as MtFailure).kind]).toEqual([true, 'unavailable']);
      expect([...fake.glossaries.keys()]).toEqual(['fake-glossary-1', 'fake-glossary-2']);
    } finally {
      warn.mockRestore();
    }
  });

  it('turns DeepL errors into MtFailure: 403 auth_failed, 456 quota_exceeded, 503 unavailable', async () => {
    for (const [status, kind] of [[403, 'auth_failed'], [456, 'quota_exceeded'], [503, 'unavailable']] as const) {
      fake.failNextGlossary(status);
      const error = await translator.syncGlossary(ENTRIES, null).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MtFailure);
      expect((error as MtFailure).kind).toBe(kind);
    }
    expect(fake.glossaries.size).toBe(0);
  });

  it('the disabled translator keeps no glossary', async () => {
    expect(await createDisabledTranslator().syncGlossary(ENTRIES, null)).toBeNull();
  });
});
