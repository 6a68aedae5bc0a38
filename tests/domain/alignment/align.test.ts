import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { alignSentences, alignTexts, parseBeadFile, scoreAlignment, type Bead } from '../../../server/domain/alignment';

const FIXTURES = join(__dirname, '../../fixtures/alignment');
const fixtureFiles = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort();
const load = (name: string) => parseBeadFile(readFileSync(join(FIXTURES, name), 'utf8'));

/** Beads without confidences, for exact comparison. */
const shapes = (beads: Bead[]) => beads.map(({ de, pl }) => ({ de, pl }));

/** The 1-1 gold of n identical sentences with Polish [start, start+count) dropped (German left alone). */
function goldWithout(n: number, m: number, start: number, count: number): { de: number[]; pl: number[] }[] {
  const gold: { de: number[]; pl: number[] }[] = [];
  for (let i = 0; i < n; i++) {
    if (i >= start && i < start + count) gold.push({ de: [i], pl: [] });
    else gold.push({ de: [i], pl: [i < start ? i : i - count] });
  }
  expect(m - count).toBe(gold.filter((b) => b.pl.length).length);
  return gold;
}

/** Every sentence of both sides exactly once, in order, in beads of the five allowed shapes. */
function expectWellFormed(beads: Bead[], n: number, m: number): void {
  expect(beads.flatMap((b) => b.de)).toEqual(Array.from({ length: n }, (_, i) => i));
  expect(beads.flatMap((b) => b.pl)).toEqual(Array.from({ length: m }, (_, j) => j));
  for (const bead of beads) {
    expect(['1-1', '1-2', '2-1', '1-0', '0-1']).toContain(`${bead.de.length}-${bead.pl.length}`);
    expect(bead.confidence).toBeGreaterThanOrEqual(0);
    expect(bead.confidence).toBeLessThanOrEqual(1);
  }
}

