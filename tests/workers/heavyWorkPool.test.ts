// HeavyWork on worker threads: large inputs are handled on a thread with the same result as inline,
// small ones inline; errors come back as the domain threw them; the event loop keeps turning meanwhile.
import { germanText } from '../../scripts/bench/germanText';
import { glossaryCsv, glossaryTbx } from '../../scripts/bench/heavyInputs';
import { draftAlignment } from '../../server/domain/alignment/draft';
import { draftDocument } from '../../server/domain/documents/draft';
import { alignRevision, countAlignment } from '../../server/domain/revisions/align';
import { writeBilingualDocx } from '../../server/domain/formats/docx';
import { writeXliff12 } from '../../server/domain/formats/xliff';
import { SegmentState } from '../../server/domain/workflow/states';
import { readGlossaryFile } from '../../server/domain/glossary/files';
import { RESULT_PART_CHARS, RESULT_PART_ITEMS, resultParts, textCharsOf } from '../../server/workers/pool';
import { InvalidInput } from '../../server/domain/errors';
import { GlossaryFileError } from '../../server/domain/glossary/fileErrors';
import { createHeavyWorkPool, type HeavyWorkPool } from '../../server/workers/heavyWorkPool';
import { measureStalls } from '../support/eventLoopGuard';
import { fixtureBytes } from '../support/upload';

