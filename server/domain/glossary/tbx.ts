// Glossary TBX, shaped like TBX-Basic (ISO 30042, the <martif> dialect most CAT tools exchange):
//
//   <martif type="TBX" xml:lang="de">
//     <martifHeader>…</martifHeader>
//     <text><body>
//       <termEntry id="…">
//         <note>…</note>                                            the term's note
//         <langSet xml:lang="de"><tig>
//           <term>Grenzraum</term>
//           <termNote type="partOfSpeech">noun</termNote>
//           <termNote type="x-compound">true</termNote>             Nysa: compound-friendly
//           <termNote type="x-caseSensitive">false</termNote>       Nysa: case-sensitive matching
//         </tig></langSet>
//         <langSet xml:lang="pl">
//           <tig><term>pogranicze</term>
//             <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
//             <termNote type="processStatus">finalized</termNote>   approved (provisionallyProcessed: proposed)
//           </tig>
//           <tig><term>obszar przygraniczny</term>
//             <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>   a forbidden variant
//           </tig>
//         </langSet>
//       </termEntry>
//     </body></text>
//   </martif>
//
// Reading streams through saxes, which never loads external entities or DTDs: an entity the file
// declares itself is an error, not an expansion. `tig` and the older `ntig/termGrp` are both read, and
// `lang` as well as `xml:lang` (regional codes such as de-DE count as de). Each German term that is not
// deprecated becomes one glossary term with the entry's first admitted Polish term; Polish terms marked
// deprecated or superseded become its forbidden variants. Entries without a German or a Polish term
// (a glossary for other languages) are skipped and counted. XML that is not well-formed, or a root that
// is not <martif>/<tbx>, is an `invalid_tbx` error with the line.
//
// Writing escapes through xml/: a character XML cannot hold (in a note) is written as U+FFFD.
import { MAX_XML_DEPTH } from '../xml/depth';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { XML_DECLARATION, xmlStartTag, xmlTextElement } from '../xml/element';
import { GlossaryFileError } from './fileErrors';
import { InvalidGlossaryTerm, normalizeTermFields, PARTS_OF_SPEECH, TERMS_PER_FILE_PART, type GlossaryTermFields, type PartOfSpeech } from './types';

export interface TbxReadResult {
  terms: GlossaryTermFields[];
  /** termEntry elements without a usable German–Polish pair. */
  skipped: number;
}

interface TbxTerm {
  text: string;
  notes: Map<string, string>;
}

interface TbxEntry {
  line: number;
  notes: string[];
  langSets: { lang: string; terms: TbxTerm[] }[];
}

const DEPRECATED = new Set(['deprecatedterm-admn-sts', 'supersededterm-admn-sts', 'deprecatedterm', 'supersededterm', 'deprecated', 'superseded']);
const PROPOSED = new Set(['unprocessed', 'provisionallyprocessed']);
/** TBX-Basic's partOfSpeech values, ours by another name. */
const POS_ALIASES: Record<string, PartOfSpeech> = { propernoun: 'proper_noun', 'proper noun': 'proper_noun' };

const fail = (line: number, reason: string): never => {
  throw new GlossaryFileError('invalid_tbx', line, reason);
};

const langOf = (tag: SaxesTagPlain): string => (tag.attributes['xml:lang'] ?? tag.attributes.lang ?? '').trim().toLowerCase();
const primary = (lang: string): string => lang.split(/[-_]/)[0]!;

const isTrue = (value: string | undefined): boolean => ['true', 'yes', '1'].includes((value ?? '').trim().toLowerCase());

function partOfSpeech(value: string | undefined): PartOfSpeech | null {
  const v = (value ?? '').trim().toLowerCase();
  if ((PARTS_OF_SPEECH as readonly string[]).includes(v)) return v as PartOfSpeech;
  return POS_ALIASES[v] ?? (v === '' ? null : 'other');
}

