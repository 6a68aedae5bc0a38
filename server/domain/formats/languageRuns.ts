// Which language each part of a block is written in, decided before the block is split into sentences,
// so a Polish paragraph inside a German document is split by the Polish rules (German rules on Polish
// text cut it after "kpt." and "ul." and leave short fragments that then pass for German). A block is
// identified whole; a block of several lines (a markdown paragraph with line breaks) also line by line,
// and consecutive lines of one language form a run. Lines without a language of their own (neutral,
// another language) stay with the run before them. A run in another language than the document's is
// checked sentence by sentence, so a line holding a German and a Polish sentence gives two runs.
import { identifyLanguage } from '../language/identify';
import { pairPlaceholders, splitPlaceholders } from '../segmentation/placeholders';
import type { SegmentationRules } from '../segmentation/rules';
import { sentenceSpans, type SentenceSpan } from '../segmentation/sentences';
import type { SourceLanguage } from './model';

export interface LanguageRun {
  /** Offsets into the block text; runs are in order and cover [from, text.length) between them. */
  start: number;
  end: number;
  lang: SourceLanguage;
}

/** German or Polish as identified, with `prior` as the document's language; anything else is `prior`. */
function identified(text: string, prior: SourceLanguage): SourceLanguage {
  const found = identifyLanguage(text, { documentLanguage: prior });
  return found === 'de' || found === 'pl' ? found : prior;
}

/** Positions of line breaks that no placeholder pair spans: only there may a run end. */
function freeLineBreaks(text: string, from: number): number[] {
  const breaks: number[] = [];
  const parts = text.includes('{') ? splitPlaceholders(text) : [];
  const paired = parts.length ? pairPlaceholders(parts) : new Map<number, number>();
  let depth = 0;
  let part = 0;
  for (let i = text.indexOf('\n', from); i !== -1; i = text.indexOf('\n', i + 1)) {
    for (; part < parts.length && (parts[part] as { start: number }).start < i; part++) {
      const p = parts[part]!;
      if (paired.has(part)) depth += p.kind === 'open' ? 1 : p.kind === 'close' ? -1 : 0;
    }
    if (depth === 0) breaks.push(i);
  }
  return breaks;
}

/**
 * A run in another language than the document's, split into the sentences the document's rules find
 * and re-grouped by their languages (the run's language as prior): a paragraph with a German and a
 * Polish sentence gives a German and a Polish run, and each is then split by its own rules. Fragments
 * the document's rules cut out of a Polish sentence ("Akcją dowodził kpt.") stay with their run.
 */
function sentenceRuns(text: string, run: LanguageRun, documentLanguage: SourceLanguage, rules?: SegmentationRules): LanguageRun[] {
  const spans = sentenceSpans(text.slice(run.start, run.end), documentLanguage, rules);
  if (spans.length < 2) return [run];
  const runs: LanguageRun[] = [];
  let start = run.start;
  spans.forEach((span, i) => {
    const end = i + 1 < spans.length ? run.start + (spans[i + 1] as SentenceSpan).start : run.end;
    const lang = identified(text.slice(run.start + span.start, run.start + span.end), run.lang);
    const previous = runs[runs.length - 1];
    if (previous && previous.lang === lang) previous.end = end;
    else runs.push({ start, end, lang });
    start = end;
  });
  return runs;
}

/** Line runs of one language: a block of several lines is identified line by line. */
function lineRuns(text: string, from: number, blockLanguage: SourceLanguage): LanguageRun[] {
  const breaks = text.includes('\n', from) ? freeLineBreaks(text, from) : [];
  if (!breaks.length) return [{ start: from, end: text.length, lang: blockLanguage }];
  const runs: LanguageRun[] = [];
  let start = from;
  for (const end of [...breaks, text.length]) {
    const line = text.slice(start, end);
    const found = identifyLanguage(line, { documentLanguage: blockLanguage });
    const previous = runs[runs.length - 1];
    const lang = found === 'de' || found === 'pl' ? found : (previous?.lang ?? blockLanguage);
    if (previous && previous.lang === lang) previous.end = end;
    else runs.push({ start, end, lang });
    start = end;
  }
  return runs;
}

/**
 * The language runs of `text` from `from`, for a document written in `documentLanguage` (whose rules,
 * `rules` or the built-in ones, first split a run in another language).
 */
export function languageRuns(text: string, from: number, documentLanguage: SourceLanguage, rules?: SegmentationRules): LanguageRun[] {
  const blockLanguage = identified(text.slice(from), documentLanguage);
  const runs: LanguageRun[] = [];
  for (const line of lineRuns(text, from, blockLanguage)) {
    for (const run of line.lang === documentLanguage ? [line] : sentenceRuns(text, line, documentLanguage, rules)) {
      const previous = runs[runs.length - 1];
      if (previous && previous.lang === run.lang) previous.end = run.end;
      else runs.push({ ...run });
    }
  }
  return runs;
}
