// Placeholders written as XLIFF inline codes. A translator may move, drop or duplicate placeholders,
// so every open and close placeholder is given a role first:
//   pair  a well-nested {n}…{/n}                          1.2 <g id="n">…</g>       2.x <pc id="n">…</pc>
//   span  {n} and a later {/n} that cross another pair     1.2 <bx/>…<ex/> (rid=n)   2.x <sc id="n"/>…<ec startRef="n"/>
//   lone  {n} or {/n} without its partner                  1.2 <bx/> or <ex/>        2.x <sc|ec id="n" isolated="yes"/>
//   {n/}                                                   1.2 <x id="n"/>           2.x <ph id="n"/>
// so the XML is well-formed whatever the text.
import { escapeXmlAttribute, escapeXmlText } from '../../xml/escape';
import { pairPlaceholders, splitPlaceholders, type PlaceholderPart } from '../../segmentation/placeholders';
import type { InlineTag } from '../../segments/types';

export type PlaceholderRole =
  | 'text'
  | 'standalone'
  | 'pair-open'
  | 'pair-close'
  | 'span-open'
  | 'span-close'
  | 'lone-open'
  | 'lone-close';

/** The role of each part (see above); a close spans with the earliest unpaired open of its id before it. */
export function placeholderRoles(parts: readonly PlaceholderPart[]): PlaceholderRole[] {
  const paired = pairPlaceholders(parts as PlaceholderPart[]);
  const roles: PlaceholderRole[] = parts.map((part, index) => {
    if (part.kind === 'text') return 'text';
    if (part.kind === 'standalone') return 'standalone';
    if (paired.has(index)) return part.kind === 'open' ? 'pair-open' : 'pair-close';
    return part.kind === 'open' ? 'lone-open' : 'lone-close';
  });
  // Unpaired opens waiting for a close of their id, earliest first (a read position keeps this linear).
  const waiting = new Map<number, { items: number[]; next: number }>();
  parts.forEach((part, index) => {
    if (part.kind === 'text') return;
    let queue = waiting.get(part.id);
    if (roles[index] === 'lone-open') {
      if (!queue) waiting.set(part.id, (queue = { items: [], next: 0 }));
      queue.items.push(index);
    } else if (roles[index] === 'lone-close' && queue && queue.next < queue.items.length) {
      const open = queue.items[queue.next++] as number;
      roles[open] = 'span-open';
      roles[index] = 'span-close';
    }
  });
  return roles;
}

export type XliffCodeVersion = '1.2' | '2.0';

/** The original markup of a tag, shown to translators in 2.x (`disp`, `dispStart`/`dispEnd`). */
export interface CodeDisplay {
  open?: string;
  close?: string;
}

/** The XLIFF element for one placeholder in the given role. */
export function codeElement(version: XliffCodeVersion, role: PlaceholderRole, id: string, display: CodeDisplay = {}): string {
  const q = escapeXmlAttribute(id);
  if (version === '1.2') {
    switch (role) {
      case 'pair-open':
        return `<g id="${q}">`;
      case 'pair-close':
        return '</g>';
      case 'span-open':
      case 'lone-open':
        return `<bx id="${q}" rid="${q}"/>`;
      case 'span-close':
      case 'lone-close':
        return `<ex id="${q}" rid="${q}"/>`;
      default:
        return `<x id="${q}"/>`;
    }
  }
  const attribute = (name: string, value: string | undefined) => (value ? ` ${name}="${escapeXmlAttribute(value)}"` : '');
  switch (role) {
    case 'pair-open':
      return `<pc id="${q}"${attribute('dispStart', display.open)}${attribute('dispEnd', display.close)}>`;
    case 'pair-close':
      return '</pc>';
    case 'span-open':
      return `<sc id="${q}"${attribute('disp', display.open)}/>`;
    case 'span-close':
      return `<ec startRef="${q}"${attribute('disp', display.close)}/>`;
    case 'lone-open':
      return `<sc id="${q}" isolated="yes"${attribute('disp', display.open)}/>`;
    case 'lone-close':
      return `<ec id="${q}" isolated="yes"${attribute('disp', display.close)}/>`;
    default:
      return `<ph id="${q}"${attribute('disp', display.open)}/>`;
  }
}

/**
 * A segment text as XLIFF inline content: text escaped, placeholders as codes whose ids are Nysa's
 * placeholder numbers. In 2.x the tag's original markup is shown to translators.
 */
export function inlineContent(version: XliffCodeVersion, text: string, tags: readonly InlineTag[]): string {
  const parts = splitPlaceholders(text);
  const roles = placeholderRoles(parts);
  const byId = new Map(tags.map((tag) => [tag.id, tag]));
  return parts
    .map((part, index) => {
      if (part.kind === 'text') return escapeXmlText(part.text);
      const tag = byId.get(part.id);
      return codeElement(version, roles[index] as PlaceholderRole, String(part.id), { open: tag?.open, close: tag?.close });
    })
    .join('');
}
