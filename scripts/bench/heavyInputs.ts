// The large inputs of the event-loop benchmark (eventLoop.ts), seeded and deterministic: a Markdown
// document and a plain text of a given size (germanText.ts), a glossary CSV of a given number of rows,
// a TBX file of a given size, and Nysa's XLIFF export as a translator returns it (also formats.ts).
import { germanText } from './germanText';

/** About 100 bytes a segment in germanText: enough segments for `bytes`, cut to `bytes`' worth of blocks. */
function textOfSize(bytes: number, seed: number): string {
  const { content } = germanText(Math.ceil(bytes / 95), seed);
  const blocks = content.split('\n\n');
  const kept: string[] = [];
  let size = 0;
  for (const block of blocks) {
    if (size + block.length > bytes) break;
    kept.push(block);
    size += Buffer.byteLength(block) + 2;
  }
  return `${kept.join('\n\n')}\n`;
}

/** A Markdown document of about `bytes`: headings, paragraphs with bold and links, lists. */
export function markdownDocument(bytes: number, seed = 20190130): string {
  const blocks = textOfSize(bytes * 0.97, seed).split('\n\n');
  return `${blocks
    .map((block, i) => {
      if (i % 9 === 0) return `## ${block.split(/(?<=[.!?])\s/)[0]}`;
      if (i % 9 === 4) return block.replace(/^(\S+ \S+)/, '**$1**').replace(/(Görlitz|Dresden|Zittau)/, '[$1](https://www.example.de/$1)');
      return block;
    })
    .join('\n\n')}\n`;
}

/** A plain-text document of about `bytes`. */
export const textDocument = (bytes: number, seed = 31012019): string => textOfSize(bytes, seed);

const NOUNS = ['Förderbescheid', 'Grenzraum', 'Zuwendungsempfänger', 'Verwendungsnachweis', 'Kleinprojektefonds', 'Landkreis', 'Kooperationspartner', 'Antragsfrist'];
const POLISH = ['decyzja o dofinansowaniu', 'pogranicze', 'beneficjent', 'sprawozdanie z wykorzystania', 'Fundusz Małych Projektów', 'powiat', 'partner współpracy', 'termin składania wniosków'];

/** A glossary CSV with a header and `rows` distinct German–Polish terms. */
export function glossaryCsv(rows: number): string {
  const lines = ['de,pl,note,partOfSpeech,caseSensitive,forbidden,status,compound'];
  for (let i = 0; i < rows; i++) {
    const k = i % NOUNS.length;
    lines.push(`${NOUNS[k]} ${i},${POLISH[k]} ${i},"Quelle: Amtsblatt, Nr. ${i % 97}",noun,false,${POLISH[(k + 1) % POLISH.length]} ${i},approved,${i % 3 === 0}`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** A TBX-Basic file of about `bytes`, distinct German–Polish entries with a note and a forbidden variant. */
export function glossaryTbx(bytes: number): string {
  const head = '<?xml version="1.0" encoding="UTF-8"?>\n<martif type="TBX" xml:lang="de">\n<martifHeader><fileDesc><sourceDesc><p>bench</p></sourceDesc></fileDesc></martifHeader>\n<text><body>\n';
  const entries: string[] = [];
  let size = head.length;
  for (let i = 0; size < bytes - 40; i++) {
    const k = i % NOUNS.length;
    const entry =
      `<termEntry id="t${i}"><note>Eintrag ${i} aus dem Amtsblatt</note>` +
      `<langSet xml:lang="de"><tig><term>${NOUNS[k]} ${i}</term><termNote type="partOfSpeech">noun</termNote></tig></langSet>` +
      `<langSet xml:lang="pl"><tig><term>${POLISH[k]} ${i}</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>` +
      `<tig><term>${POLISH[(k + 1) % POLISH.length]} ${i}</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig></langSet></termEntry>\n`;
    entries.push(entry);
    size += Buffer.byteLength(entry);
  }
  return `${head}${entries.join('')}</body></text>\n</martif>\n`;
}

/**
 * The exported XLIFF as a translator returns it: every target filled with "PL " and the source (numbers
 * kept, so QA passes), marked translated. A text substitution on Nysa's own export, whose layout is known.
 */
export const returnedXliff = (exported: string): string =>
  exported.replace(/<source>([\s\S]*?)<\/source>(\s*)<target state="[^"]*">[\s\S]*?<\/target>/g, '<source>$1</source>$2<target state="translated">PL $1</target>');
