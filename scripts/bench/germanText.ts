// A deterministic generator of German public-administration prose (press releases and funding
// notices) for the benchmarks: headings, paragraphs of 2–5 sentences with ordinals, dates, amounts,
// abbreviations ("z. B.", "gem. § 44 SäHO", "Dr.", "ca.", "Mio.") and boilerplate sentences that
// repeat verbatim, plus the occasional bullet list. Every sentence is written so that the segmenter
// should make exactly one segment of it, so the text has exactly `segments` intended segments.

/** mulberry32: small, fast, good enough, and the same on every machine. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CITIES = ['Dresden', 'Leipzig', 'Chemnitz', 'Görlitz', 'Bautzen', 'Zittau', 'Zwickau', 'Plauen', 'Freiberg', 'Pirna', 'Meißen', 'Hoyerswerda', 'Kamenz', 'Löbau', 'Weißwasser'];
const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const AUTHORITIES = [
  'das Sächsische Staatsministerium für Wirtschaft, Arbeit und Verkehr',
  'das Sächsische Staatsministerium für Regionalentwicklung',
  'die Sächsische Aufbaubank – Förderbank –',
  'das Landesamt für Umwelt, Landwirtschaft und Geologie',
  'der Kommunale Sozialverband Sachsen',
  'die Landesdirektion Sachsen',
  'das Sächsische Staatsministerium für Kultus',
];
const PARTNERS = ['die Euroregion Neisse-Nisa-Nysa', 'der Landkreis Görlitz', 'die Stadt Zgorzelec', 'die Woiwodschaft Niederschlesien', 'der Verein Brücke e. V.', 'die Industrie- und Handelskammer Dresden', 'die Hochschule Zittau/Görlitz'];
const TOPICS = [
  'die Digitalisierung der Verwaltung', 'den Breitbandausbau im ländlichen Raum', 'den Hochwasserschutz an der Neiße',
  'die berufliche Bildung', 'die Denkmalpflege', 'den Radverkehr', 'die Fachkräftesicherung', 'die Energieeffizienz kommunaler Gebäude',
  'deutsch-polnische Jugendbegegnungen', 'den grenzüberschreitenden Nahverkehr', 'die Ansiedlung kleiner und mittlerer Unternehmen',
];
const MEASURES = [
  'Investitionen in die digitale Ausstattung von Schulen', 'Beratungsleistungen für Existenzgründerinnen und Existenzgründer',
  'Sprachkurse für Beschäftigte in grenznahen Betrieben', 'die Sanierung denkmalgeschützter Gebäude', 'Machbarkeitsstudien und Konzepte',
  'Personal- und Sachausgaben für Projektkoordination', 'gemeinsame Veranstaltungen mit polnischen Partnern', 'Maßnahmen zur Barrierefreiheit',
  'die Anschaffung energieeffizienter Anlagen', 'Öffentlichkeitsarbeit in deutscher und polnischer Sprache',
];
const APPLICANTS = ['Gemeinden', 'Landkreise', 'Zweckverbände', 'gemeinnützige Vereine', 'kleine und mittlere Unternehmen', 'Hochschulen', 'Kammern und Verbände'];
const PEOPLE = ['Staatsminister Martin Schulze', 'Staatssekretärin Dr. Katrin Vogel', 'Landrat Jens Richter', 'Prof. Dr. Thomas Lehmann', 'Oberbürgermeisterin Anna Becker', 'Dipl.-Ing. Frank Wagner'];
const QUOTES = [
  'Die Zusammenarbeit über die Neiße hinweg ist ein Gewinn für beide Seiten.',
  'Wir wollen, dass gute Ideen nicht an Antragsformularen scheitern.',
  'Mit dem Programm stärken wir gezielt die Regionen entlang der Grenze.',
  'Jeder Euro, den wir hier investieren, kommt den Menschen vor Ort zugute.',
  'Ich danke allen Beteiligten für ihr großes Engagement!',
];
/** Sentences that recur verbatim, as they do in real notices (the TM and MT deduplication meet them). */
const BOILERPLATE = [
  'Ein Rechtsanspruch auf Förderung besteht nicht.',
  'Die Förderung erfolgt aus Mitteln des Europäischen Fonds für regionale Entwicklung (EFRE).',
  'Diese Maßnahme wird mitfinanziert mit Steuermitteln auf Grundlage des vom Sächsischen Landtag beschlossenen Haushaltes.',
  'Weitere Informationen finden Sie unter www.foerderung.sachsen.de.',
  'Anträge, die nach Ablauf der Frist eingehen, können nicht berücksichtigt werden.',
  'Die Pressemitteilung ist auch in polnischer Sprache verfügbar.',
  'Wer ist antragsberechtigt?',
];

