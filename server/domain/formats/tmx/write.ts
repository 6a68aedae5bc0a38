// Writing TMX 1.4: the document's start and end, and one <tu> per unit (see index.ts for the mapping
// of placeholders to inline tags).
import { pairPlaceholders, splitPlaceholders } from '../../segmentation/placeholders';
import type { Timestamp } from '../../common';
import { XML_DECLARATION, xmlElement, xmlEmptyElement, xmlEndTag, xmlStartTag } from '../../xml/element';
import { escapeXmlText } from '../../xml/escape';

/** An ISO timestamp in TMX's form (`20260124T100000Z`); null when it is not a UTC ISO timestamp. */
export function tmxDate(timestamp: Timestamp): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?Z$/.exec(timestamp);
  return m ? `${m[1]}${m[2]}${m[3]}T${m[4]}${m[5]}${m[6]}Z` : null;
}

/**
 * A segment text as TMX <seg> content: a well-nested pair {n}…{/n} → <bpt i="k" x="n"/>…<ept i="k"/>,
 * {n/} → <ph x="n"/>, an open or close placeholder without its partner → <it pos="begin|end" x="n"/>.
 */
export function tmxSegmentContent(text: string): string {
  const parts = splitPlaceholders(text);
  const partner = pairPlaceholders(parts);
  let pairs = 0;
  const pairNumber = new Map<number, number>();
  return parts
    .map((part, index) => {
      if (part.kind === 'text') return escapeXmlText(part.text);
      if (part.kind === 'standalone') return xmlEmptyElement('ph', { x: part.id });
      const other = partner.get(index);
      if (other === undefined) return xmlEmptyElement('it', { pos: part.kind === 'open' ? 'begin' : 'end', x: part.id });
      if (part.kind === 'open') {
        pairNumber.set(index, ++pairs);
        return xmlEmptyElement('bpt', { i: pairs, x: part.id });
      }
      return xmlEmptyElement('ept', { i: pairNumber.get(other) });
    })
    .join('');
}

export interface TmxHeaderOptions {
  creationDate: Timestamp;
  toolVersion: string;
}

/** The XML declaration, <tmx>, the header and the opening <body>. */
export function tmxDocumentStart(options: TmxHeaderOptions): string {
  const date = tmxDate(options.creationDate);
  const header = xmlEmptyElement('header', {
    creationtool: 'Nysa',
    creationtoolversion: options.toolVersion,
    datatype: 'plaintext',
    segtype: 'sentence',
    adminlang: 'en',
    srclang: 'de',
    'o-tmf': 'Nysa',
    creationdate: date,
  });
  return `${XML_DECLARATION}\n${xmlStartTag('tmx', { version: '1.4' })}\n  ${header}\n  ${xmlStartTag('body')}\n`;
}

export const TMX_DOCUMENT_END = `  ${xmlEndTag('body')}\n${xmlEndTag('tmx')}\n`;

export interface TmxWritableUnit {
  id: string;
  source: string;
  target: string;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

/** One <tu> with its German and Polish <tuv>, indented for a body. */
export function tmxUnitElement(unit: TmxWritableUnit): string {
  const created = tmxDate(unit.createdAt);
  const changed = tmxDate(unit.updatedAt);
  const variant = (lang: string, text: string) => xmlElement('tuv', { 'xml:lang': lang }, xmlElement('seg', {}, tmxSegmentContent(text)));
  return (
    `    ${xmlStartTag('tu', { tuid: unit.id, creationdate: created, changedate: changed })}\n` +
    `      ${variant('de', unit.source)}\n` +
    `      ${variant('pl', unit.target)}\n` +
    `    ${xmlEndTag('tu')}\n`
  );
}
