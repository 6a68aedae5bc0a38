// The words of the quality report (HTML page and PDF), in the three interface languages. They belong to
// the report document, like the typology's names, so the renderers stay pure and both use the same.
import type { LqaLanguage } from './typology';
import type { LqaSeverity } from './types';

export interface ReportLabels {
  title: string;
  document: string;
  typology: string;
  evaluatedSegments: string;
  evaluatedWords: string;
  penaltyPoints: string;
  penaltyPer1000: string;
  qualityScore: string;
  threshold: string;
  result: string;
  passed: string;
  failed: string;
  notEvaluated: string;
  byCategory: string;
  category: string;
  total: string;
  severities: Record<LqaSeverity, string>;
  weights: string;
  translators: string;
  translator: string;
  postEdit: string;
  postEditNote: string;
  origin: string;
  origins: { mt: string; tm: string; empty: string };
  segments: string;
  words: string;
  averageChange: string;
  unedited: string;
  keptWords: string;
  annotatedSegments: string;
  source: string;
  target: string;
  comment: string;
  none: string;
}

export const REPORT_LABELS: Readonly<Record<LqaLanguage, ReportLabels>> = {
  en: {
    title: 'Quality report',
    document: 'Document',
    typology: 'Typology',
    evaluatedSegments: 'Evaluated segments',
    evaluatedWords: 'Evaluated words (target)',
    penaltyPoints: 'Penalty points',
    penaltyPer1000: 'Penalty points per 1,000 words',
    qualityScore: 'Quality score (0–100)',
    threshold: 'Pass threshold (points per 1,000 words)',
    result: 'Result',
    passed: 'Pass',
    failed: 'Fail',
    notEvaluated: 'Not evaluated yet',
    byCategory: 'Errors by category and severity',
    category: 'Category',
    total: 'Total',
    severities: { neutral: 'Neutral', minor: 'Minor', major: 'Major', critical: 'Critical' },
    weights: 'Weights',
    translators: 'Translators',
    translator: 'Translator',
    postEdit: 'Post-edit distance',
    postEditNote: 'Characters changed between the proposal and the final translation, relative to the longer text.',
    origin: 'Proposal',
    origins: { mt: 'DeepL', tm: 'Translation memory', empty: 'No proposal' },
    segments: 'Segments',
    words: 'Words',
    averageChange: 'Average change',
    unedited: 'Accepted unedited',
    keptWords: 'Words kept',
    annotatedSegments: 'Annotated segments',
    source: 'Source',
    target: 'Translation',
    comment: 'Comment',
    none: 'None',
  },
  de: {
    title: 'Qualitätsbericht',
    document: 'Dokument',
    typology: 'Typologie',
    evaluatedSegments: 'Bewertete Segmente',
    evaluatedWords: 'Bewertete Wörter (Zieltext)',
    penaltyPoints: 'Strafpunkte',
    penaltyPer1000: 'Strafpunkte je 1.000 Wörter',
    qualityScore: 'Qualitätswert (0–100)',
    threshold: 'Bestehensgrenze (Punkte je 1.000 Wörter)',
    result: 'Ergebnis',
    passed: 'Bestanden',
    failed: 'Nicht bestanden',
    notEvaluated: 'Noch nicht bewertet',
    byCategory: 'Fehler nach Kategorie und Schweregrad',
    category: 'Kategorie',
    total: 'Summe',
    severities: { neutral: 'Neutral', minor: 'Gering', major: 'Schwer', critical: 'Kritisch' },
    weights: 'Gewichte',
    translators: 'Übersetzer',
    translator: 'Übersetzer',
    postEdit: 'Nachbearbeitungsabstand',
    postEditNote: 'Zwischen Vorschlag und endgültiger Übersetzung geänderte Zeichen, bezogen auf den längeren Text.',
    origin: 'Vorschlag',
    origins: { mt: 'DeepL', tm: 'Translation Memory', empty: 'Kein Vorschlag' },
    segments: 'Segmente',
    words: 'Wörter',
    averageChange: 'Mittlere Änderung',
    unedited: 'Unverändert übernommen',
    keptWords: 'Beibehaltene Wörter',
    annotatedSegments: 'Annotierte Segmente',
    source: 'Ausgangstext',
    target: 'Übersetzung',
    comment: 'Kommentar',
    none: 'Keine',
  },
  pl: {
    title: 'Raport jakości',
    document: 'Dokument',
    typology: 'Typologia',
    evaluatedSegments: 'Ocenione segmenty',
    evaluatedWords: 'Ocenione słowa (tekst docelowy)',
    penaltyPoints: 'Punkty karne',
    penaltyPer1000: 'Punkty karne na 1000 słów',
    qualityScore: 'Wskaźnik jakości (0–100)',
    threshold: 'Próg zaliczenia (punkty na 1000 słów)',
    result: 'Wynik',
    passed: 'Zaliczony',
    failed: 'Niezaliczony',
    notEvaluated: 'Jeszcze nieoceniony',
    byCategory: 'Błędy według kategorii i wagi',
    category: 'Kategoria',
    total: 'Razem',
    severities: { neutral: 'Neutralny', minor: 'Drobny', major: 'Poważny', critical: 'Krytyczny' },
    weights: 'Wagi',
    translators: 'Tłumacze',
    translator: 'Tłumacz',
    postEdit: 'Odległość postedycji',
    postEditNote: 'Znaki zmienione między propozycją a ostatecznym tłumaczeniem, w stosunku do dłuższego tekstu.',
    origin: 'Propozycja',
    origins: { mt: 'DeepL', tm: 'Pamięć tłumaczeniowa', empty: 'Brak propozycji' },
    segments: 'Segmenty',
    words: 'Słowa',
    averageChange: 'Średnia zmiana',
    unedited: 'Przyjęte bez zmian',
    keptWords: 'Zachowane słowa',
    annotatedSegments: 'Segmenty z adnotacjami',
    source: 'Tekst źródłowy',
    target: 'Tłumaczenie',
    comment: 'Komentarz',
    none: 'Brak',
  },
};

/** `mt` → DeepL, `tm:95-99` → Translation memory 95–99, `empty` → No proposal. */
export function originLabel(key: string, labels: ReportLabels): string {
  if (key === 'mt' || key === 'empty') return labels.origins[key];
  const band = key.startsWith('tm:') ? key.slice(3) : key;
  return `${labels.origins.tm} ${band.replace('-', '–')}`;
}
