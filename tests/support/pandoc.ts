// Reading a document with Debian's pandoc (an independent reader of the DOCX and HTML files Nysa
// writes) and comparing what it finds: the shape of its syntax tree (elements, link and image targets,
// no words) and its words.
import { execFileSync } from 'node:child_process';
import { PANDOC } from './externalTool';

export type PandocJson = null | boolean | number | string | PandocJson[] | { [key: string]: PandocJson };
const TEXT_NODES = new Set(['Str', 'Space', 'SoftBreak']);

/** pandoc's JSON syntax tree of a file read as `from` (docx, html …). */
export function pandocAst(file: string, from: 'docx' | 'html'): { meta: Record<string, PandocJson>; blocks: PandocJson } {
  return JSON.parse(execFileSync(PANDOC.path, ['-f', from, '-t', 'json', file], { encoding: 'utf8', timeout: 60_000 })) as {
    meta: Record<string, PandocJson>;
    blocks: PandocJson;
  };
}

/**
 * The shape of a pandoc AST: every element in document order (Para, Header, Table, Plain, Strong, Link …)
 * with link and image targets, but no words (nor link titles, which are translated) — what a
 * translation must keep.
 */
export function pandocShape(node: PandocJson, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((child) => pandocShape(child, out));
  else if (node && typeof node === 'object') {
    const type = node.t;
    if (typeof type === 'string' && TEXT_NODES.has(type)) return out;
    if (type === 'Link' || type === 'Image') out.push(`${type} ${JSON.stringify(((node.c as PandocJson[])[2] as PandocJson[])[0])}`);
    else if (typeof type === 'string') out.push(type);
    if (node.c !== undefined && typeof node.c !== 'string') pandocShape(node.c, out);
  }
  return out;
}

/** The words of a pandoc AST, Str by Str. */
export function pandocWords(node: PandocJson, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((child) => pandocWords(child, out));
  else if (node && typeof node === 'object') {
    if (node.t === 'Str') out.push(node.c as string);
    else if (node.c !== undefined) pandocWords(node.c, out);
  }
  return out;
}
