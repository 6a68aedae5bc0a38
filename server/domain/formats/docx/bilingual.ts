// A bilingual table for reviewers outside Nysa: a Word file with the title and one two-column table,
// source | target, a row per segment. Under the source stands the segment's number, under the target
// its state (and notes), both small and grey; placeholders stay as {1}, {/1}, {2/} in a colour of their
// own, so a reviewer sees where the formatting goes. The header row repeats on every page.
import { splitPlaceholders } from '../../segmentation/placeholders';
import { escapeXmlText } from '../../xml/escape';
import { textRuns } from './inline';
import { writePackage } from './package';

export interface BilingualRow {
  id: string | number;
  source: string;
  target: string;
  state: string;
  notes?: string;
}

export interface BilingualTable {
  title: string;
  sourceLang: string;
  targetLang: string;
  rows: BilingualRow[];
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const LANGUAGE_TAGS: Record<string, string> = { de: 'de-DE', pl: 'pl-PL', en: 'en-GB' };
/** A4 between 2 cm margins, in twentieths of a point, split into two equal columns. */
const COLUMN_WIDTH = 4819;
const PLACEHOLDER_COLOUR = '1F6FB2';
const NOTE_COLOUR = '666666';

const languageTag = (code: string): string => LANGUAGE_TAGS[code.toLowerCase()] ?? code;

const runStart = (properties: string): string => `<w:r><w:rPr>${properties}</w:rPr>`;

/** A segment text as runs: text in the language, placeholders in their colour. */
function segmentRuns(text: string, lang: string): string {
  const language = `<w:lang w:val="${escapeXmlText(languageTag(lang))}"/>`;
  return splitPlaceholders(text)
    .map((part) =>
      part.kind === 'text'
        ? textRuns(part.text, runStart(language))
        : textRuns(part.text, runStart(`<w:color w:val="${PLACEHOLDER_COLOUR}"/>${language}`)),
    )
    .join('');
}

const paragraph = (runs: string, properties = ''): string => `<w:p>${properties ? `<w:pPr>${properties}</w:pPr>` : ''}${runs}</w:p>`;
const note = (text: string): string =>
  paragraph(textRuns(text, runStart(`<w:color w:val="${NOTE_COLOUR}"/><w:sz w:val="16"/>`)), '<w:spacing w:before="60"/>');
const cell = (content: string): string => `<w:tc><w:tcPr><w:tcW w:w="${COLUMN_WIDTH}" w:type="dxa"/></w:tcPr>${content}</w:tc>`;

function row(entry: BilingualRow, sourceLang: string, targetLang: string): string {
  const state = entry.notes ? `${entry.state} — ${entry.notes}` : entry.state;
  return (
    '<w:tr><w:trPr><w:cantSplit/></w:trPr>' +
    cell(paragraph(segmentRuns(entry.source, sourceLang)) + note(`#${entry.id}`)) +
    cell(paragraph(segmentRuns(entry.target, targetLang)) + note(state)) +
    '</w:tr>'
  );
}

function documentXml(table: BilingualTable): string {
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="999999"/>`;
  const header =
    '<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>' +
    [table.sourceLang, table.targetLang]
      .map((lang) => cell(paragraph(textRuns(lang.toUpperCase(), runStart('<w:b/>')))))
      .join('') +
    '</w:tr>';
  return (
    `${DECLARATION}<w:document xmlns:w="${W}"><w:body>` +
    paragraph(textRuns(table.title, runStart('')), '<w:pStyle w:val="Title"/>') +
    '<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>' +
    ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('') +
    `</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="60" w:type="dxa"/><w:bottom w:w="60" w:type="dxa"/></w:tblCellMar></w:tblPr>` +
    `<w:tblGrid><w:gridCol w:w="${COLUMN_WIDTH}"/><w:gridCol w:w="${COLUMN_WIDTH}"/></w:tblGrid>` +
    header +
    table.rows.map((entry) => row(entry, table.sourceLang, table.targetLang)).join('') +
    '</w:tbl><w:p/>' +
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>' +
    '</w:body></w:document>'
  );
}

const STYLES_XML =
  `${DECLARATION}<w:styles xmlns:w="${W}">` +
  '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/><w:sz w:val="20"/></w:rPr></w:rPrDefault>' +
  '<w:pPrDefault><w:pPr><w:spacing w:after="0"/></w:pPr></w:pPrDefault></w:docDefaults>' +
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>' +
  '</w:styles>';

const CONTENT_TYPES =
  `${DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
  '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
  '</Types>';

const RELATIONSHIP = 'http://schemas.openxmlformats.org';
const PACKAGE_RELS =
  `${DECLARATION}<Relationships xmlns="${RELATIONSHIP}/package/2006/relationships">` +
  `<Relationship Id="rId1" Type="${RELATIONSHIP}/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
  `<Relationship Id="rId2" Type="${RELATIONSHIP}/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
  '</Relationships>';
const DOCUMENT_RELS =
  `${DECLARATION}<Relationships xmlns="${RELATIONSHIP}/package/2006/relationships">` +
  `<Relationship Id="rId1" Type="${RELATIONSHIP}/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
  '</Relationships>';

const coreXml = (title: string): string =>
  `${DECLARATION}<cp:coreProperties xmlns:cp="${RELATIONSHIP}/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">` +
  `<dc:title>${escapeXmlText(title)}</dc:title></cp:coreProperties>`;

/** The bilingual table as a .docx file; the same table always gives the same bytes. */
export function writeBilingualDocx(table: BilingualTable): Uint8Array {
  const encoder = new TextEncoder();
  const files: [string, string][] = [
    ['[Content_Types].xml', CONTENT_TYPES],
    ['_rels/.rels', PACKAGE_RELS],
    ['docProps/core.xml', coreXml(table.title)],
    ['word/_rels/document.xml.rels', DOCUMENT_RELS],
    ['word/document.xml', documentXml(table)],
    ['word/styles.xml', STYLES_XML],
  ];
  return writePackage(files.map(([name, xml]) => ({ name, data: encoder.encode(xml), compression: 8 })));
}
