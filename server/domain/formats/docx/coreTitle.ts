// The Word file's own title: dc:title in its core properties (docProps/core.xml), which Word shows
// under File > Info. A missing, blank or unreadable part gives no title: it is a convenience, and the
// submission never fails for it (a DOCTYPE there was refused before, with every other part).
import { SaxesParser, type SaxesTagNS } from 'saxes';
import type { PackageEntry } from './package';

const CORE_PROPERTIES = 'docProps/core.xml';
const DUBLIN_CORE = 'http://purl.org/dc/elements/1.1/';
/** Longer titles are cut: a title is a label, not content. */
const MAX_TITLE_CHARS = 500;

export function coreTitle(entries: readonly PackageEntry[]): string | undefined {
  const entry = entries.find((candidate) => candidate.name === CORE_PROPERTIES);
  if (!entry) return undefined;
  const parser = new SaxesParser({ xmlns: true });
  let depth = 0;
  let inTitle = 0;
  let title = '';
  parser.on('opentag', (tag: SaxesTagNS) => {
    depth++;
    if (!inTitle && depth === 2 && tag.local === 'title' && tag.uri === DUBLIN_CORE) inTitle = depth;
  });
  parser.on('closetag', () => {
    if (inTitle === depth) inTitle = 0;
    depth--;
  });
  parser.on('text', (text) => {
    if (inTitle && title.length <= MAX_TITLE_CHARS) title += text;
  });
  try {
    parser.write(new TextDecoder('utf-8', { ignoreBOM: false }).decode(entry.data)).close();
  } catch {
    return undefined;
  }
  return title.replace(/\s+/g, ' ').trim().slice(0, MAX_TITLE_CHARS) || undefined;
}
