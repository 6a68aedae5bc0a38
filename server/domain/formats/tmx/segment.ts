// One <seg> as it is read: its text runs and inline tags, and how the tags of a unit's German and
// Polish segments become Nysa's numbered placeholders (see index.ts for the mapping).
import { formatPlaceholder, type PlaceholderKind } from '../../segmentation/placeholders';

export interface TagRecord {
  /** What the tag corresponds to in the other language: `x` when given, else its position. */
  key: string;
  id?: number;
}

type Token = string | { kind: PlaceholderKind; record: TagRecord };

/** One <seg> being read: text runs and tags, numbered once the whole <tu> is known. */
export class SegmentBuilder {
  readonly tokens: Token[] = [];
  chars = 0;
  private pairs = 0;
  private singles = 0;
  private readonly openById = new Map<string, TagRecord>();
  readonly hiStack: TagRecord[] = [];

  text(text: string): void {
    this.tokens.push(text);
    this.chars += text.length;
  }

  pairRecord(x: string | undefined): TagRecord {
    return { key: x !== undefined ? `pair:x:${x}` : `pair:#${this.pairs++}` };
  }

  singleRecord(x: string | undefined): TagRecord {
    return { key: x !== undefined ? `single:x:${x}` : `single:#${this.singles++}` };
  }

  tag(name: string, attributes: Record<string, string>): void {
    const { x, i, pos } = attributes;
    if (name === 'bpt') {
      const record = this.pairRecord(x);
      if (i !== undefined) this.openById.set(i, record);
      this.tokens.push({ kind: 'open', record });
    } else if (name === 'ept') {
      const open = i !== undefined ? this.openById.get(i) : undefined;
      if (open && i !== undefined) this.openById.delete(i);
      this.tokens.push({ kind: 'close', record: open ?? this.pairRecord(x) });
    } else if (name === 'it' && (pos === 'begin' || pos === 'end')) {
      this.tokens.push({ kind: pos === 'begin' ? 'open' : 'close', record: this.pairRecord(x) });
    } else {
      this.tokens.push({ kind: 'standalone', record: this.singleRecord(x) });
    }
  }
}

/** Elements inside a <seg> whose content is native code, not text. */
export const CODE_ELEMENTS = new Set(['bpt', 'ept', 'ph', 'it', 'ut']);

/** Gives the German tags ids 1, 2, … and the Polish ones the id of their German counterpart. */
export function renderUnit(source: SegmentBuilder, target: SegmentBuilder): { source: string; target: string } {
  const sourceIds = new Map<string, number>();
  let next = 1;
  const render = (segment: SegmentBuilder, idOf: (record: TagRecord) => number): string => {
    let out = '';
    for (const token of segment.tokens) {
      if (typeof token === 'string') out += token;
      else {
        token.record.id ??= idOf(token.record);
        out += formatPlaceholder(token.kind, token.record.id);
      }
    }
    return out;
  };
  const sourceText = render(source, (record) => {
    let id = sourceIds.get(record.key);
    if (id === undefined) sourceIds.set(record.key, (id = next++));
    return id;
  });
  const targetOnly = new Map<string, number>();
  const targetText = render(target, (record) => {
    let id = sourceIds.get(record.key) ?? targetOnly.get(record.key);
    if (id === undefined) targetOnly.set(record.key, (id = next++));
    return id;
  });
  return { source: sourceText, target: targetText };
}
