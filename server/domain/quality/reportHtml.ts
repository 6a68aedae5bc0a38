// The quality report as one self-contained HTML page (inline style, no script): what a coordinator
// sends to the agency. Pure; the route serves it with a policy that allows nothing but that style.
import { escapeHtmlText } from '../formats/html/spelling';
import { originLabel, REPORT_LABELS, type ReportLabels } from './reportLabels';
import type { QualityReport } from './report';
import { severityName } from './notes';
import type { LqaLanguage } from './typology';
import { LQA_SEVERITIES } from './types';
import type { MqmScore } from './scoring';

const STYLE = `body { font: 15px/1.45 system-ui, sans-serif; margin: 1.5rem auto; max-width: 60rem; color: #1a1a1a; }
table { border-collapse: collapse; margin: .5rem 0 1.5rem; }
th, td { border: 1px solid #b8b8b8; padding: .3rem .5rem; text-align: left; vertical-align: top; }
td.number { text-align: right; font-variant-numeric: tabular-nums; }
thead th { background: #eef1f5; }
.pass { color: #11612b; font-weight: bold; } .fail { color: #a3161b; font-weight: bold; }
.note { color: #555; font-size: .9em; } .span { background: #ffe7a3; }
ol.segments > li { margin-bottom: 1rem; }`;

export interface ReportFormat {
  number(value: number, fractionDigits?: number): string;
  percent(share: number): string;
}

export function reportFormat(lang: LqaLanguage): ReportFormat {
  const numbers = new Map<number, Intl.NumberFormat>();
  const percent = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 });
  return {
    number: (value, fractionDigits = 0) => {
      let format = numbers.get(fractionDigits);
      if (!format) numbers.set(fractionDigits, (format = new Intl.NumberFormat(lang, { maximumFractionDigits: fractionDigits })));
      return format.format(value);
    },
    percent: (share) => percent.format(share),
  };
}

/** Pass, fail or not evaluated, as the report says it. */
export const verdict = (score: MqmScore, labels: ReportLabels): string => (score.passed === null ? labels.notEvaluated : score.passed ? labels.passed : labels.failed);

const cell = (text: string, className?: string): string => `<td${className ? ` class="${className}"` : ''}>${escapeHtmlText(text)}</td>`;
const head = (...titles: string[]): string => `<thead><tr>${titles.map((title) => `<th scope="col">${escapeHtmlText(title)}</th>`).join('')}</tr></thead>`;
const row = (title: string, value: string, className?: string): string => `<tr><th scope="row">${escapeHtmlText(title)}</th>${cell(value, className)}</tr>`;