describe('createHeavyWorkPool', () => {
  let pool: HeavyWorkPool;
  beforeEach(() => {
    pool = createHeavyWorkPool({ threads: 1, minInputSize: 1000 });
  });
  afterEach(async () => {
    await pool.close();
  });

  test('a large document is drafted on a worker thread, exactly as inline, while the event loop keeps turning', async () => {
    const content = germanText(3000).content;
    const input = { format: 'text' as const, content, lang: 'de' as const };
    const started = performance.now();
    const { result, ticks, maxStallMs } = await measureStalls(() => pool.run('draftDocument', input));
    const took = performance.now() - started;

    expect(pool.threads).toBe(1);
    expect(result).toEqual(draftDocument(input));
    expect(result.segments).toHaveLength(3000);
    // Structural, not a timing: the loop ran throughout instead of waiting for one block of work.
    expect(ticks).toBeGreaterThan(1);
    expect(maxStallMs).toBeLessThan(took);
  });

  test('a large document’s exports are written on the thread exactly as inline: XLIFF text, and a Word file’s bytes as bytes', async () => {
    const rows = Array.from({ length: 300 }, (_, i) => ({ id: String(i + 1), source: `Absatz ${i + 1} beschreibt das Projekt.`, target: `Akapit ${i + 1} opisuje projekt.`, state: 'Przetłumaczony' }));
    const table = { title: 'Smart Integration', sourceLang: 'de' as const, targetLang: 'pl' as const, rows };
    const docx = await pool.run('writeBilingualDocx', table);
    expect(docx).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(docx)).toEqual(Buffer.from(writeBilingualDocx(table)));

    const doc = {
      documentId: 'document-1',
      title: 'Smart Integration',
      sourceLang: 'de' as const,
      targetLang: 'pl' as const,
      segments: rows.map((row, i) => ({ id: `s${i}`, index: i, source: row.source, target: row.target, state: SegmentState.Translated, locked: false, version: 2, tags: [], qaIssues: [] })),
    };
    expect(await pool.run('writeXliff12', doc)).toBe(writeXliff12(doc));
    expect(pool.threads).toBe(1);
  });

  test('a glossary file whose terms come back in several parts reads exactly as inline, CSV and TBX', async () => {
    const rows = RESULT_PART_ITEMS + 17;
    const csv = glossaryCsv(rows);
    const fromCsv = await pool.run('readGlossaryFile', { format: 'csv', content: csv });
    expect(fromCsv).toEqual(readGlossaryFile('csv', csv));
    expect(fromCsv.terms).toHaveLength(rows);
    expect(fromCsv.terms[rows - 1]).toMatchObject({ de: `Förderbescheid ${rows - 1}`, pl: `decyzja o dofinansowaniu ${rows - 1}` });

    const tbx = glossaryTbx(30_000);
    const fromTbx = await pool.run('readGlossaryFile', { format: 'tbx', content: tbx });
    expect(fromTbx).toEqual(readGlossaryFile('tbx', tbx));
    expect(pool.threads).toBe(1);
  });

  test('an alignment of long texts, one holding a 40,000-character word, is drafted on the thread exactly as inline', async () => {
    const word = 'Grenzraum'.repeat(4445).slice(0, 40_000);
    const input = {
      format: 'text' as const,
      de: `${germanText(200, 4).content}\n\nEin Wort: ${word}. Ende.`,
      pl: `${'Powiat zgorzelecki wspiera stowarzyszenia. '.repeat(200)}\n\nJedno słowo: ${word}. Koniec.`,
    };
    const draft = await pool.run('draftAlignment', input);
    expect(draft).toEqual(draftAlignment(input));
    // The word's sentence (40,011 characters) is cut at every 5,000 (MAX_SENTENCE_CHARS): nine segments.
    expect(draft.deSentences).toHaveLength(210);
    expect(draft.deSentences.slice(200, 209).join('')).toBe(`Ein Wort: ${word}.`);
    expect(draft.deSentences.slice(200, 209).map((sentence) => sentence.length)).toEqual([5_000, 5_000, 5_000, 5_000, 5_000, 5_000, 5_000, 5_000, 11]);
    expect(pool.threads).toBe(1);
  });

  test('a new version of a large document is aligned with the old on the thread exactly as inline, its pairs coming in parts', async () => {
    const oldKeys = Array.from({ length: 3 * RESULT_PART_ITEMS }, (_, i) => `Im Jahr ${2000 + (i % 20)} förderte der Landkreis ${i} Vereine.`);
    const newKeys = [...oldKeys];
    newKeys[10] = 'Im Jahr 2010 förderte der Landkreis 10 Vereine und Schulen.'; // changed
    newKeys.splice(20, 1); // removed
    newKeys.splice(30, 0, 'Ein ganz neuer Satz über die Neiße.'); // new
    const alignment = await pool.run('alignRevision', { oldKeys, newKeys });

    expect(alignment).toEqual(alignRevision(oldKeys, newKeys));
    expect(countAlignment(alignment)).toEqual({ unchanged: 3 * RESULT_PART_ITEMS - 2, changed: 1, new: 1, removed: 1 });
    expect(alignment.pairs[10]).toEqual({ newIndex: 10, oldIndex: 10, kind: 'changed', similarity: expect.any(Number) });
    expect(pool.threads).toBe(1);
  });

  test('a document of few long segments comes back in parts by characters, exactly as inline', async () => {
    // 300 lines of 4,000 characters: 300 segments (under RESULT_PART_ITEMS), 2.4 MB of source and key text.
    const content = Array.from({ length: 300 }, (_, i) => `${i} ${'Der Landkreis fördert Vereine und Schulen '.repeat(95)}`.slice(0, 4_000)).join('\n');
    const input = { format: 'text' as const, content, lang: 'de' as const };
    const draft = await pool.run('draftDocument', input);

    const parts = resultParts(draftDocument(input).segments);
    expect(parts.length).toBe(3);
    expect(parts.every((part) => part.reduce((chars, segment) => chars + textCharsOf(segment), 0) <= RESULT_PART_CHARS)).toBe(true);
    expect(draft).toEqual(draftDocument(input));
    expect(draft.segments).toHaveLength(300);
  });

  test('a Word file goes to the thread as bytes and is drafted exactly as inline, title and locked Polish notes included', async () => {
    const input = { format: 'docx' as const, content: fixtureBytes('docx/smart-integration.docx'), lang: 'de' as const };
    const draft = await pool.run('draftDocument', input);

    expect(pool.threads).toBe(1);
    expect(draft).toEqual(draftDocument(input));
    expect(draft.title).toBe('4. Treffen des Projektteams');
    expect(draft.segments).toHaveLength(15);
    expect(draft.segments.filter((s) => s.locked).map((s) => s.lang)).toEqual(['pl', 'pl']);

    const bomb = await pool.run('draftDocument', { ...input, content: fixtureBytes('docx/bad-zip-bomb.docx') }).catch((e: unknown) => e);
    expect(bomb).toBeInstanceOf(InvalidInput);
    expect(bomb).toMatchObject({ code: 'zip_too_large', details: { reason: 'entry word/media/bomb.bin inflates 1024 times', entry: 'word/media/bomb.bin', limit: 200 } });
  });

  test('an input below the size threshold is handled inline: no thread starts', async () => {
    const draft = await pool.run('draftDocument', { format: 'markdown', content: '# Treffen\n\nDas 4. Treffen fand statt.', lang: 'de' });
    expect(draft.segments.map((s) => [s.source, s.kind, s.sourceKey])).toEqual([
      ['Treffen', 'heading', 'Treffen'],
      ['Das 4. Treffen fand statt.', 'paragraph', 'Das 4. Treffen fand statt.'],
    ]);
    expect(pool.threads).toBe(0);
  });

  test('a domain error thrown on the thread arrives with its class, code, params and details', async () => {
    const rows = ['de,pl', ...Array.from({ length: 200 }, (_, i) => `Begriff ${i},termin ${i}`), 'Grenzraum,pogranicze,zu viel'];
    const error = await pool.run('readGlossaryFile', { format: 'csv', content: rows.join('\n') }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(GlossaryFileError);
    expect(error).toBeInstanceOf(InvalidInput);
    expect(error).toMatchObject({ code: 'invalid_csv', params: { line: 202 }, details: { line: 202, reason: '3 fields, but the header has 2' }, line: 202 });
    expect((error as Error).message).toBe('CSV file, line 202: 3 fields, but the header has 2');

    const empty = await pool.run('draftDocument', { format: 'text', content: ' '.repeat(2000), lang: 'de' }).catch((e: unknown) => e);
    expect(empty).toBeInstanceOf(InvalidInput);
    expect(empty).toMatchObject({ code: 'empty_document' });
  });

  test('tasks sent together wait their turn on the one thread and each gets its own answer', async () => {
    const texts = [germanText(100, 1).content, germanText(120, 2).content, germanText(140, 3).content];
    const drafts = await Promise.all(texts.map((content) => pool.run('draftDocument', { format: 'text', content, lang: 'de' })));
    expect(drafts.map((d) => d.segments.length)).toEqual([100, 120, 140]);
    expect(pool.threads).toBe(1);
  });

  test('a closed pool refuses work', async () => {
    await pool.close();
    await expect(pool.run('draftDocument', { format: 'text', content: 'x'.repeat(5000), lang: 'de' })).rejects.toThrow('the worker pool is closed');
  });
});

