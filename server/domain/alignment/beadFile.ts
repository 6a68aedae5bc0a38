// A plain-text format for gold alignments (tests/fixtures/alignment/README.md): one bead per line,
// "German ## German ||| Polish", an empty side for 1-0 / 0-1, blank lines for paragraph breaks and
// lines starting with "# " for comments.
import { InvalidInput } from '../errors';

export interface GoldBead {
  de: number[];
  pl: number[];
}

export interface BeadFile {
  de: string[];
  pl: string[];
  beads: GoldBead[];
  /** Indices of the first sentence of each paragraph after the first, per side. */
  paragraphStarts: { de: number[]; pl: number[] };
}

const SIDE_SEPARATOR = ' ||| ';
const SENTENCE_SEPARATOR = ' ## ';

function sentencesOf(side: string): string[] {
  return side
    .split(SENTENCE_SEPARATOR)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export function parseBeadFile(content: string): BeadFile {
  const file: BeadFile = { de: [], pl: [], beads: [], paragraphStarts: { de: [], pl: [] } };
  let paragraphBreak = false;
  content.split(/\r?\n/).forEach((line, index) => {
    if (line.startsWith('# ') || line === '#') return;
    if (!line.trim()) {
      paragraphBreak = file.beads.length > 0;
      return;
    }
    const padded = ` ${line} `;
    const at = padded.indexOf(SIDE_SEPARATOR);
    if (at < 0 || padded.indexOf(SIDE_SEPARATOR, at + 1) >= 0) {
      throw new InvalidInput(`line ${index + 1}: a bead needs exactly one " ||| "`, undefined, 'invalid_bead_file');
    }
    const de = sentencesOf(padded.slice(0, at));
    const pl = sentencesOf(padded.slice(at + SIDE_SEPARATOR.length));
    if (de.length === 0 && pl.length === 0) {
      throw new InvalidInput(`line ${index + 1}: a bead needs a sentence`, undefined, 'invalid_bead_file');
    }
    if (paragraphBreak) {
      file.paragraphStarts.de.push(file.de.length);
      file.paragraphStarts.pl.push(file.pl.length);
      paragraphBreak = false;
    }
    file.beads.push({
      de: de.map((_, k) => file.de.length + k),
      pl: pl.map((_, k) => file.pl.length + k),
    });
    file.de.push(...de);
    file.pl.push(...pl);
  });
  return file;
}
