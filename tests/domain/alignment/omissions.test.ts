import { join } from 'path';
import { alignSentences, scoreAlignment, scoreLinks, withoutSentences } from '../../../server/domain/alignment';
import { NEXT_TO_OMISSION_CONFIDENCE, OMISSION_CONFIDENCE } from '../../../server/domain/alignment/align';
import { lexiconEntries } from '../../../server/domain/alignment/lexicon';
import { seededRandom } from '../../../scripts/bench/alignment';
import { loadGoldDocuments, runOmissions } from '../../../scripts/bench/alignmentOmissions';

const FIXTURES = join(__dirname, '../../fixtures/alignment');

describe('withoutSentences', () => {
  const document = {
    de: ['A1', 'B1', 'C1', 'D1'],
    pl: ['A2', 'B2', 'CD2'],
    gold: [{ de: [0], pl: [0] }, { de: [1], pl: [1] }, { de: [2, 3], pl: [2] }],
  };

  it('turns the partner of a dropped sentence into a 1-0 or 0-1 bead and renumbers the rest', () => {
    const result = withoutSentences(document, (i) => i === 0, (j) => j === 1);
    expect(result).toEqual({
      de: ['B1', 'C1', 'D1'],
      pl: ['A2', 'CD2'],
      gold: [{ de: [], pl: [0] }, { de: [0], pl: [] }, { de: [1, 2], pl: [1] }],
    });
  });

  it('shrinks a merge that lost one sentence and removes a bead that lost both sides', () => {
    const result = withoutSentences(document, (i) => i === 1 || i === 3, (j) => j === 1);
    expect(result.gold).toEqual([{ de: [0], pl: [0] }, { de: [1], pl: [1] }]);
  });
});

describe('scoreLinks', () => {
  it('counts the sentence pairs of each bead: an orphan glued into a 2-1 costs precision, not recall', () => {
    const gold = [{ de: [0], pl: [] }, { de: [1], pl: [0] }];
    const produced = [{ de: [0, 1], pl: [0] }];
    expect(scoreLinks(produced, gold)).toEqual({ produced: 2, gold: 1, correct: 1, precision: 0.5, recall: 1 });
    expect(scoreAlignment(produced, gold)).toEqual({ produced: 1, gold: 2, correct: 0, precision: 0, recall: 0 });
  });
});

describe('alignSentences with omissions', () => {
  const de = [
    'Die Stadt Görlitz lädt zum Altstadtfest ein.',
    'Das Fest wurde 1990 zum ersten Mal gefeiert.',
    'Der Eintritt ist für alle Besucher frei.',
    'Wer darf am Umzug teilnehmen?',
  ];
  const pl = [
    'Miasto Görlitz zaprasza na Święto Starego Miasta.',
    'Wstęp jest bezpłatny dla wszystkich odwiedzających.',
    'Kto może wziąć udział w pochodzie?',
  ];

  it('leaves a German sentence without translation as a 1-0 bead instead of gluing it to a neighbour', () => {
    const beads = alignSentences(de, pl);
    expect(beads.map(({ de, pl }) => ({ de, pl }))).toEqual([
      { de: [0], pl: [0] },
      { de: [1], pl: [] },
      { de: [2], pl: [1] },
      { de: [3], pl: [2] },
    ]);
  });

  it('caps the confidence of the omission and of the beads on both sides of it', () => {
    const confidence = alignSentences(de, pl).map((bead) => bead.confidence);
    expect(confidence[1]).toBeLessThanOrEqual(OMISSION_CONFIDENCE);
    expect(confidence[0]).toBeLessThanOrEqual(NEXT_TO_OMISSION_CONFIDENCE);
    expect(confidence[2]).toBeLessThanOrEqual(NEXT_TO_OMISSION_CONFIDENCE);
    expect(confidence[3]).toBeGreaterThan(0.9);
  });

  // Issue 11: 5–10 % of the sentences dropped on each side, precision and recall of the pairs ≥ 0.97.
  // The documents under held-out/ were written after the cost constants were chosen.
  it('keeps precision and recall of the sentence pairs at 0.97 or more on held-out documents over 20 seeds', () => {
    const documents = new Map([...loadGoldDocuments(FIXTURES)].filter(([name]) => name >= '05'));
    for (const [name, document] of loadGoldDocuments(join(FIXTURES, 'held-out'))) documents.set(name, document);
    expect(documents.size).toBe(5);
    const result = runOmissions(documents, { seeds: 20, minRate: 0.05, maxRate: 0.1 }, seededRandom);
    expect(result.dropped / result.sentences).toBeGreaterThan(0.05);
    expect(result.links.precision).toBeGreaterThanOrEqual(0.97);
    expect(result.links.recall).toBeGreaterThanOrEqual(0.97);
  });
});

describe('lexiconEntries', () => {
  it('finds the same entries in a German sentence and its Polish translation, whatever the inflection', () => {
    const german = lexiconEntries('Die Bearbeitung des Antrags dauert oft mehrere Monate.', 'de');
    const polish = lexiconEntries('Rozpatrzenie wniosku trwa często kilka miesięcy.', 'pl');
    expect(german.length).toBe(2);
    expect(polish).toEqual(german);
  });

  it('matches a stem ending in a dot only as a whole word ("zł", not "złożyć")', () => {
    expect(lexiconEntries('17 zł', 'pl')).toHaveLength(1);
    expect(lexiconEntries('17 zł', 'pl')).toEqual(lexiconEntries('17 Złoty', 'de'));
    expect(lexiconEntries('Należy złożyć', 'pl')).toEqual([]);
  });
});
