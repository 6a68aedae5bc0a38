import { Conflict, InvalidInput } from '../../../server/domain/errors';
import { TmIndex, type TmIndexUnit } from '../../../server/domain/tm';

const approved = 'Der Antrag wurde am 31.01.2019 genehmigt.';

function indexOf(units: TmIndexUnit[]): TmIndex {
  const index = new TmIndex();
  for (const unit of units) index.add(unit);
  return index;
}

const memory = (): TmIndex =>
  indexOf([
    { id: 'a', source: approved, target: 'Wniosek został zatwierdzony dnia 31.01.2019.' },
    { id: 'b', source: 'Der Antrag wurde am 31.01.2019 abgelehnt.', target: 'Wniosek został odrzucony dnia 31.01.2019.' },
    { id: 'c', source: 'Die Sitzung findet im Rathaus Görlitz statt.', target: 'Posiedzenie odbędzie się w ratuszu w Görlitz.' },
    { id: 'd', source: 'Der Antrag wurde am 30.01.2019 genehmigt.', target: 'Wniosek został zatwierdzony dnia 30.01.2019.' },
  ]);

const summary = (index: TmIndex, query: string, options = {}) =>
  index.lookup(query, options).map((m) => [m.unitId, m.score, m.band]);

describe('TmIndex.lookup', () => {
  it('returns the exact match first, then fuzzy matches best first, with scores and bands', () => {
    // d: another date, 5 of 65 tenths → 92; b: another word, 10 of 65 → 84; c: below 75.
    expect(summary(memory(), approved)).toEqual([
      ['a', 100, '100'],
      ['d', 92, '85-94'],
      ['b', 84, '75-84'],
    ]);
  });

  it('returns the target and the word diff from the match source to the query', () => {
    const [, d] = memory().lookup(approved);
    expect(d).toEqual({
      unitId: 'd',
      source: 'Der Antrag wurde am 30.01.2019 genehmigt.',
      target: 'Wniosek został zatwierdzony dnia 30.01.2019.',
      score: 92,
      band: '85-94',
      diff: [
        { op: 'equal', text: 'Der Antrag wurde am' },
        { op: 'delete', text: ' 30.01.2019' },
        { op: 'insert', text: ' 31.01.2019' },
        { op: 'equal', text: ' genehmigt.' },
      ],
    });
  });

  it('scores a case difference 95–99 and diffs the changed word', () => {
    const [first] = memory().lookup('der Antrag wurde am 31.01.2019 genehmigt.');
    expect([first.unitId, first.score, first.band]).toEqual(['a', 96, '95-99']);
    expect(first.diff).toEqual([
      { op: 'delete', text: 'Der' },
      { op: 'insert', text: 'der' },
      { op: 'equal', text: ' Antrag wurde am 31.01.2019 genehmigt.' },
    ]);
  });

  it('honours minScore and limit', () => {
    expect(summary(memory(), approved, { minScore: 90 })).toEqual([
      ['a', 100, '100'],
      ['d', 92, '85-94'],
    ]);
    expect(summary(memory(), approved, { limit: 1 })).toEqual([['a', 100, '100']]);
    expect(summary(memory(), approved, { limit: 0 })).toEqual([]);
    expect(summary(memory(), 'Die Sitzung findet im Rathaus Zittau statt.', { minScore: 50 })).toEqual([['c', 86, '85-94']]);
  });

  it('rejects a minScore or limit that is not a number', () => {
    expect(() => memory().lookup(approved, { minScore: Number.NaN })).toThrow(InvalidInput);
    expect(() => memory().lookup(approved, { limit: Number.POSITIVE_INFINITY })).toThrow(InvalidInput);
  });

  it('returns nothing when no unit reaches the threshold, and nothing for an empty query', () => {
    expect(memory().lookup('Ganz etwas anderes steht hier.')).toEqual([]);
    expect(memory().lookup('')).toEqual([]);
  });

  it('finds a query made only of punctuation', () => {
    const index = indexOf([
      { id: 'dots', source: '…', target: '…' },
      { id: 'marks', source: '!!!', target: '!!!' },
    ]);
    expect(summary(index, '!!!')).toEqual([['marks', 100, '100']]);
  });

  it('puts the more recently added unit first when scores tie', () => {
    const index = indexOf([
      { id: 'old', source: approved, target: 'stary' },
      { id: 'new', source: approved, target: 'nowy' },
    ]);
    expect(summary(index, approved)).toEqual([
      ['new', 100, '100'],
      ['old', 100, '100'],
    ]);
  });

  it("marks an exact match whose neighbours' sources match as in-context 101, ranked first", () => {
    const index = indexOf([
      { id: 'here', source: approved, target: 'x', prevSource: 'Sehr geehrte Damen und Herren,', nextSource: null },
      { id: 'elsewhere', source: approved, target: 'y', prevSource: 'Guten Tag,', nextSource: null },
    ]);
    const context = { prevSource: 'Sehr geehrte Damen und Herren,', nextSource: null };
    expect(summary(index, approved, context)).toEqual([
      ['here', 100, '101'],
      ['elsewhere', 100, '100'],
    ]);
    expect(summary(index, approved)).toEqual([
      ['elsewhere', 100, '100'],
      ['here', 100, '100'],
    ]);
    expect(summary(index, approved, { prevSource: 'Sehr geehrte Damen und Herren,' })).toEqual([
      ['elsewhere', 100, '100'],
      ['here', 100, '100'],
    ]);
  });
});

