// Pure helpers behind the documents list, the submit form, the coordinator dashboard and a document's
// statistics: shares per state, totals over documents, grouping and sorting, chart scales and ticks,
// upload checks. No DOM, no i18n: the pages format what these compute.
import type { DocumentView, MtJob, Project, SegmentState, Tally } from '../api/types';

/** The order of the parts of a stacked progress bar: done work first, untouched text last. */
export const PROGRESS_ORDER: readonly SegmentState[] = ['approved', 'locked', 'translated', 'draft', 'rejected', 'new'];

export type Measure = 'words' | 'segments';

export interface StateShare {
  state: SegmentState;
  segments: number;
  words: number;
  /** The measured amount (words or segments). */
  value: number;
  /** Share of the measured total, 0–100 (exact, for bar widths). */
  percent: number;
}

/** Words, unless the document has none (only numbers, URLs…): then segments. */
export function measureOf(byState: Record<SegmentState, Tally>): Measure {
  return PROGRESS_ORDER.some((state) => byState[state].words > 0) ? 'words' : 'segments';
}

/** Every state in PROGRESS_ORDER with its amount and share of the total; zero shares when there is nothing. */
export function stateShares(byState: Record<SegmentState, Tally>, measure: Measure): StateShare[] {
  const total = PROGRESS_ORDER.reduce((sum, state) => sum + byState[state][measure], 0);
  return PROGRESS_ORDER.map((state) => {
    const { segments, words } = byState[state];
    const value = measure === 'words' ? words : segments;
    return { state, segments, words, value, percent: total === 0 ? 0 : (value / total) * 100 };
  });
}

/** The document fields the aggregations read. */
export type StatsDocument = Pick<
  DocumentView,
  'status' | 'overdue' | 'dueDate' | 'billedCharacters' | 'byState' | 'total' | 'qa' | 'percentApproved' | 'title' | 'createdAt'
> &
  Partial<Pick<DocumentView, 'sentCharacters'>>;

export interface Totals {
  documents: number;
  inTranslation: number;
  inReview: number;
  approved: number;
  overdue: number;
  totalWords: number;
  /** Approved plus locked words: the text that needs no more work (as the server's percentApproved). */
  doneWords: number;
  /** doneWords of totalWords, 0–100 with one decimal; 0 when there are no words. */
  percentDone: number;
  billedCharacters: number;
  /** Characters sent to DeepL, answered or not: billedCharacters and what may have been billed besides. */
  sentCharacters: number;
  qaErrors: number;
  qaWarnings: number;
}

const oneDecimal = (part: number, whole: number): number => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10);

export function totalsOf(documents: readonly StatsDocument[]): Totals {
  const totals: Totals = {
    documents: documents.length,
    inTranslation: 0,
    inReview: 0,
    approved: 0,
    overdue: 0,
    totalWords: 0,
    doneWords: 0,
    percentDone: 0,
    billedCharacters: 0,
    sentCharacters: 0,
    qaErrors: 0,
    qaWarnings: 0,
  };
  for (const document of documents) {
    if (document.status === 'in_translation') totals.inTranslation += 1;
    else if (document.status === 'in_review') totals.inReview += 1;
    else totals.approved += 1;
    if (document.overdue) totals.overdue += 1;
    totals.totalWords += document.total.words;
    totals.doneWords += document.byState.approved.words + document.byState.locked.words;
    totals.billedCharacters += document.billedCharacters;
    totals.sentCharacters += document.sentCharacters ?? document.billedCharacters;
    totals.qaErrors += document.qa.errors;
    totals.qaWarnings += document.qa.warnings;
  }
  totals.percentDone = oneDecimal(totals.doneWords, totals.totalWords);
  return totals;
}

/** Documents not yet approved whose due date falls between now and `days` days from now. */
export function dueWithin(documents: readonly StatsDocument[], now: Date, days: number): number {
  const end = now.getTime() + days * 86_400_000;
  return documents.filter((d) => {
    if (d.status === 'approved' || d.dueDate === null) return false;
    const due = Date.parse(d.dueDate);
    return due >= now.getTime() && due <= end;
  }).length;
}

export type SortKey = 'due' | 'progress' | 'title';
export type SortDirection = 'asc' | 'desc';

const byTitle = (a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title);

/**
 * A sorted copy. `due`: earliest first (asc), documents without a due date always last; `progress`:
 * least approved first (asc); ties by title.
 */
