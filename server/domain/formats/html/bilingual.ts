// A bilingual review table: one standalone HTML5 page (no script, no outside resources) with the
// source and target of every segment side by side, their language on each cell, and the segment's
// state. Segment texts are data: every one is escaped, and placeholders ({1}, {/1}, {2/}) are shown
// as marked chips rather than rendered as markup. Labels come from the caller (localized there).
import { splitPlaceholders } from '../../segmentation/placeholders';
import type { LanguageCode } from '../../common';
import { escapeHtmlAttribute, escapeHtmlText } from './spelling';

export interface BilingualRow {
  id: string;
  source: string;
  /** null while the segment has no translation. */
  target: string | null;
  state: string;
  notes?: string;
}

export interface BilingualLabels {
  /** The language the labels are in (the page's lang). */
  lang: string;
  source: string;
  target: string;
  state: string;
  notes: string;
  /** The shown name of each state ('approved' → 'Zatwierdzony'); the state itself where none is given. */
  states?: Record<string, string>;
}

export interface BilingualTable {
  title: string;
  sourceLang: LanguageCode;
  targetLang: LanguageCode;
  rows: BilingualRow[];
  labels?: BilingualLabels;
}

const ENGLISH: BilingualLabels = { lang: 'en', source: 'Source', target: 'Target', state: 'State', notes: 'Notes' };

const STYLE = `body { font: 15px/1.45 system-ui, sans-serif; margin: 1.5rem; color: #1a1a1a; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #b8b8b8; padding: .35rem .5rem; vertical-align: top; text-align: left; }
thead th { background: #eef1f5; }
td.text { white-space: pre-wrap; width: 40%; }
.ph { font: .8em monospace; background: #dde6f3; border-radius: 3px; padding: 0 .2em; color: #23446b; }
.number { color: #666; }`;

/** A segment text as HTML: text escaped, placeholders as chips. */
function segmentHtml(text: string): string {
  return splitPlaceholders(text)
    .map((part) => (part.kind === 'text' ? escapeHtmlText(part.text) : `<span class="ph">${escapeHtmlText(part.text)}</span>`))
    .join('');
}

/** The whole page; pure, so the export can serve it as it is. */
export function writeBilingualHtml(table: BilingualTable): string {
  const labels = table.labels ?? ENGLISH;
  const withNotes = table.rows.some((row) => row.notes);
  const cell = (text: string, attributes = '') => `<td${attributes}>${text}</td>`;
  const header = [
    '<th scope="col">#</th>',
    `<th scope="col">${escapeHtmlText(labels.source)} (${table.sourceLang.toUpperCase()})</th>`,
    `<th scope="col">${escapeHtmlText(labels.target)} (${table.targetLang.toUpperCase()})</th>`,
    `<th scope="col">${escapeHtmlText(labels.state)}</th>`,
    withNotes ? `<th scope="col">${escapeHtmlText(labels.notes)}</th>` : '',
  ].join('');
  const rows = table.rows.map((row, i) =>
    [
      `<tr id="segment-${escapeHtmlAttribute(row.id)}">`,
      cell(String(i + 1), ' class="number"'),
      cell(segmentHtml(row.source), ` class="text" lang="${table.sourceLang}"`),
      cell(row.target === null ? '' : segmentHtml(row.target), ` class="text" lang="${table.targetLang}"`),
      cell(escapeHtmlText(labels.states?.[row.state] ?? row.state)),
      withNotes ? cell(escapeHtmlText(row.notes ?? ''), ' class="text"') : '',
      '</tr>',
    ].join(''),
  );
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtmlAttribute(labels.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtmlText(table.title)}</title>`,
    `<style>\n${STYLE}\n</style>`,
    '</head>',
    '<body>',
    `<h1>${escapeHtmlText(table.title)}</h1>`,
    '<table>',
    `<thead><tr>${header}</tr></thead>`,
    '<tbody>',
    ...rows,
    '</tbody>',
    '</table>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