export function qualityReportHtml(report: QualityReport, lang: LqaLanguage): string {
  const labels = REPORT_LABELS[lang];
  const f = reportFormat(lang);
  const score = report.score;
  const maybe = (value: number | null, digits = 2) => (value === null ? '—' : f.number(value, digits));
  const parts: string[] = [];
  parts.push(`<h1>${escapeHtmlText(labels.title)}: ${escapeHtmlText(report.title)}</h1>`);
  parts.push(
    '<table class="summary"><tbody>',
    row(labels.typology, report.typology.name),
    row(labels.weights, LQA_SEVERITIES.map((severity) => `${labels.severities[severity]} ${f.number(report.weights[severity], 2)}`).join(' · ')),
    row(labels.evaluatedSegments, f.number(report.evaluatedSegments)),
    row(labels.evaluatedWords, f.number(score.evaluatedWords)),
    row(labels.penaltyPoints, f.number(score.penaltyPoints, 2)),
    row(labels.penaltyPer1000, maybe(score.penaltyPer1000)),
    row(labels.qualityScore, maybe(score.qualityScore)),
    row(labels.threshold, f.number(score.threshold, 2)),
    row(labels.result, verdict(score, labels), score.passed === null ? undefined : score.passed ? 'pass' : 'fail'),
    '</tbody></table>',
  );

  parts.push(`<h2>${escapeHtmlText(labels.byCategory)}</h2>`);
  parts.push(`<table>${head(labels.category, ...LQA_SEVERITIES.map((s) => labels.severities[s]), labels.total, labels.penaltyPoints)}<tbody>`);
  for (const category of report.byCategory) {
    parts.push(`<tr><th scope="row">${escapeHtmlText(category.name)}</th>${LQA_SEVERITIES.map((s) => cell(f.number(category.bySeverity[s]), 'number')).join('')}${cell(f.number(category.total), 'number')}${cell(f.number(category.penaltyPoints, 2), 'number')}</tr>`);
  }
  const totals = LQA_SEVERITIES.map((s) => cell(f.number(report.bySeverity[s]), 'number')).join('');
  const total = LQA_SEVERITIES.reduce((n, s) => n + report.bySeverity[s], 0);
  parts.push(`<tr><th scope="row">${escapeHtmlText(labels.total)}</th>${totals}${cell(f.number(total), 'number')}${cell(f.number(score.penaltyPoints, 2), 'number')}</tr></tbody></table>`);

  if (report.byTranslator.length > 0) {
    parts.push(`<h2>${escapeHtmlText(labels.translators)}</h2><table>${head(labels.translator, labels.evaluatedWords, labels.penaltyPoints, labels.penaltyPer1000, labels.result)}<tbody>`);
    for (const translator of report.byTranslator) {
      parts.push(`<tr><th scope="row">${escapeHtmlText(translator.name ?? translator.translatorId)}</th>${cell(f.number(translator.score.evaluatedWords), 'number')}${cell(f.number(translator.score.penaltyPoints, 2), 'number')}${cell(maybe(translator.score.penaltyPer1000), 'number')}${cell(verdict(translator.score, labels))}</tr>`);
    }
    parts.push('</tbody></table>');
  }

  parts.push(`<h2>${escapeHtmlText(labels.postEdit)}</h2><p class="note">${escapeHtmlText(labels.postEditNote)}</p>`);
  parts.push(`<table class="post-edit">${head(labels.origin, labels.segments, labels.words, labels.averageChange, labels.unedited, labels.keptWords)}<tbody>`);
  for (const group of [...report.postEdit.byOrigin, { ...report.postEdit.overall, key: '' }]) {
    const title = group.key === '' ? labels.total : originLabel(group.key, labels);
    parts.push(`<tr data-origin="${escapeHtmlText(group.key || 'all')}"><th scope="row">${escapeHtmlText(title)}</th>${cell(f.number(group.segments), 'number')}${cell(f.number(group.words), 'number')}${cell(f.percent(group.averageRatio), 'number')}${cell(f.percent(group.uneditedShare), 'number')}${cell(f.number(group.keptWords), 'number')}</tr>`);
  }
  parts.push('</tbody></table>');

  parts.push(`<h2>${escapeHtmlText(labels.annotatedSegments)}</h2>`);
  if (report.segments.length === 0) parts.push(`<p>${escapeHtmlText(labels.none)}</p>`);
  else {
    parts.push('<ol class="segments">');
    for (const segment of report.segments) {
      parts.push(`<li value="${segment.index + 1}"><div><strong>${escapeHtmlText(labels.source)}:</strong> <span lang="de">${escapeHtmlText(segment.source)}</span></div>`);
      parts.push(`<div><strong>${escapeHtmlText(labels.target)}:</strong> <span lang="pl">${escapeHtmlText(segment.target ?? '')}</span></div><ul>`);
      for (const annotation of segment.annotations) {
        const spanText = annotation.span && annotation.target !== null ? ` <span class="span" lang="pl">${escapeHtmlText(annotation.target.slice(annotation.span.start, annotation.span.end))}</span>` : '';
        const comment = annotation.comment ? ` — ${escapeHtmlText(annotation.comment)}` : '';
        parts.push(`<li data-severity="${annotation.severity}">${escapeHtmlText(annotation.categoryName)} (${escapeHtmlText(severityName(annotation.severity, lang))})${spanText}${comment}</li>`);
      }
      parts.push('</ul></li>');
    }
    parts.push('</ol>');
  }
  return `<!DOCTYPE html>\n<html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtmlText(`${labels.title}: ${report.title}`)}</title><style>${STYLE}</style></head><body>${parts.join('\n')}</body></html>\n`;
}