describe('TmIndex add, update and remove', () => {
  it('counts its units', () => {
    expect(memory().size).toBe(4);
    expect(new TmIndex().size).toBe(0);
  });

  it('rejects a second unit with the same id', () => {
    const index = memory();
    expect(() => index.add({ id: 'a', source: 'Neu.', target: 'Nowy.' })).toThrow(Conflict);
    expect(index.size).toBe(4);
  });

  it('update replaces the unit with the same id instead of adding one', () => {
    const index = memory();
    index.update({ id: 'b', source: approved, target: 'Wniosek zatwierdzono dnia 31.01.2019.' });
    expect(index.size).toBe(4);
    expect(summary(index, approved)).toEqual([
      ['b', 100, '100'],
      ['a', 100, '100'],
      ['d', 92, '85-94'],
    ]);
    expect(index.lookup(approved)[0].target).toBe('Wniosek zatwierdzono dnia 31.01.2019.');
    expect(summary(index, 'Der Antrag wurde am 31.01.2019 abgelehnt.')).toEqual([
      ['b', 84, '75-84'],
      ['a', 84, '75-84'],
      ['d', 76, '75-84'],
    ]);
  });

  it('rejects a unit without an id or texts, and an invalid update keeps the old unit', () => {
    const index = memory();
    expect(() => index.add({ id: '', source: 'x', target: 'y' })).toThrow(InvalidInput);
    expect(() => index.update({ id: 'a', source: undefined as unknown as string, target: 'y' })).toThrow(InvalidInput);
    expect(index.size).toBe(4);
    expect(summary(index, approved, { limit: 1 })).toEqual([['a', 100, '100']]);
  });

  it('update adds a unit it does not hold', () => {
    const index = memory();
    index.update({ id: 'e', source: 'Neuer Satz hier.', target: 'Nowe zdanie.' });
    expect(index.size).toBe(5);
    expect(summary(index, 'Neuer Satz hier.')).toEqual([['e', 100, '100']]);
  });

  it('remove drops the unit and says whether there was one', () => {
    const index = memory();
    expect(index.remove('a')).toBe(true);
    expect(index.remove('a')).toBe(false);
    expect(index.size).toBe(3);
    expect(summary(index, approved)).toEqual([
      ['d', 92, '85-94'],
      ['b', 84, '75-84'],
    ]);
    expect(index.scanBest(approved)?.unitId).toBe('d');
  });

  it('keeps matching after most units are removed and the storage is compacted', () => {
    const index = new TmIndex();
    for (let i = 0; i < 3000; i++) index.add({ id: `u${i}`, source: `Vorgang ${i} betrifft die Straße Nummer ${i % 50} in Görlitz.`, target: `t${i}` });
    for (let i = 0; i < 3000; i++) if (i % 3 !== 0) index.remove(`u${i}`);
    expect(index.size).toBe(1000);
    expect(summary(index, 'Vorgang 300 betrifft die Straße Nummer 0 in Görlitz.', { limit: 2 })).toEqual([
      ['u300', 100, '100'],
      ['u2850', 94, '85-94'],
    ]);
    expect(index.lookup('Vorgang 301 betrifft die Straße Nummer 1 in Görlitz.', { limit: 1 })[0].unitId).toBe('u2901');
    index.update({ id: 'u2901', source: 'Ganz anders.', target: 'x' });
    expect(index.lookup('Vorgang 301 betrifft die Straße Nummer 1 in Görlitz.', { limit: 1 })[0].unitId).toBe('u2751');
  });
});