export function sortDocuments<T extends Pick<DocumentView, 'dueDate' | 'percentApproved' | 'title'>>(
  documents: readonly T[],
  key: SortKey,
  direction: SortDirection,
): T[] {
  const sign = direction === 'asc' ? 1 : -1;
  return [...documents].sort((a, b) => {
    if (key === 'due') {
      if (a.dueDate === null || b.dueDate === null) {
        if (a.dueDate === b.dueDate) return byTitle(a, b);
        return a.dueDate === null ? 1 : -1;
      }
      return sign * (Date.parse(a.dueDate) - Date.parse(b.dueDate)) || byTitle(a, b);
    }
    if (key === 'progress') return sign * (a.percentApproved - b.percentApproved) || byTitle(a, b);
    return sign * byTitle(a, b);
  });
}

export interface ProjectGroup<T> {
  projectId: string;
  /** null when the project is not in the list (named by the page). */
  name: string | null;
  documents: T[];
}

/**
 * Documents by project, projects by name (unknown ones last). Inside a project: the user's own
 * documents first (when `mineFirst` is a user id), then the newest first.
 */
export function groupByProject<T extends Pick<DocumentView, 'projectId' | 'createdBy' | 'createdAt'>>(
  documents: readonly T[],
  projects: readonly Pick<Project, 'id' | 'name'>[],
  mineFirst: string | null = null,
): ProjectGroup<T>[] {
  const groups = new Map<string, ProjectGroup<T>>();
  for (const document of documents) {
    let group = groups.get(document.projectId);
    if (!group) {
      group = { projectId: document.projectId, name: projects.find((p) => p.id === document.projectId)?.name ?? null, documents: [] };
      groups.set(document.projectId, group);
    }
    group.documents.push(document);
  }
  const mine = (d: T) => (mineFirst !== null && d.createdBy === mineFirst ? 0 : 1);
  for (const group of groups.values()) {
    group.documents.sort((a, b) => mine(a) - mine(b) || b.createdAt.localeCompare(a.createdAt));
  }
  return [...groups.values()].sort((a, b) => {
    if (a.name === null || b.name === null) return a.name === b.name ? a.projectId.localeCompare(b.projectId) : a.name === null ? 1 : -1;
    return a.name.localeCompare(b.name) || a.projectId.localeCompare(b.projectId);
  });
}

export const isMtActive = (job: Pick<MtJob, 'status'> | null): boolean => job !== null && (job.status === 'queued' || job.status === 'running');

/** MT can be started: never ran (or failed), the document is not approved, and there are new segments. */
export function mtStartable(document: Pick<DocumentView, 'status' | 'byState' | 'mtJob'>): boolean {
  if (document.status === 'approved' || document.byState.new.segments === 0) return false;
  return document.mtJob === null || document.mtJob.status === 'failed';
}

export interface Scale {
  /** The axis' top value (≥ the largest value). */
  top: number;
  step: number;
  ticks: number[];
}

/** A value axis from 0 with at most `maxTicks` ticks at whole, "nice" steps (1, 2, 5 × 10^n). */
export function niceScale(max: number, maxTicks = 5): Scale {
  if (!(max > 0)) return { top: 1, step: 1, ticks: [0, 1] };
  const intervals = Math.max(1, maxTicks - 1);
  const rough = max / intervals;
  const power = 10 ** Math.floor(Math.log10(rough));
  const fraction = rough / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  const step = Math.max(1, Math.round(nice * power));
  const top = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let value = 0; value <= top; value += step) ticks.push(value);
  return { top, step, ticks };
}

export interface BarBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Bars in a plot of `width`×`height` (y grows downwards), one band per value, `gap` of each band left empty. */
export function layoutBars(values: readonly number[], width: number, height: number, top: number, gap = 0.2): BarBox[] {
  if (values.length === 0) return [];
  const band = width / values.length;
  return values.map((value, i) => {
    const barHeight = top <= 0 ? 0 : (Math.max(0, value) / top) * height;
    return { x: i * band + (band * gap) / 2, y: height - barHeight, width: band * (1 - gap), height: barHeight };
  });
}

/** Label every n-th bar so that labels of `labelWidth` fit in `plotWidth`. */
export const labelEvery = (count: number, plotWidth: number, labelWidth: number): number =>
  count === 0 ? 1 : Math.max(1, Math.ceil((count * labelWidth) / plotWidth));

export interface DayTally {
  date: string;
  words: number;
  segments: number;
}

/** Consecutive days summed into buckets of `size` days (the last one may be shorter), dated by their first day. */
export function bucketDays(days: readonly DayTally[], size: number): DayTally[] {
  const buckets: DayTally[] = [];
  for (let i = 0; i < days.length; i += size) {
    const part = days.slice(i, i + size);
    buckets.push({ date: part[0].date, words: part.reduce((s, d) => s + d.words, 0), segments: part.reduce((s, d) => s + d.segments, 0) });
  }
  return buckets;
}

export interface DaysSummary {
  words: number;
  segments: number;
  /** Days with any approved words. */
  activeDays: number;
  /** The day with the most approved words (the earliest of equals); null when none had any. */
  best: DayTally | null;
}

