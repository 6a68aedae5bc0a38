// A Nysa document as a bilingual XLIFF file for Trados Studio, memoQ or OmegaT: one unit per
// segment, its id the segment id, its version and the document id in Nysa's own namespace (so a
// returning file can be checked against what changed in Nysa meanwhile), its QA issues and the
// caller's notes as notes, its state per ./states.ts.
//
// Languages are written with a region (de-DE, pl-PL): Trados Studio projects use specific cultures,
// and memoQ and OmegaT read either form.
import { escapeXmlAttribute, escapeXmlText } from '../../xml/escape';
import type { LanguageCode } from '../../common';
import { SegmentState } from '../../workflow/states';
import { inlineContent } from './inlineWrite';
import {
  NYSA_XLIFF_NAMESPACE,
  XLIFF12_NAMESPACE,
  XLIFF20_NAMESPACE,
  type XliffExportDocument,
  type XliffExportSegment,
  type XliffQaNote,
} from './model';
import { XLIFF_STATE_OUT } from './states';

export const XLIFF_LANGUAGE_TAGS: Readonly<Record<LanguageCode, string>> = { de: 'de-DE', pl: 'pl-PL' };

/** Note priorities (1 = most important, as both versions count them) for QA severities. */
const QA_NOTE_PRIORITY: Readonly<Record<XliffQaNote['severity'], number>> = { error: 1, warning: 5, info: 9 };
/** `from` (1.2) / `category` (2.x) of the notes Nysa writes. */
export const QA_NOTE_ORIGIN = 'nysa-qa';
export const CALLER_NOTE_ORIGIN = 'nysa';

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

const attr = (name: string, value: string | number): string => ` ${name}="${escapeXmlAttribute(String(value))}"`;
const qaNoteText = (issue: XliffQaNote): string => `[${issue.checkId}] ${issue.message}`;

function effectiveState(segment: XliffExportSegment): SegmentState {
  return segment.locked ? SegmentState.Locked : segment.state;
}

function notes12(segment: XliffExportSegment): string {
  let out = '';
  for (const issue of segment.qaIssues) {
    out += `        <note${attr('from', QA_NOTE_ORIGIN)}${attr('priority', QA_NOTE_PRIORITY[issue.severity])}>${escapeXmlText(qaNoteText(issue))}</note>\n`;
  }
  for (const note of segment.notes ?? []) out += `        <note${attr('from', CALLER_NOTE_ORIGIN)}>${escapeXmlText(note)}</note>\n`;
  return out;
}

function transUnit(segment: XliffExportSegment): string {
  const state = effectiveState(segment);
  const mapping = XLIFF_STATE_OUT[state];
  const unitAttributes =
    attr('id', segment.id) +
    attr('xml:space', 'preserve') +
    (mapping.approved ? attr('approved', 'yes') : '') +
    (mapping.translate === false ? attr('translate', 'no') : '') +
    attr('nysa:version', segment.version) +
    attr('nysa:state', state);
  const target = segment.target === null ? '' : inlineContent('1.2', segment.target, segment.tags);
  return (
    `      <trans-unit${unitAttributes}>\n` +
    `        <source>${inlineContent('1.2', segment.source, segment.tags)}</source>\n` +
    `        <target${attr('state', mapping.xliff12)}>${target}</target>\n` +
    notes12(segment) +
    '      </trans-unit>\n'
  );
}

/** The document as XLIFF 1.2 (validates against the OASIS strict schema plus Nysa's namespace). */
export function writeXliff12(doc: XliffExportDocument): string {
  const fileAttributes =
    attr('original', doc.title) +
    attr('source-language', XLIFF_LANGUAGE_TAGS[doc.sourceLang]) +
    attr('target-language', XLIFF_LANGUAGE_TAGS[doc.targetLang]) +
    attr('datatype', 'plaintext') +
    attr('nysa:document-id', doc.documentId);
  const parts = [
    XML_DECLARATION,
    `<xliff${attr('version', '1.2')}${attr('xmlns', XLIFF12_NAMESPACE)}${attr('xmlns:nysa', NYSA_XLIFF_NAMESPACE)}>\n`,
    `  <file${fileAttributes}>\n`,
    `    <header>\n      <tool${attr('tool-id', 'nysa')}${attr('tool-name', 'Nysa')}/>\n    </header>\n`,
    '    <body>\n',
  ];
  for (const segment of doc.segments) parts.push(transUnit(segment));
  parts.push('    </body>\n  </file>\n</xliff>\n');
  return parts.join('');
}

function notes20(segment: XliffExportSegment): string {
  const notes: string[] = [];
  for (const issue of segment.qaIssues) {
    notes.push(`        <note${attr('category', QA_NOTE_ORIGIN)}${attr('priority', QA_NOTE_PRIORITY[issue.severity])}>${escapeXmlText(qaNoteText(issue))}</note>\n`);
  }
  for (const note of segment.notes ?? []) notes.push(`        <note${attr('category', CALLER_NOTE_ORIGIN)}>${escapeXmlText(note)}</note>\n`);
  return notes.length ? `      <notes>\n${notes.join('')}      </notes>\n` : '';
}

function unit(segment: XliffExportSegment): string {
  const state = effectiveState(segment);
  const mapping = XLIFF_STATE_OUT[state];
  const unitAttributes =
    attr('id', segment.id) +
    attr('xml:space', 'preserve') +
    (mapping.translate === false ? attr('translate', 'no') : '') +
    attr('nysa:version', segment.version);
  const segmentAttributes = attr('state', mapping.xliff20) + (mapping.subState ? attr('subState', mapping.subState) : '');
  // 2.x wants a target in every state but "initial".
  const target =
    segment.target !== null
      ? `        <target>${inlineContent('2.0', segment.target, segment.tags)}</target>\n`
      : mapping.xliff20 === 'initial'
        ? ''
        : '        <target></target>\n';
  return (
    `    <unit${unitAttributes}>\n` +
    notes20(segment) +
    `      <segment${segmentAttributes}>\n` +
    `        <source>${inlineContent('2.0', segment.source, segment.tags)}</source>\n` +
    target +
    '      </segment>\n' +
    '    </unit>\n'
  );
}

/** The document as XLIFF 2.0 (validates against the OASIS core schema). */
export function writeXliff20(doc: XliffExportDocument): string {
  const parts = [
    XML_DECLARATION,
    `<xliff${attr('xmlns', XLIFF20_NAMESPACE)}${attr('xmlns:nysa', NYSA_XLIFF_NAMESPACE)}${attr('version', '2.0')}` +
      `${attr('srcLang', XLIFF_LANGUAGE_TAGS[doc.sourceLang])}${attr('trgLang', XLIFF_LANGUAGE_TAGS[doc.targetLang])}>\n`,
    `  <file${attr('id', 'f1')}${attr('original', doc.title)}${attr('nysa:documentId', doc.documentId)}>\n`,
  ];
  for (const segment of doc.segments) parts.push(unit(segment));
  parts.push('  </file>\n</xliff>\n');
  return parts.join('');
}