/** The terms of a TBX file. Throws GlossaryFileError (invalid_tbx) when it is not well-formed TBX. */
export function parseGlossaryTbx(xml: string): TbxReadResult {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const entries: TbxEntry[] = [];
  const stack: string[] = [];
  let entry: TbxEntry | null = null;
  let langSet: TbxEntry['langSets'][number] | null = null;
  let term: TbxTerm | null = null;
  /** Collects text for the element being read: a term, a termNote (by type) or a note. */
  let capture: { kind: 'term' | 'termNote' | 'note'; type: string; text: string } | null = null;
  let sawRoot = false;

  parser.on('error', (error) => fail(parser.line, error.message.replace(/^\d+:\d+: /, '')));
  parser.on('doctype', () => {
    // Internal DTD subsets could declare entities; saxes does not expand them, and neither do we.
  });
  parser.on('opentag', (tag) => {
    const name = tag.name;
    if (!sawRoot) {
      sawRoot = true;
      if (name !== 'martif' && name !== 'tbx') fail(parser.line, `the root element is <${name}>, not <martif> (TBX)`);
    }
    stack.push(name);
    if (stack.length > MAX_XML_DEPTH) fail(parser.line, `elements nested deeper than ${MAX_XML_DEPTH}`);
    if (name === 'termEntry' || name === 'conceptEntry') {
      entry = { line: parser.line, notes: [], langSets: [] };
    } else if (name === 'langSet' || name === 'langSec') {
      if (entry) {
        langSet = { lang: langOf(tag), terms: [] };
        entry.langSets.push(langSet);
      }
    } else if (name === 'tig' || name === 'ntig' || name === 'termSec') {
      if (langSet) {
        term = { text: '', notes: new Map() };
        langSet.terms.push(term);
      }
    } else if (name === 'term' && term) {
      capture = { kind: 'term', type: '', text: '' };
    } else if (name === 'termNote' && term) {
      capture = { kind: 'termNote', type: (tag.attributes.type ?? '').trim(), text: '' };
    } else if ((name === 'note' || (name === 'descrip' && /^(note|definition)$/i.test(tag.attributes.type ?? ''))) && entry && !term && capture === null) {
      capture = { kind: 'note', type: '', text: '' };
    }
  });
  const onText = (text: string) => {
    if (capture) capture.text += text;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', (tag) => {
    const name = tag.name;
    stack.pop();
    if (capture && ((capture.kind === 'term' && name === 'term') || (capture.kind === 'termNote' && name === 'termNote') || (capture.kind === 'note' && (name === 'note' || name === 'descrip')))) {
      const text = capture.text.trim();
      if (capture.kind === 'term' && term) term.text += text;
      else if (capture.kind === 'termNote' && term) term.notes.set(capture.type.toLowerCase(), text);
      else if (capture.kind === 'note' && entry && text !== '') entry.notes.push(text);
      capture = null;
    } else if (name === 'tig' || name === 'ntig' || name === 'termSec') {
      term = null;
    } else if (name === 'langSet' || name === 'langSec') {
      langSet = null;
    } else if (name === 'termEntry' || name === 'conceptEntry') {
      if (entry) entries.push(entry);
      entry = null;
    }
  });

  const first = /[^\s\uFEFF]/u.exec(xml);
  if (first && first[0] !== '<') fail(xml.slice(0, first.index).split('\n').length, 'this is not XML: a TBX file starts with "<"');
  parser.write(xml).close();
  if (!sawRoot) fail(parser.line, 'no <martif> element');

  const terms: GlossaryTermFields[] = [];
  let skipped = 0;
  for (const e of entries) {
    const inLang = (lang: string) => e.langSets.filter((set) => primary(set.lang) === lang).flatMap((set) => set.terms).filter((t) => t.text.trim() !== '');
    const deprecated = (t: TbxTerm) => DEPRECATED.has((t.notes.get('administrativestatus') ?? '').toLowerCase());
    const german = inLang('de').filter((t) => !deprecated(t));
    const polish = inLang('pl');
    const preferred = polish.find((t) => !deprecated(t));
    if (german.length === 0 || !preferred) {
      skipped++;
      continue;
    }
    const forbidden = polish.filter(deprecated).map((t) => t.text);
    const note = e.notes.join('\n') || null;
    const status = PROPOSED.has((preferred.notes.get('processstatus') ?? '').toLowerCase()) ? 'proposed' : 'approved';
    for (const de of german) {
      try {
        terms.push(
          normalizeTermFields({
            de: de.text,
            pl: preferred.text,
            note,
            partOfSpeech: partOfSpeech(de.notes.get('partofspeech') ?? preferred.notes.get('partofspeech')),
            caseSensitive: isTrue(de.notes.get('x-casesensitive')),
            forbidden,
            status,
            compound: isTrue(de.notes.get('x-compound')),
          }),
        );
      } catch (error) {
        if (error instanceof InvalidGlossaryTerm) fail(e.line, error.problems.join('; '));
        throw error;
      }
    }
  }
  return { terms, skipped };
}


