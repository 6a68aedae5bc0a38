// The skeleton of a submitted XLIFF file: the original with markers where Polish targets go, and
// rebuilding it. Markers are the shared ones (../skeleton.ts: U+E000 head (U+E002 arg)* U+E001; input
// holding U+E000–U+E002 is refused), with these heads:
//   <i>            segment i's target text (the shared text marker; no args)
//   [<ids>         opens a region: arg = the original text it replaces. When every listed segment's
//                  text is null ("*" = every segment of the document), the original is written and
//                  the region's template skipped; otherwise the template up to the closing marker is
//                  rendered. Regions do not nest.
//   ]              closes a region
//   s1<ids> s2<ids> u2<ids>
//                  a 1.2 target `state`, a 2.x segment `state`, a 2.x `subState` attribute: arg = the
//                  original attribute text (with its leading space, or empty). Rewritten from
//                  ./states.ts when a state is given for the least advanced of the listed segments,
//                  else written as it was.
//   v<version>     the XLIFF version (first in the skeleton; writes nothing)
// So rebuilding with every text null gives the original byte for byte.
import { SaxesParser } from 'saxes';
import { InvalidInput } from '../../errors';
import { escapeXmlAttribute, escapeXmlText } from '../../xml/escape';
import { splitPlaceholders } from '../../segmentation/placeholders';
import type { InlineTag } from '../../segments/types';
import type { SegmentState } from '../../workflow/states';
import { codeElement, placeholderRoles, type PlaceholderRole } from './inlineWrite';
import type { XliffRebuildText, XliffVersion } from './model';
import { leastAdvancedState, XLIFF_STATE_OUT } from './states';

const OPEN = '\uE000';
const SEPARATOR = '\uE002';
const CLOSE = '\uE001';
const ANY_MARKER = /\uE000([^\uE000-\uE002]*)((?:\uE002[^\uE000-\uE002]*)*)\uE001/g;

export type StateSlotKind = 's1' | 's2' | 'u2';

export const versionMarker = (version: XliffVersion): string => `${OPEN}v${version}${CLOSE}`;
export const regionStart = (ids: readonly number[] | '*', original: string): string =>
  `${OPEN}[${ids === '*' ? '*' : ids.join(',')}${SEPARATOR}${original}${CLOSE}`;
export const REGION_END = `${OPEN}]${CLOSE}`;
export const stateSlot = (kind: StateSlotKind, ids: readonly number[], original: string): string =>
  `${OPEN}${kind}${ids.join(',')}${SEPARATOR}${original}${CLOSE}`;

const idList = (list: string): number[] => (list === '' ? [] : list.split(',').map(Number));

function stateAttribute(kind: StateSlotKind, state: SegmentState): string {
  const mapping = XLIFF_STATE_OUT[state];
  if (kind === 's1') return ` state="${mapping.xliff12}"`;
  if (kind === 's2') return ` state="${mapping.xliff20}"`;
  return mapping.subState ? ` subState="${escapeXmlAttribute(mapping.subState)}"` : '';
}

/** The element name and id of a container's start tag (<g id="1" …>, <pc …>, <mrk …>), read with saxes. */
function containerOf(markup: string, close: string): { local: string; id: string | null } | null {
  let found: { local: string; id: string | null } | null = null;
  const parser = new SaxesParser({ xmlns: false });
  parser.on('opentag', (tag) => {
    if (found) return;
    const colon = tag.name.indexOf(':');
    const id = (tag.attributes as Record<string, string>).id;
    found = { local: colon >= 0 ? tag.name.slice(colon + 1) : tag.name, id: id ?? null };
  });
  try {
    parser.write(markup + close).close();
  } catch {
    return null;
  }
  return found;
}

/**
 * A translated text in XLIFF inline markup: its placeholders become their tags' original XML. A
 * wrapping code (<g>, <pc>) whose placeholders the translator separated or dropped cannot keep its
 * start and end tags: it becomes an opening/closing code pair (1.2 <bx/>/<ex/>, 2.x <sc/>/<ec/>), as
 * the writers do; other codes are whole elements already and stay as they are. A placeholder without a
 * tag stays text.
 */