export function summarizeDays(days: readonly DayTally[]): DaysSummary {
  let best: DayTally | null = null;
  for (const day of days) if (day.words > 0 && (best === null || day.words > best.words)) best = day;
  return {
    words: days.reduce((s, d) => s + d.words, 0),
    segments: days.reduce((s, d) => s + d.segments, 0),
    activeDays: days.filter((d) => d.words > 0).length,
    best,
  };
}

/** `<input type="date">` value → the end of that day in UTC as an ISO datetime; '' → null. */
export function endOfDayUtc(date: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const parsed = new Date(`${date}T23:59:59.999Z`);
  return Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date ? null : parsed.toISOString();
}

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

export type UploadCheck = { ok: true; format: 'text' | 'markdown' } | { ok: false; reason: 'type' | 'size' };

/** A file to upload: .txt is text, .md/.markdown Markdown, at most MAX_UPLOAD_BYTES. */
export function checkUpload(file: { name: string; size: number }): UploadCheck {
  const extension = /\.([^.]+)$/.exec(file.name.toLowerCase())?.[1] ?? '';
  const format = extension === 'txt' ? 'text' : extension === 'md' || extension === 'markdown' ? 'markdown' : null;
  if (format === null) return { ok: false, reason: 'type' };
  if (file.size > MAX_UPLOAD_BYTES) return { ok: false, reason: 'size' };
  return { ok: true, format };
}

/** A file name without its extension (a title suggestion). */
export const titleFromFileName = (name: string): string => name.replace(/\.[^.]+$/, '').trim();

/** UTF-8 bytes → text without a byte order mark; null when the bytes are not UTF-8. */
export function decodeUtf8(bytes: ArrayBuffer | Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

export interface PreviewSegment {
  index: number;
  source: string;
  kind: string;
  lang: string;
  wordCount: number;
  locked: boolean;
}

export interface PreviewTotals {
  segments: number;
  words: number;
  /** Segments kept as they are (Polish or language-neutral text). */
  lockedSegments: number;
  /** Words of the segments that will be translated. */
  wordsToTranslate: number;
}

export function previewTotals(segments: readonly PreviewSegment[]): PreviewTotals {
  const locked = segments.filter((s) => s.locked);
  const words = segments.reduce((s, seg) => s + seg.wordCount, 0);
  return {
    segments: segments.length,
    words,
    lockedSegments: locked.length,
    wordsToTranslate: words - locked.reduce((s, seg) => s + seg.wordCount, 0),
  };
}

export interface EditingNow {
  user: { id: string; name: string };
  segmentIndex: number;
  since: string;
}

/** `GET /api/overview/activity` items by document: each user once, at the segment they opened last. */
export function editorsByDocument(
  items: readonly { documentId: string; segmentIndex: number; user: { id: string; name: string }; since: string }[],
): Map<string, EditingNow[]> {
  const out = new Map<string, EditingNow[]>();
  for (const item of items) {
    const list = out.get(item.documentId) ?? [];
    const existing = list.findIndex((e) => e.user.id === item.user.id);
    const entry = { user: item.user, segmentIndex: item.segmentIndex, since: item.since };
    if (existing === -1) list.push(entry);
    else if (item.since > list[existing].since) list[existing] = entry;
    out.set(item.documentId, list);
  }
  return out;
}

/** The rows of a TM analysis (see the server's TM_ANALYSIS_KEYS), in this order. */
export const ANALYSIS_KEYS = ['101', '100', '95-99', '85-94', '75-84', '50-74', 'no_match', 'repetition', 'locked'] as const;
export type AnalysisKey = (typeof ANALYSIS_KEYS)[number];

export interface AnalysisRow {
  key: AnalysisKey;
  segments: number;
  words: number;
  /** Share of all analysed words, 0–100 (exact). */
  percentWords: number;
}

const isTally = (value: unknown): value is Tally =>
  typeof value === 'object' && value !== null && typeof (value as Tally).segments === 'number' && typeof (value as Tally).words === 'number';

/** A document's `analysis` as rows; null when absent or not the expected shape (older documents). */
export function analysisRows(analysis: unknown): AnalysisRow[] | null {
  if (typeof analysis !== 'object' || analysis === null) return null;
  const record = analysis as Record<string, unknown>;
  if (!ANALYSIS_KEYS.every((key) => isTally(record[key]))) return null;
  const tallies = ANALYSIS_KEYS.map((key) => ({ key, ...(record[key] as Tally) }));
  const words = tallies.reduce((s, t) => s + t.words, 0);
  return tallies.map((t) => ({ key: t.key, segments: t.segments, words: t.words, percentWords: words === 0 ? 0 : (t.words / words) * 100 }));
}
