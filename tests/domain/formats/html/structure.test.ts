// Independent checks of the rebuilt Polish page: parse5 (used plainly, without Nysa's code) sees the
// same elements as in the original, and Debian's pandoc sees the same blocks and links.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { decodeHtml, rebuildHtml } from '../../../../server/domain/formats/html';
import { HTML_FIXTURES } from '../../../../scripts/fixtures/html';
import { describeWithTool, PANDOC } from '../../../support/externalTool';
import { extract, fakePolish } from './support';

type Node = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.Document;

const FIXTURES = ['constructs.html', 'smart-integration.html', 'windows-1250.html', 'iso-8859-2.html'];
const text = (name: string) => decodeHtml(new Uint8Array(fs.readFileSync(path.join(HTML_FIXTURES, name)))).text;

function polish(source: string): string {
  const doc = extract(source);
  return rebuildHtml(doc.skeleton, fakePolish(doc), { targetLang: 'pl' });
}

const TEXT_ATTRIBUTES = new Set(['alt', 'title', 'placeholder', 'aria-label', 'label']);
const META_TEXTS = new Set(['description', 'og:title', 'og:description', 'twitter:title', 'twitter:description']);
const UNTRANSLATED = new Set(['script', 'style', 'pre', 'code', 'textarea', 'template']);

/** Whether an attribute's value is text a translation may change. */
function isText(element: DefaultTreeAdapterTypes.Element, name: string): boolean {
  const get = (n: string) => element.attrs.find((a) => a.name === n)?.value ?? '';
  if (TEXT_ATTRIBUTES.has(name)) return true;
  if (element.tagName === 'meta' && name === 'content') return META_TEXTS.has(get('name') || get('property'));
  return element.tagName === 'input' && name === 'value' && ['submit', 'button', 'reset'].includes(get('type'));
}

/**
 * Every element (with its attributes; text values and the page language left out), comment, and
 * untranslated text, in order.
 */
function structure(html: string): string[] {
  const out: string[] = [];
  const stack: { node: Node; depth: number; inside: boolean }[] = [{ node: parse(html), depth: 0, inside: false }];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const { node, depth, inside } = entry;
    if ('tagName' in node) {
      const attrs = node.attrs
        .filter((a) => node.tagName !== 'html' || (a.name !== 'lang' && a.name !== 'xml:lang'))
        .map((a) => (isText(node, a.name) ? a.name : `${a.name}=${a.value}`));
      out.push(`${depth} ${node.namespaceURI} ${node.tagName} ${attrs.join(' ')}`);
    } else if (node.nodeName === '#comment') out.push(`${depth} comment ${(node as DefaultTreeAdapterTypes.CommentNode).data}`);
    else if (node.nodeName === '#text' && inside) out.push(`${depth} text ${(node as DefaultTreeAdapterTypes.TextNode).value}`);
    const children = 'childNodes' in node ? node.childNodes : [];
    const untranslated = inside || ('tagName' in node && UNTRANSLATED.has(node.tagName));
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, depth: depth + 1, inside: untranslated });
  }
  return out;
}

describe('html rebuild: the Polish page parses to the same elements', () => {
  test.each(FIXTURES)('%s', (name) => {
    const source = text(name);
    const rebuilt = polish(source);
    expect(structure(rebuilt)).toEqual(structure(source));
    expect(parse(rebuilt).childNodes.find((n) => n.nodeName === 'html')).toMatchObject({ attrs: expect.arrayContaining([{ name: 'lang', value: 'pl' }]) });
  });

  it('keeps the elements when the translator moved, dropped and duplicated placeholders', () => {
    const source = text('smart-integration.html');
    const doc = extract(source);
    const texts = doc.segments.map((s) => {
      // The first closing placeholder dropped, standalone ones doubled, words (and placeholders) reversed.
      if (s.source.includes('{/')) return { text: s.source.replace(/\{\/\d+\}/, ''), tags: s.tags };
      if (/\{\d+\/\}/.test(s.source)) return { text: s.source.replace(/(\{\d+\/\})/g, '$1$1'), tags: s.tags };
      return { text: s.source.split(' ').reverse().join(' '), tags: s.tags };
    });
    const rebuilt = rebuildHtml(doc.skeleton, texts, { targetLang: 'pl' });
    // Dropped pairs and moved placeholders change inline elements only: every block element stays.
    const blocks = (html: string) => structure(html).filter((line) => !/ (em|a|span|br) /.test(line));
    expect(blocks(rebuilt)).toEqual(blocks(source));
    // A left-open <em> would be carried by the parser into every following paragraph.
    const emphasis = (html: string) => structure(html).filter((line) => line.includes(' em ')).length;
    expect(emphasis(rebuilt)).toBeLessThan(emphasis(source));
  });
});

/** Block types (headers with their level), list items, table cells and links, as pandoc reads them. */
function pandocBlocks(html: string): string[] {
  const result = spawnSync(PANDOC.path, ['-f', 'html', '-t', 'json'], { input: html, encoding: 'utf8', timeout: 60_000 });
  if (result.status !== 0) throw new Error(`pandoc failed: ${result.stderr}`);
  const out: string[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (!value || typeof value !== 'object') return;
    const node = value as { t?: string; c?: unknown };
    if (node.t === 'Header') out.push(`Header ${(node.c as unknown[])[0]}`);
    else if (node.t === 'Link') out.push(`Link ${((node.c as unknown[])[2] as string[])[0]}`);
    else if (node.t === 'BulletList' || node.t === 'OrderedList') out.push(`${node.t} ${((node.c as unknown[]).at(-1) as unknown[]).length}`);
    else if (['Para', 'Plain', 'BlockQuote', 'Table', 'CodeBlock', 'Code', 'Image', 'DefinitionList'].includes(node.t ?? '')) out.push(node.t as string);
    Object.values(node).forEach(walk);
  };
  walk((JSON.parse(result.stdout) as { blocks: unknown }).blocks);
  return out;
}

describeWithTool(PANDOC, 'html rebuild: pandoc reads the same blocks in the Polish page', () => {
  test.each(FIXTURES)('%s', (name) => {
    const source = text(name);
    const original = pandocBlocks(source);
    expect(original.length).toBeGreaterThan(1);
    expect(pandocBlocks(polish(source))).toEqual(original);
  });
});