type Rng = () => number;
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)];
/** Two different items, joined by "und". */
const both = (rng: Rng, items: readonly string[]): string => {
  const first = pick(rng, items);
  let second = pick(rng, items);
  while (second === first) second = pick(rng, items);
  return `${first} und ${second}`;
};
const int = (rng: Rng, min: number, max: number): number => min + Math.floor(rng() * (max - min + 1));
const capitalize = (text: string): string => text[0].toUpperCase() + text.slice(1);
/** 1250000 → "1.250.000" */
const grouped = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
const two = (n: number): string => String(n).padStart(2, '0');

/** What a list item of a funding notice is limited by. */
const LIMITS: ((rng: Rng) => string)[] = [
  (r) => `bis zu ${grouped(int(r, 1, 100) * 1000)} Euro`,
  (r) => `mit einem Eigenanteil von mindestens ${int(r, 5, 40)} Prozent`,
  (r) => `für bis zu ${int(r, 5, 120)} Teilnehmende`,
];

/** One sentence of running prose; never starts with a digit or a lower-case letter. */
const SENTENCES: ((rng: Rng) => string)[] = [
  (r) => {
    const day = int(r, 1, 27);
    return `Am ${day}. und ${day + 1}. ${pick(r, MONTHS)} ${int(r, 2018, 2024)} fand in ${pick(r, CITIES)} das ${int(r, 2, 15)}. Treffen der Arbeitsgruppe „Grenzregion“ statt.`;
  },
  (r) => `${capitalize(pick(r, AUTHORITIES))} stellt dafür insgesamt ${grouped(int(r, 20, 900) * 10_000)} Euro zur Verfügung.`,
  (r) => `Die Antragsfrist für Vorhaben in ${pick(r, CITIES)} endet am ${two(int(r, 1, 28))}.${two(int(r, 1, 12))}.${int(r, 2019, 2025)}.`,
  (r) => `Anträge können bis zum ${int(r, 1, 28)}. ${pick(r, MONTHS)} ${int(r, 2019, 2025)} bei der Sächsischen Aufbaubank gestellt werden.`,
  (r) => `Gefördert werden u. a. Vorhaben für ${pick(r, TOPICS)} in ${pick(r, CITIES)}, z. B. ${both(r, MEASURES)}.`,
  (r) => `Für ${pick(r, APPLICANTS)} beträgt die Förderquote bis zu ${pick(r, [50, 60, 75, 80, 90])} Prozent der zuwendungsfähigen Ausgaben, höchstens jedoch ${grouped(int(r, 5, 250) * 1000)} Euro je Vorhaben.`,
  (r) => `Grundlage ist die Richtlinie Nr. ${int(r, 1, 99)}/${int(r, 2015, 2023)} vom ${int(r, 1, 28)}. ${pick(r, MONTHS)} in Verbindung mit §§ 23 und 44 SäHO.`,
  (r) => `Beihilfen an ${pick(r, APPLICANTS)} in ${pick(r, CITIES)} werden gem. Art. ${pick(r, [20, 22, 25, 53, 56])} Abs. ${int(r, 1, 4)} AGVO gewährt, d. h. eine Anmeldung bei der Europäischen Kommission ist nicht erforderlich.`,
  (r) => `Zum ${int(r, 2, 12)}. Mal trafen sich im ${pick(r, MONTHS)} ${int(r, 2018, 2024)} Vertreterinnen und Vertreter aus Sachsen und Polen in ${pick(r, CITIES)}.`,
  (r) => `Im ${int(r, 1, 4)}. Quartal ${int(r, 2019, 2024)} wurden ca. ${grouped(int(r, 120, 4800))} Anträge bewilligt.`,
  (r) => `Die Veranstaltung am ${int(r, 1, 28)}. ${pick(r, MONTHS)} beginnt um ${int(r, 9, 16)}.${pick(r, ['00', '15', '30', '45'])} Uhr im Sitzungssaal des Rathauses ${pick(r, CITIES)}.`,
  (r) => `${pick(r, PEOPLE)} ${pick(r, ['betonte', 'sagte', 'erklärte', 'unterstrich'])} in ${pick(r, CITIES)}: „${pick(r, QUOTES)}“`,
  (r) => `Nach Angaben des Statistischen Landesamtes stieg die Zahl der Beschäftigten um ${int(r, 2, 9)},${int(r, 1, 9)} Prozent auf rund ${grouped(int(r, 10, 990) * 1000)}.`,
  (r) => `Das Gesamtvolumen des Programms für ${pick(r, TOPICS)} liegt im Jahr ${int(r, 2019, 2025)} bei ${int(r, 2, 40)},${int(r, 1, 9)} Mio. Euro.`,
  (r) => `${capitalize(pick(r, PARTNERS))} beteiligt sich bzw. unterstützt das Vorhaben in ${pick(r, CITIES)} mit ${int(r, 2, 30)} Mitarbeiterinnen und Mitarbeitern.`,
  (r) => `Antragsberechtigt sind ${both(r, APPLICANTS)} mit Sitz im Landkreis ${pick(r, ['Görlitz', 'Bautzen', 'Meißen', 'Zwickau'])} oder in der Stadt ${pick(r, CITIES)}.`,
  (r) => `Die Ergebnisse werden voraussichtlich im ${pick(r, MONTHS)} ${int(r, 2019, 2025)} auf S. ${int(r, 3, 90)} des Jahresberichts veröffentlicht.`,
  (r) => `Ansprechpartnerin ist Frau Dr. ${pick(r, ['Nowak', 'Schmidt', 'Krause', 'Kowalska'])}, Tel. 0351 564-${int(r, 1000, 9999)}, E-Mail: foerderung@${pick(r, ['smwa', 'smr', 'sab'])}.sachsen.de.`,
  (r) => `Vom ${int(r, 1, 9)}. bis ${int(r, 10, 20)}. ${pick(r, MONTHS)} informieren die Beratungsstellen in ${both(r, CITIES)} über die neuen Förderbedingungen.`,
  (r) => `Seit dem ${int(r, 1, 28)}. ${pick(r, MONTHS)} ${int(r, 2018, 2024)} gilt für ${pick(r, TOPICS)} ein vereinfachtes Verfahren.`,
  (r) => `Bereits im Jahr ${int(r, 2010, 2018)} hatte ${pick(r, PARTNERS)} ein ähnliches Projekt mit ${int(r, 12, 95)} Teilnehmenden durchgeführt.`,
];