const POS_OUT: Record<PartOfSpeech, string> = {
  noun: 'noun',
  proper_noun: 'properNoun',
  adjective: 'adjective',
  verb: 'verb',
  adverb: 'adverb',
  phrase: 'phrase', // not in TBX-Basic's list; kept so a Nysa file reads back the same
  other: 'other',
};

/** The lines of one termEntry. */
function termEntryLines(term: GlossaryTermFields & { id?: string }, i: number): string[] {
  const out: string[] = [];
  out.push(`      ${xmlStartTag('termEntry', { id: term.id ?? `t${i + 1}` })}`);
  if (term.note !== null) out.push(`        ${xmlTextElement('note', term.note)}`);
  out.push('        <langSet xml:lang="de">', '          <tig>', `            ${xmlTextElement('term', term.de)}`);
  if (term.partOfSpeech !== null) out.push(`            <termNote type="partOfSpeech">${POS_OUT[term.partOfSpeech]}</termNote>`);
  out.push(
    `            <termNote type="x-caseSensitive">${term.caseSensitive}</termNote>`,
    `            <termNote type="x-compound">${term.compound}</termNote>`,
    '          </tig>',
    '        </langSet>',
    '        <langSet xml:lang="pl">',
    '          <tig>',
    `            ${xmlTextElement('term', term.pl)}`,
    '            <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>',
    `            <termNote type="processStatus">${term.status === 'approved' ? 'finalized' : 'provisionallyProcessed'}</termNote>`,
    '          </tig>',
  );
  for (const variant of term.forbidden) {
    out.push(
      '          <tig>',
      `            ${xmlTextElement('term', variant)}`,
      '            <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>',
      '          </tig>',
    );
  }
  out.push('        </langSet>', '      </termEntry>');
  return out;
}

/**
 * The glossary as TBX-Basic, in parts of TERMS_PER_FILE_PART entries (a large glossary is sent a part at a
 * time, the event loop turning between); `id`s (term ids) become termEntry ids.
 */
export function* glossaryTbxParts(terms: readonly (GlossaryTermFields & { id?: string })[], title = 'Nysa glossary'): Generator<string> {
  yield [
    XML_DECLARATION,
    '<martif type="TBX" xml:lang="de">',
    '  <martifHeader>',
    '    <fileDesc>',
    `      <titleStmt>${xmlTextElement('title', title)}</titleStmt>`,
    '      <sourceDesc><p>Exported by Nysa</p></sourceDesc>',
    '    </fileDesc>',
    '    <encodingDesc><p type="XCSURI">TBXBasicXCSV02.xcs</p></encodingDesc>',
    '  </martifHeader>',
    '  <text>',
    '    <body>',
    '',
  ].join('\n');
  for (let from = 0; from < terms.length; from += TERMS_PER_FILE_PART) {
    const lines: string[] = [];
    for (let i = from; i < Math.min(from + TERMS_PER_FILE_PART, terms.length); i++) lines.push(...termEntryLines(terms[i]!, i));
    yield `${lines.join('\n')}\n`;
  }
  yield ['    </body>', '  </text>', '</martif>', ''].join('\n');
}

/** The glossary as TBX-Basic, whole (glossaryTbxParts joined). */
export const writeGlossaryTbx = (terms: readonly (GlossaryTermFields & { id?: string })[], title?: string): string => [...glossaryTbxParts(terms, title)].join('');