describe('alignSentences', () => {
  it('pairs sentences one to one', () => {
    const beads = alignSentences(
      ['Die Stadt Görlitz lädt zum Altstadtfest ein.', 'Der Eintritt ist frei.', 'Wer darf teilnehmen?'],
      ['Miasto Görlitz zaprasza na Święto Starego Miasta.', 'Wstęp jest wolny.', 'Kto może wziąć udział?'],
    );
    expect(shapes(beads)).toEqual([
      { de: [0], pl: [0] },
      { de: [1], pl: [1] },
      { de: [2], pl: [2] },
    ]);
    expect(beads.every((b) => b.confidence > 0.9)).toBe(true);
  });

  it('finds two German sentences merged into one Polish sentence (2-1)', () => {
    const beads = alignSentences(
      [
        'Das Ticket kostet 8 Euro oder 35 Złoty.',
        'Kinder bis 12 Jahre haben freien Eintritt.',
        'Ein Shuttlebus verkehrt alle 20 Minuten zwischen den Museen.',
      ],
      [
        'Bilet kosztuje 8 euro lub 35 zł, a dzieci do lat 12 wchodzą bezpłatnie.',
        'Między muzeami co 20 minut kursuje bus wahadłowy.',
      ],
    );
    expect(shapes(beads)).toEqual([
      { de: [0, 1], pl: [0] },
      { de: [2], pl: [1] },
    ]);
  });

  it('finds one German sentence split into two Polish sentences (1-2)', () => {
    const beads = alignSentences(
      [
        'Die Lehrkräfte treffen sich zweimal im Jahr zu einer Fortbildung, die abwechselnd in Görlitz und in Zgorzelec stattfindet.',
        'Rund 600 Kinder nehmen an diesem Angebot teil.',
      ],
      [
        'Nauczyciele spotykają się dwa razy w roku na wspólnych szkoleniach.',
        'Odbywają się one na przemian w Görlitz i w Zgorzelcu.',
        'Z tej oferty korzysta około 600 dzieci.',
      ],
    );
    expect(shapes(beads)).toEqual([
      { de: [0], pl: [0, 1] },
      { de: [1], pl: [2] },
    ]);
  });

  it('leaves a German sentence without translation (1-0)', () => {
    const beads = alignSentences(
      [
        'Anträge können bis zum 15.03.2024 eingereicht werden.',
        'Ausgaben, die vor der Antragstellung entstanden sind, werden nicht anerkannt, auch wenn sie nachgewiesen werden.',
        'Über die Anträge entscheidet der Ausschuss am 23.05.2024.',
      ],
      ['Wnioski można składać do 15 marca 2024 r.', 'O wnioskach zdecyduje komitet 23 maja 2024 r.'],
    );
    expect(shapes(beads)).toEqual([
      { de: [0], pl: [0] },
      { de: [1], pl: [] },
      { de: [2], pl: [1] },
    ]);
  });

  it('leaves a Polish sentence without original (0-1)', () => {
    const beads = alignSentences(
      ['Die Stadtverwaltungen danken allen Partnern.', 'Das nächste Treffen ist für Januar 2025 geplant.'],
      [
        'Urzędy obu miast dziękują wszystkim partnerom.',
        'Szczególne podziękowania kierujemy do wolontariuszy, którzy wspierali organizację festiwali w Görlitz i Zgorzelcu.',
        'Kolejne spotkanie zaplanowano na styczeń 2025 r.',
      ],
    );
    expect(shapes(beads)).toEqual([
      { de: [0], pl: [0] },
      { de: [], pl: [1] },
      { de: [1], pl: [2] },
    ]);
  });

  it('handles empty sides', () => {
    expect(alignSentences([], [])).toEqual([]);
    expect(shapes(alignSentences(['Kontakt'], []))).toEqual([{ de: [0], pl: [] }]);
    expect(shapes(alignSentences([], ['Kontakt', 'Telefon']))).toEqual([
      { de: [], pl: [0] },
      { de: [], pl: [1] },
    ]);
  });

  it('uses anchors: a shared date outweighs a better length fit', () => {
    const de = ['Anmeldung bis zum 15.03.2024.', 'Die Sitzung des Ausschusses findet am 23.05.2024 statt.'];
    const pl = ['Posiedzenie: 23 maja 2024 r.'];
    expect(shapes(alignSentences(de, pl))).toEqual([
      { de: [0], pl: [] },
      { de: [1], pl: [0] },
    ]);
    // by lengths alone the short Polish sentence goes with the short German one
    expect(shapes(alignSentences(de, pl, { anchors: false }))).toEqual([
      { de: [0], pl: [0] },
      { de: [1], pl: [] },
    ]);
  });

  it('widens the band for a deleted stretch longer than the initial band', () => {
    // the 1-1 pairs of a fixture, twice
    const file = load('02-foerderaufruf-kleinprojekte.txt');
    const pairs = file.beads.filter((b) => b.de.length === 1 && b.pl.length === 1);
    const repeated = { de: [] as string[], pl: [] as string[] };
    for (let k = 0; k < 2; k++) {
      repeated.de.push(...pairs.map((b) => `${file.de[b.de[0] as number]} (${k + 1})`));
      repeated.pl.push(...pairs.map((b) => `${file.pl[b.pl[0] as number]} (${k + 1})`));
    }
    // drop 30 consecutive Polish sentences (in the second copy): a band of 8 must grow
    const start = pairs.length + 3;
    const pl = [...repeated.pl.slice(0, start), ...repeated.pl.slice(start + 30)];
    const beads = alignSentences(repeated.de, pl, { band: 8 });
    expectWellFormed(beads, repeated.de.length, pl.length);
    const score = scoreAlignment(beads, goldWithout(repeated.de.length, pl.length + 30, start, 30));
    expect([score.correct, score.produced, score.gold]).toEqual([118, 118, 118]);
    // the grown band finds what the whole matrix finds
    expect(shapes(beads)).toEqual(shapes(alignSentences(repeated.de, pl, { band: 1000 })));
  });
});