const HEADINGS: ((rng: Rng) => string)[] = [
  (r) => `Pressemitteilung Nr. ${int(r, 1, 250)}/${int(r, 2018, 2025)}`,
  (r) => `Förderaufruf Nr. ${int(r, 1, 12)}/${int(r, 2018, 2025)} „${capitalize(pick(r, TOPICS).replace(/^(die|den|das) /, ''))}“`,
  (r) => `${int(r, 1, 28)}. ${pick(r, MONTHS)} ${int(r, 2018, 2025)}: Neue Mittel für ${pick(r, TOPICS)}`,
];

/** A block of the document and the segments it is meant to produce. */
export type Block = { kind: 'paragraph'; sentences: string[] } | { kind: 'lines'; lines: string[] };

const size = (block: Block): number => (block.kind === 'paragraph' ? block.sentences.length : block.lines.length);

function paragraph(rng: Rng): Block {
  const sentences: string[] = [];
  const count = int(rng, 2, 5);
  while (sentences.length < count) {
    const sentence = rng() < 0.08 ? pick(rng, BOILERPLATE) : pick(rng, SENTENCES)(rng);
    // "Wer ist antragsberechtigt?" opens a paragraph rather than closing one.
    if (sentence.endsWith('?') && sentences.length === count - 1) continue;
    sentences.push(sentence);
  }
  return { kind: 'paragraph', sentences };
}

function list(rng: Rng): Block {
  const items = new Set<string>();
  const count = int(rng, 3, 5);
  while (items.size < count) items.add(`- ${capitalize(pick(rng, MEASURES))} ${pick(rng, LIMITS)(rng)}`);
  return { kind: 'lines', lines: [pick(rng, ['Gefördert werden insbesondere:', 'Zuwendungsfähig sind u. a.:']), ...items] };
}

/** A press release or funding notice: a heading, 2–4 paragraphs, sometimes a bullet list. */
function article(rng: Rng): Block[] {
  const blocks: Block[] = [{ kind: 'lines', lines: [pick(rng, HEADINGS)(rng)] }];
  const paragraphs = int(rng, 2, 4);
  for (let i = 0; i < paragraphs; i++) {
    blocks.push(paragraph(rng));
    if (i === 0 && rng() < 0.2) blocks.push(list(rng));
  }
  return blocks;
}

export interface GermanText {
  content: string;
  /** The number of segments the text is written to produce. */
  segments: number;
  /** How many of them repeat an earlier one verbatim. */
  repeated: number;
}

/** A plain-text German document meant to produce exactly `segments` segments. */
export function germanText(segments: number, seed = 20190130): GermanText {
  const blocks = germanBlocks(segments, seed);
  const all = blocks.flatMap((block) => (block.kind === 'paragraph' ? block.sentences : block.lines));
  return { content: renderBlocks(blocks), segments: all.length, repeated: all.length - new Set(all).size };
}

/** The blocks of germanText's document (for benchmarks that edit it sentence by sentence). */
export function germanBlocks(segments: number, seed = 20190130): Block[] {
  const rng = random(seed);
  const blocks: Block[] = [];
  let total = 0;
  while (total < segments) {
    for (const block of article(rng)) {
      if (total >= segments) break;
      const room = segments - total;
      if (size(block) > room) {
        if (block.kind === 'paragraph') block.sentences.length = room;
        else block.lines.length = room;
      }
      blocks.push(block);
      total += size(block);
    }
  }
  return blocks;
}

/** Blocks as plain text: a paragraph's sentences on one line, a list's lines each on its own. */
export function renderBlocks(blocks: readonly Block[]): string {
  return `${blocks.map((block) => (block.kind === 'paragraph' ? block.sentences.join(' ') : block.lines.join('\n'))).join('\n\n')}\n`;
}