describe('resultParts: what a thread sends of a long array in one message', () => {
  it('cuts at RESULT_PART_ITEMS items', () => {
    const items = Array.from({ length: 2 * RESULT_PART_ITEMS + 5 }, (_, i) => ({ id: `s${i}`, source: 'Satz.' }));

    expect(resultParts(items).map((part) => part.length)).toEqual([RESULT_PART_ITEMS, RESULT_PART_ITEMS, 5]);
    expect(resultParts(items).flat()).toEqual(items);
  });

  it('cuts at RESULT_PART_CHARS characters of text: the strings of an item, its fields and their arrays', () => {
    // 5,000 + 5,000 + 2 × 10 characters an item: 99 of them fit in 1,000,000 characters, the 100th does not.
    const segment = (i: number) => ({ id: `s${String(i).padStart(8, '0')}`, source: 'x'.repeat(5_000), sourceKey: 'x'.repeat(5_000), index: i, tags: ['t'.repeat(10)] });
    const items = Array.from({ length: 250 }, (_, i) => segment(i));

    expect(RESULT_PART_CHARS).toBe(1_000_000);
    expect(textCharsOf(items[0])).toBe(10_019);
    expect(resultParts(items).map((part) => part.length)).toEqual([99, 99, 52]);
  });

  it('sends an item longer than a part alone, and a short array as one part', () => {
    expect(resultParts(['a', 'b'.repeat(RESULT_PART_CHARS + 1), 'c']).map((part) => part.length)).toEqual([1, 1, 1]);
    expect(resultParts([1, 2, 3])).toEqual([[1, 2, 3]]);
    expect(resultParts([])).toEqual([]);
  });
});