describe('alignSentences over tests/fixtures/alignment', () => {
  const runs = fixtureFiles.map((name) => {
    const file = load(name);
    const beads = alignSentences(file.de, file.pl);
    return { name, file, beads, score: scoreAlignment(beads, file.beads) };
  });

  it('has 7 documents and 321 gold beads of every shape', () => {
    expect(runs).toHaveLength(7);
    const shapesCount: Record<string, number> = {};
    for (const { file } of runs) {
      for (const b of file.beads) shapesCount[`${b.de.length}-${b.pl.length}`] = (shapesCount[`${b.de.length}-${b.pl.length}`] ?? 0) + 1;
    }
    expect(shapesCount).toEqual({ '1-1': 289, '2-1': 9, '1-2': 7, '1-0': 8, '0-1': 8 });
  });

  it('returns well-formed alignments', () => {
    for (const { file, beads } of runs) expectWellFormed(beads, file.de.length, file.pl.length);
  });

  it('reaches precision 317/320 and recall 317/321', () => {
    const correct = runs.reduce((sum, r) => sum + r.score.correct, 0);
    const produced = runs.reduce((sum, r) => sum + r.score.produced, 0);
    const gold = runs.reduce((sum, r) => sum + r.score.gold, 0);
    expect({ correct, produced, gold }).toEqual({ correct: 317, produced: 320, gold: 321 });
    expect(correct / produced).toBeCloseTo(0.991, 3);
    expect(correct / gold).toBeCloseTo(0.988, 3);
  });

  it('scores each document', () => {
    expect(runs.map((r) => [r.name.slice(0, 2), r.score.correct, r.score.produced, r.score.gold])).toEqual([
      ['01', 50, 50, 50],
      ['02', 63, 63, 63],
      ['03', 41, 41, 41],
      ['04', 47, 49, 49],
      ['05', 46, 46, 46],
      ['06', 46, 46, 46],
      ['07', 24, 25, 26],
    ]);
  });

  it('does worse on lengths alone (precision 300/319, recall 300/321)', () => {
    let correct = 0;
    let produced = 0;
    for (const { file } of runs) {
      const score = scoreAlignment(alignSentences(file.de, file.pl, { anchors: false }), file.beads);
      correct += score.correct;
      produced += score.produced;
    }
    expect({ correct, produced }).toEqual({ correct: 300, produced: 319 });
  });

  it('gives the wrong beads lower confidence than the right ones', () => {
    const right: number[] = [];
    const wrong: number[] = [];
    for (const { file, beads } of runs) {
      const gold = new Set(file.beads.map((b) => `${b.de}|${b.pl}`));
      for (const b of beads) (gold.has(`${b.de}|${b.pl}`) ? right : wrong).push(b.confidence);
    }
    // Kept at a 0.9 threshold: 284 of 317 right beads (omissions and their neighbours are capped
    // below it), none of the 3 wrong ones.
    expect(right).toHaveLength(317);
    expect(right.filter((c) => c >= 0.9)).toHaveLength(284);
    expect(wrong).toHaveLength(3);
    expect(wrong.filter((c) => c >= 0.9)).toHaveLength(0);
  });
});

describe('alignTexts', () => {
  it('segments both texts in their language and renders the markup back', () => {
    const de = [
      '# Einladung',
      '',
      'Am 30. und 31. Januar 2019 fand in Dresden das 4. Treffen statt. Es kamen **120 Gäste**. Wer war dabei?',
      '',
      'Mehr unter [www.goerlitz.de](https://www.goerlitz.de).',
      '',
    ].join('\n');
    const pl = [
      '# Zaproszenie',
      '',
      'W dniach 30 i 31 stycznia 2019 r. w Dreźnie odbyło się 4. spotkanie, w którym wzięło udział **120 gości**. Kto był obecny?',
      '',
      'Więcej na [www.goerlitz.de](https://www.goerlitz.de).',
      '',
    ].join('\n');
    const beads = alignTexts(de, pl, 'markdown');
    expect(beads.map(({ de, pl }) => ({ de, pl }))).toEqual([
      { de: ['Einladung'], pl: ['Zaproszenie'] },
      {
        de: ['Am 30. und 31. Januar 2019 fand in Dresden das 4. Treffen statt.', 'Es kamen **120 Gäste**.'],
        pl: ['W dniach 30 i 31 stycznia 2019 r. w Dreźnie odbyło się 4. spotkanie, w którym wzięło udział **120 gości**.'],
      },
      { de: ['Wer war dabei?'], pl: ['Kto był obecny?'] },
      {
        de: ['Mehr unter [www.goerlitz.de](https://www.goerlitz.de).'],
        pl: ['Więcej na [www.goerlitz.de](https://www.goerlitz.de).'],
      },
    ]);
    expect(beads.every((b) => b.confidence > 0.95)).toBe(true);
  });

  it('aligns a fixture document rebuilt as plain text', () => {
    const file = load('07-einladung-kulturnacht.txt');
    const beads = alignTexts(file.de.join('\n\n'), file.pl.join('\n\n'), 'text');
    expect(beads.flatMap((b) => b.de)).toEqual(file.de);
    expect(beads.flatMap((b) => b.pl)).toEqual(file.pl);
  });
});