export class TargetRenderer {
  private readonly containers = new Map<string, { local: string; id: string | null } | null>();

  constructor(private readonly version: XliffVersion) {}

  render(text: string, tags: readonly InlineTag[]): string {
    const parts = splitPlaceholders(text);
    const roles = placeholderRoles(parts);
    const byId = new Map(tags.map((tag) => [tag.id, tag]));
    let out = '';
    parts.forEach((part, index) => {
      if (part.kind === 'text') {
        out += escapeXmlText(part.text);
        return;
      }
      const tag = byId.get(part.id);
      const role = roles[index] as PlaceholderRole;
      if (!tag || (role === 'standalone') !== (tag.type === 'standalone')) {
        out += escapeXmlText(part.text);
        return;
      }
      if (role === 'standalone') out += tag.open;
      else if (role === 'pair-open' || !tag.close.startsWith('</')) out += part.kind === 'open' ? tag.open : tag.close;
      else if (role === 'pair-close') out += tag.close;
      else out += this.separated(role, tag, part.id);
    });
    return out;
  }

  private separated(role: PlaceholderRole, tag: InlineTag, number: number): string {
    let container = this.containers.get(tag.open);
    if (container === undefined) {
      container = containerOf(tag.open, tag.close);
      this.containers.set(tag.open, container);
    }
    const id = container?.id ?? String(number);
    const opening = role === 'span-open' || role === 'lone-open';
    if (container?.local === 'g' || container?.local === 'pc') return codeElement(this.version, role, id);
    if (this.version === '2.0' && container?.local === 'mrk') {
      if (opening) return `<sm id="${escapeXmlAttribute(id)}"/>`;
      return role === 'span-close' ? `<em startRef="${escapeXmlAttribute(id)}"/>` : '';
    }
    // A separated annotation (1.2 <mrk>) or foreign element: its markup is left out, its text kept.
    return '';
  }
}

/**
 * Fills a skeleton from extractXliff with targets: text i goes to segment i (null leaves its place as
 * it was); a given `state` rewrites the state attributes per ./states.ts. Throws InvalidInput
 * 'skeleton_mismatch' when the number of texts differs from the number of segments.
 */
export function renderXliffSkeleton(skeleton: string, texts: readonly XliffRebuildText[]): string {
  let version: XliffVersion = '1.2';
  let renderer = new TargetRenderer(version);
  let out = '';
  let last = 0;
  let skipping = false;
  let segments = 0;
  const anyText = texts.some((text) => text !== null);
  for (const m of skeleton.matchAll(ANY_MARKER)) {
    if (!skipping) out += skeleton.slice(last, m.index);
    last = m.index + m[0].length;
    const head = m[1] as string;
    const args = (m[2] as string).split(SEPARATOR).slice(1);
    if (/^\d+$/.test(head)) {
      const index = Number(head);
      segments = Math.max(segments, index + 1);
      const text = texts[index];
      if (!skipping && text) out += renderer.render(text.text, text.tags);
      continue;
    }
    const kind = head[0];
    if (kind === 'v') {
      version = head.slice(1) === '2.0' ? '2.0' : '1.2';
      renderer = new TargetRenderer(version);
    } else if (kind === '[') {
      const list = head.slice(1);
      const keep = list === '*' ? !anyText : idList(list).every((i) => (texts[i] ?? null) === null);
      if (keep) out += args[0] ?? '';
      skipping = keep;
    } else if (kind === ']') {
      skipping = false;
    } else if (!skipping && (head.startsWith('s1') || head.startsWith('s2') || head.startsWith('u2'))) {
      const states = idList(head.slice(2))
        .map((i) => texts[i]?.state)
        .filter((state): state is SegmentState => state !== undefined);
      const state = leastAdvancedState(states);
      out += state === undefined ? (args[0] ?? '') : stateAttribute(head.slice(0, 2) as StateSlotKind, state);
    }
  }
  out += skipping ? '' : skeleton.slice(last);
  if (segments !== texts.length) {
    throw new InvalidInput(`the skeleton has ${segments} segments, but ${texts.length} texts were given`,
      { markers: segments, texts: texts.length }, 'skeleton_mismatch');
  }
  return out;
}
