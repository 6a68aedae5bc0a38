// A seeded grammar of German public-administration sentences (with a rough Polish "target") for the
// TM benchmark: authorities, places on both sides of the Neiße, compound nouns (tens of thousands),
// dates, amounts, times, paragraphs, persons, a few inline placeholders. Skewed choices make some
// words frequent and most rare, as in real text. Not a test of the grammar: only of the index.

export type Rng = () => number;

/** mulberry32: a small, fast, seeded PRNG. */
export function rng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const words = (s: string): string[] => s.trim().split(/\s+/);
/** Uniform choice, or skewed to the front of the list with `skew` > 1. */
const pick = <T>(r: Rng, list: readonly T[], skew = 1): T => list[Math.floor(list.length * Math.pow(r(), skew))];
const int = (r: Rng, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
const pad = (n: number): string => String(n).padStart(2, '0');
/** A flat copy of a string. */
const flat = (s: string): string => Buffer.from(s, 'utf8').toString('utf8');
const thousands = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

const REAL_PLACES = words(`Görlitz Zgorzelec Dresden Bautzen Zittau Löbau Niesky Weißwasser Hoyerswerda Kamenz
  Bogatynia Lubań Wrocław Legnica Bolesławiec Pieńsk Sulików Zawidów Węgliniec Ostritz Herrnhut Rothenburg
  Reichenbach Bernstadt Seifhennersdorf Großschönau Oderwitz Markersdorf Königshain Hagenwerder Leipzig
  Chemnitz Cottbus Liberec Frýdlant Łęknica Przewóz Ebersbach-Neugersdorf Schönau-Berzdorf Bad-Muskau Olbersdorf
  Hirschfelde Jonsdorf Oybin Mittelherwigsdorf Kottmar Vierkirchen Waldhufen Neißeaue Krauschwitz Boxberg`);
const PLACE_PREFIX = ['', '', '', 'Ober', 'Nieder', 'Alt', 'Neu', 'Groß', 'Klein', 'Hohen', 'Mittel'];
const PLACE_ROOT = words(`Bertels Ebers Herwigs Friedes Lauter Linden Eichen Birken Horn Kunners Walters Gerhards
  Rupperts Seifers Hennigs Arnolds Dittels Jauer Kemnitz Leuba Rosen Sohland Tauchritz Ullers Wendisch Zodel
  Deutsch Schlegel Schöps Spree Nieder Buch Haide Kiefern Erlen Weiden Moritz Hennersdorf Lomnitz Prietitz
  Quitz Radmeritz Schönbrunn Steinbach Thiemen Uhyst Wiesa Zentendorf Berna Dauba Emmer Förstgen Gebelz`);
const PLACE_SUFFIX = ['dorf', 'bach', 'hain', 'walde', 'berg', 'au', 'heim', 'rode', 'witz', 'itz', 'stadt', 'feld'];

const PREFIX = words(`Straßen Schul Brücken Hochwasser Rad Wasser Abwasser Grenz Kultur Jugend Umwelt Verkehrs Bau
  Energie Wald Natur Gesundheits Sport Feuerwehr Kinder Senioren Wohnungs Bahn Bus Friedhofs Denkmal Stadt Dorf
  Markt Park Spiel Touristen Museums Bibliotheks Rathaus Kreis Landes Bundes Förder Haushalts Personal Daten
  Bürger Vereins Bildungs Ausbildungs Sprach Nachbarschafts Partnerschafts Kooperations Breitband Klima Lärm
  Abfall Trinkwasser Grundwasser Flächen Gewerbe Industrie Handwerks Landwirtschafts Forst Jagd Kita Hort`);
const MIDDLE = words(`sanierungs ausbau planungs förder bau schutz entwicklungs betriebs verwaltungs nutzungs
  erweiterungs instandhaltungs pflege beratungs informations sicherheits investitions modernisierungs
  genehmigungs vergabe finanzierungs unterhaltungs prüf melde anmelde zuwendungs ausgleichs neubau abriss`);
/** Head nouns with gender: the last part of a compound decides the article. */
const HEAD: readonly [string, 'm' | 'f' | 'n', string][] = [
  ['sanierung', 'f', 'remont'], ['ausbau', 'm', 'rozbudowa'], ['förderung', 'f', 'wsparcie'], ['planung', 'f', 'planowanie'],
  ['konzept', 'n', 'koncepcja'], ['projekt', 'n', 'projekt'], ['bericht', 'm', 'sprawozdanie'], ['antrag', 'm', 'wniosek'],
  ['verordnung', 'f', 'rozporządzenie'], ['satzung', 'f', 'statut'], ['maßnahme', 'f', 'działanie'], ['programm', 'n', 'program'],
  ['vertrag', 'm', 'umowa'], ['vereinbarung', 'f', 'porozumienie'], ['gebühr', 'f', 'opłata'], ['zuschuss', 'm', 'dotacja'],
  ['plan', 'm', 'plan'], ['gesetz', 'n', 'ustawa'], ['richtlinie', 'f', 'wytyczna'], ['bescheid', 'm', 'decyzja'],
  ['verfahren', 'n', 'postępowanie'], ['stelle', 'f', 'stanowisko'], ['amt', 'n', 'urząd'], ['kommission', 'f', 'komisja'],
  ['ausschuss', 'm', 'komitet'], ['netz', 'n', 'sieć'], ['anlage', 'f', 'instalacja'], ['gebäude', 'n', 'budynek'],
  ['zentrum', 'n', 'centrum'], ['fonds', 'm', 'fundusz'], ['strategie', 'f', 'strategia'], ['studie', 'f', 'studium'],
  ['beitrag', 'm', 'składka'], ['verband', 'm', 'związek'], ['behörde', 'f', 'organ'], ['gutachten', 'n', 'ekspertyza'],
  ['budget', 'n', 'budżet'], ['register', 'n', 'rejestr'], ['portal', 'n', 'portal'], ['wettbewerb', 'm', 'konkurs'],
];
const PL_OF = words(`dróg szkół mostów powodzi rowerów wody ścieków granicy kultury młodzieży środowiska ruchu budowy
  energii lasu przyrody zdrowia sportu straży dzieci seniorów mieszkań kolei autobusów cmentarzy zabytków miasta wsi
  rynku parku zabaw turystów muzeów bibliotek ratusza powiatu województwa państwa dotacji budżetu personelu danych
  obywateli stowarzyszeń edukacji kształcenia języka sąsiedztwa partnerstwa współpracy internetu klimatu hałasu
  odpadów wody-pitnej wód-gruntowych terenów przemysłu rzemiosła rolnictwa leśnictwa łowiectwa przedszkoli świetlic`);
const ADJ = words(`neu geplant grenzüberschreitend gemeinsam barrierefrei deutsch-polnisch regional kommunal energetisch
  öffentlich jährlich zweit vorläufig endgültig überarbeitet digital nachhaltig zusätzlich befristet dringend`);
const DOMAIN = ['Umwelt und Landwirtschaft', 'Kultur und Tourismus', 'Wirtschaft, Arbeit und Verkehr', 'Regionalentwicklung', 'Kultus', 'Soziales und Gesellschaftlichen Zusammenhalt', 'Energie, Klimaschutz, Umwelt und Landwirtschaft', 'Wissenschaft'];
const SUBJECT: readonly [string, string][] = [
  ['der Landkreis', 'dem Landkreis'], ['die Stadt', 'der Stadt'], ['die Gemeinde', 'der Gemeinde'], ['das Landratsamt', 'dem Landratsamt'],
  ['der Stadtrat von', 'dem Stadtrat von'], ['die Stadtverwaltung', 'der Stadtverwaltung'], ['der Bürgermeister von', 'dem Bürgermeister von'],
  ['die Oberbürgermeisterin von', 'der Oberbürgermeisterin von'], ['der Gemeinderat von', 'dem Gemeinderat von'], ['das Bürgerbüro in', 'dem Bürgerbüro in'],
  ['der Zweckverband in', 'dem Zweckverband in'], ['die Wirtschaftsförderung', 'der Wirtschaftsförderung'], ['das Jobcenter', 'dem Jobcenter'],
];
const AUTHORITY = ['die Landesdirektion Sachsen', 'die Euroregion Neiße', 'der Kreistag', 'das Sächsische Staatsministerium für', 'die Sächsische Aufbaubank', 'das Amt für'];
const VERB: readonly [string, string][] = [
  ['beantragt', 'beantragt'], ['genehmigt', 'genehmigt'], ['prüft', 'geprüft'], ['fördert', 'gefördert'], ['veröffentlicht', 'veröffentlicht'],
  ['beschließt', 'beschlossen'], ['plant', 'geplant'], ['unterstützt', 'unterstützt'], ['finanziert', 'finanziert'], ['vergibt', 'vergeben'],
  ['bewilligt', 'bewilligt'], ['unterzeichnet', 'unterzeichnet'], ['bestätigt', 'bestätigt'], ['ändert', 'geändert'], ['verlängert', 'verlängert'],
  ['koordiniert', 'koordiniert'], ['startet', 'gestartet'], ['eröffnet', 'eröffnet'], ['präsentiert', 'präsentiert'], ['erarbeitet', 'erarbeitet'],
  ['übernimmt', 'übernommen'], ['bearbeitet', 'bearbeitet'], ['bewertet', 'bewertet'], ['empfiehlt', 'empfohlen'], ['kontrolliert', 'kontrolliert'],
];
const SURNAME = words(`Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Richter Klein Wolf
  Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Werner Krause Lehmann Köhler Kowalski Nowak
  Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur
  Kwiatkowski Krawczyk Piotrowski Grabowski Nowakowski Pawłowski Michalski Nowicki Adamczyk Dudek Zając Wieczorek`);
const MONTH = words('Januar Februar März April Mai Juni Juli August September Oktober November Dezember');
const LAW = ['SächsGemO', 'BauGB', 'SächsVwVfG', 'VwGO', 'SächsKAG', 'BImSchG', 'SGB II', 'SächsBO'];
const ARTICLE = { nom: { m: 'der', f: 'die', n: 'das' }, acc: { m: 'den', f: 'die', n: 'das' }, dat: { m: 'dem', f: 'der', n: 'dem' } };
type Case = keyof typeof ARTICLE;

export class Corpus {
  constructor(private readonly r: Rng) {}

  place(): string {
    const r = this.r;
    if (r() < 0.45) return pick(r, REAL_PLACES, 2);
    const name = pick(r, PLACE_PREFIX) + pick(r, PLACE_ROOT, 1.5).toLowerCase() + pick(r, PLACE_SUFFIX);
    return name.charAt(0).toUpperCase() + name.slice(1);
  }

  date(): string {
    const r = this.r;
    return `${pad(int(r, 1, 28))}.${pad(int(r, 1, 12))}.${int(r, 2015, 2026)}`;
  }

  amount(): string {
    const r = this.r;
    const n = int(r, 1, 999) * Math.pow(10, int(r, 2, 4));
    return r() < 0.3 ? `${thousands(n + int(r, 0, 999))},${pad(int(r, 0, 99))}` : thousands(n);
  }

  time(): string {
    return `${int(this.r, 7, 20)}:${pick(this.r, ['00', '15', '30', '45'])}`;
  }

  /** A compound noun phrase in a case, with its Polish rendering. */
  noun(c: Case): [string, string] {
    const r = this.r;
    const [head, gender, pl] = pick(r, HEAD, 1.6);
    const prefix = pick(r, PREFIX, 1.6);
    const middle = r() < 0.55 ? pick(r, MIDDLE, 1.4) : '';
    let adjective = '';
    if (r() < 0.35) {
      const weak = c === 'nom' || (c === 'acc' && gender !== 'm');
      adjective = `${pick(r, ADJ, 1.5)}${weak ? 'e' : 'en'} `;
    }
    const noun = prefix + middle + head;
    return [`${ARTICLE[c][gender]} ${adjective}${noun}`, `${pl} ${pick(r, PL_OF)}`];
  }

  subject(dative = false): string {
    const [nom, dat] = pick(this.r, SUBJECT, 1.3);
    return `${dative ? dat : nom} ${this.place()}`;
  }

  authority(): string {
    const a = pick(this.r, AUTHORITY);
    return a.endsWith('für') ? `${a} ${pick(this.r, DOMAIN)}` : a;
  }

  person(): string {
    const r = this.r;
    return `${pick(r, ['Herr', 'Frau', 'Herr Dr.', 'Frau Dr.', 'Frau Prof.'])} ${pick(r, SURNAME, 1.3)}`;
  }

  /**
   * One German sentence and a Polish-looking target of similar length, as flat strings (as a database
   * driver returns them; V8 keeps concatenations as trees of pieces, which would inflate memory).
   */
  sentence(): { source: string; target: string } {
    const { source, target } = this.composed();
    return { source: flat(source), target: flat(target) };
  }

  private composed(): { source: string; target: string } {
    const r = this.r;
    const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
    const [objA, plA] = this.noun('acc');
    const [objN, plN] = this.noun('nom');
    const [objD, plD] = this.noun('dat');
    const place = this.place();
    const date = this.date();
    const [verb, participle] = pick(r, VERB, 1.4);
    const n = int(r, 1, 40);
    switch (int(r, 0, 13)) {
      case 0: return { source: `${cap(this.subject())} ${verb} am ${date} ${objA} in ${place}.`, target: `${place}: dnia ${date} ${plA} (${verb}).` };
      case 1: return { source: `Für ${objA} in ${place} stehen ${this.amount()} Euro zur Verfügung.`, target: `Na ${plA} w ${place} przeznaczono środki w wysokości podanej kwoty euro.` };
      case 2: return { source: `Die Sitzung des Ausschusses findet am ${date} um ${this.time()} Uhr im Rathaus ${place} statt.`, target: `Posiedzenie komisji odbędzie się dnia ${date} w ratuszu w ${place}.` };
      case 3: return { source: `Gemäß § ${n} Abs. ${int(r, 1, 9)} ${pick(r, LAW)} ist ${objN} bis zum ${date} bei ${this.subject(true)} einzureichen.`, target: `Zgodnie z § ${n} ${plN} należy złożyć do dnia ${date}.` };
      case 4: return { source: `${cap(objN)} wurde am ${date} von ${this.subject(true)} ${participle}.`, target: `${cap(plN)} został(a) dnia ${date} zatwierdzony(a) przez ${place}.` };
      case 5: return { source: `${cap(this.subject())} und ${this.authority()} unterzeichnen am ${date} in ${place} eine Vereinbarung über ${objA}.`, target: `Dnia ${date} w ${place} podpisano porozumienie w sprawie: ${plA}.` };
      case 6: return { source: `Die Kosten für ${objA} belaufen sich auf ${this.amount()} Euro, davon trägt ${this.subject()} ${n} Prozent.`, target: `Koszty ${plA} wynoszą podaną kwotę euro, z czego ${n} procent pokrywa ${place}.` };
      case 7: return { source: `Bürgerinnen und Bürger aus ${place} können sich bis zum ${date} zu ${objD} äußern.`, target: `Mieszkańcy ${place} mogą do dnia ${date} wypowiedzieć się w sprawie: ${plD}.` };
      case 8: return { source: `Weitere Informationen zu ${objD} erhalten Sie bei ${this.person()} unter der Telefonnummer 03581 ${int(r, 100000, 999999)}.`, target: `Dalszych informacji na temat: ${plD} udziela osoba kontaktowa.` };
      case 9: return { source: `{1}Hinweis:{/1} ${cap(objN)} in ${place} ist vom ${date} bis zum ${this.date()} gesperrt.`, target: `{1}Uwaga:{/1} ${plN} w ${place} jest zamknięty(a) od ${date}.` };
      case 10: return { source: `Die Bauarbeiten an ${objD} in ${place} beginnen voraussichtlich im ${pick(r, MONTH)} ${int(r, 2015, 2026)}.`, target: `Prace budowlane: ${plD} w ${place} rozpoczną się prawdopodobnie wkrótce.` };
      case 11: return { source: `${this.person()} ${verb} am ${date} um ${this.time()} Uhr ${objA} in ${place}.`, target: `Dnia ${date} ${plA} w ${place}.` };
      case 12: return { source: `${cap(this.authority())} ${verb} ${objA} und ${this.noun('acc')[0]} gemeinsam mit ${this.subject(true)}.`, target: `${cap(plA)} wspólnie z ${place}.` };
      default: return { source: `Das Bürgerbüro in ${place} ist am ${date} von ${this.time()} bis ${this.time()} Uhr geöffnet.`, target: `Biuro obsługi mieszkańców w ${place} jest czynne dnia ${date}.` };
    }
  }

  /** A realistic edit of a stored sentence: words swapped, a number changed, words dropped or added. */
  edit(source: string): string {
    const r = this.r;
    const parts = source.split(' ');
    const at = (): number => int(r, 0, parts.length - 1);
    const word = (): string => (r() < 0.5 ? this.place() : this.noun('acc')[0].split(' ').pop()!);
    const kind = r();
    if (kind < 0.3) parts[at()] = word();
    else if (kind < 0.5) {
      parts[at()] = word();
      parts[at()] = word();
    } else if (kind < 0.65) {
      const numbers = parts.map((p, i) => (/\d/.test(p) ? i : -1)).filter((i) => i >= 0);
      const i = numbers.length > 0 ? pick(r, numbers) : at();
      parts[i] = parts[i].replace(/\d/, String(int(r, 0, 9)));
    } else if (kind < 0.8) {
      parts.splice(at(), r() < 0.5 ? 1 : 2);
    } else if (kind < 0.9) parts.splice(at(), 0, word());
    else if (kind < 0.95) return source.toLowerCase();
    else return source;
    return flat(parts.join(' '));
  }
}
