// Parses a document with parse5, keeping where each piece of text came from. parse5 gives a text node
// one location from its first to its last character, but a text node may be made of several runs of
// the source with markup between them that the parser dropped ("Hallo</span> Welt", a stray end tag) or
// moved (text foster-parented out of a table). So the parser here records, for every text node, each
// character token it received with that token's own source range.
//
// Bounds, so that hostile input costs time linear in its size: at most MAX_HTML_DEPTH open elements
// (Chromium's parser stops nesting at 512 too), and at most MAX_ELEMENTS_PER_TAG elements per "<" of
// the source (the tree builder re-creates unclosed formatting elements in every following paragraph,
// which without a bound turns a few kilobytes into millions of elements).
import { Parser, defaultTreeAdapter, type DefaultTreeAdapterMap, type Token, type TreeAdapter } from 'parse5';
import { InvalidInput } from '../../errors';
import { isText, type HtmlDocument, type HtmlElement, type HtmlNode, type HtmlText } from './nodes';

/** A run of a text node's characters as one token of the source gave them. */
export interface TextPiece {
  /** The characters as parsed (character references decoded, line endings normalized). */
  chars: string;
  start: number;
  end: number;
}

export interface HtmlTree {
  document: HtmlDocument;
  pieces: Map<HtmlText, TextPiece[]>;
}

export const MAX_HTML_DEPTH = 512;
const MAX_ELEMENTS_PER_TAG = 2;
const MIN_ELEMENTS = 1000;

class TextRecorder {
  readonly pieces = new Map<HtmlText, TextPiece[]>();
  token: Token.CharacterToken | null = null;

  readonly adapter: TreeAdapter<DefaultTreeAdapterMap> = {
    ...defaultTreeAdapter,
    insertText: (parent, text) => {
      defaultTreeAdapter.insertText(parent, text);
      this.record(parent.childNodes[parent.childNodes.length - 1], text);
    },
    insertTextBefore: (parent, text, reference) => {
      defaultTreeAdapter.insertTextBefore(parent, text, reference);
      this.record(parent.childNodes[parent.childNodes.indexOf(reference) - 1], text);
    },
  };

  /**
   * Tokens that follow each other without a gap are one piece: parse5 places the boundary between two
   * tokens wrongly next to a character reference (" &amp" | ";"), but the first start and the last end
   * of a contiguous run are exact.
   */
  private record(node: HtmlNode | undefined, chars: string): void {
    const location = this.token?.location;
    if (!location || !node || !isText(node)) return;
    const list = this.pieces.get(node);
    const last = list?.[list.length - 1];
    if (last && last.end === location.startOffset) {
      last.chars += chars;
      last.end = location.endOffset;
    } else if (list) list.push({ chars, start: location.startOffset, end: location.endOffset });
    else this.pieces.set(node, [{ chars, start: location.startOffset, end: location.endOffset }]);
  }
}

class LocatingParser extends Parser<DefaultTreeAdapterMap> {
  private elements = 0;

  constructor(
    private readonly recorder: TextRecorder,
    private readonly maxElements: number,
  ) {
    // Scripting off: <noscript> content is markup to translate, not raw text.
    super({ sourceCodeLocationInfo: true, scriptingEnabled: false, treeAdapter: recorder.adapter });
  }

  override _insertCharacters(token: Token.CharacterToken): void {
    this.recorder.token = token;
    try {
      super._insertCharacters(token);
    } finally {
      this.recorder.token = null;
    }
  }

  override _createElement(...args: Parameters<Parser<DefaultTreeAdapterMap>['_createElement']>): HtmlElement {
    if (++this.elements > this.maxElements) {
      throw new InvalidInput(
        'the HTML parser would build far more elements than the document has tags',
        { elements: this.maxElements },
        'html_too_complex',
      );
    }
    return super._createElement(...args);
  }

  override _insertElement(...args: Parameters<Parser<DefaultTreeAdapterMap>['_insertElement']>): void {
    super._insertElement(...args);
    this.checkDepth();
  }

  override _insertFakeElement(...args: Parameters<Parser<DefaultTreeAdapterMap>['_insertFakeElement']>): void {
    super._insertFakeElement(...args);
    this.checkDepth();
  }

  override _insertTemplate(...args: Parameters<Parser<DefaultTreeAdapterMap>['_insertTemplate']>): void {
    super._insertTemplate(...args);
    this.checkDepth();
  }

  private checkDepth(): void {
    if (this.openElements.stackTop + 1 > MAX_HTML_DEPTH) {
      throw new InvalidInput(
        `the document nests elements more than ${MAX_HTML_DEPTH} levels deep`,
        { maxDepth: MAX_HTML_DEPTH },
        'html_too_deep',
      );
    }
  }
}

function tagCount(content: string): number {
  let n = 0;
  for (let at = content.indexOf('<'); at >= 0; at = content.indexOf('<', at + 1)) n++;
  return n;
}

/**
 * Parses a whole document with source locations. Throws InvalidInput 'html_too_deep' or
 * 'html_too_complex' past the bounds above.
 */
export function parseHtmlTree(content: string): HtmlTree {
  const recorder = new TextRecorder();
  const parser = new LocatingParser(recorder, MIN_ELEMENTS + MAX_ELEMENTS_PER_TAG * tagCount(content));
  parser.tokenizer.write(content, true);
  return { document: parser.document, pieces: recorder.pieces };
}
