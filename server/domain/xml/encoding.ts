// The encoding of an XML document from its first bytes, and joining byte chunks: shared by the
// readers of XML files (TMX, DOCX parts, XLIFF).

/** How many leading bytes the XML declaration is looked for in. */
export const XML_HEAD_BYTES = 512;

/** The chunks joined into one array of `length` bytes. */
export function concatBytes(chunks: readonly Uint8Array[], length: number): Uint8Array {
  const all = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.length;
  }
  return all;
}

/** The encoding of a document from its first bytes: a byte order mark, else the XML declaration, else UTF-8. */
export function sniffEncoding(head: Uint8Array): string {
  const [b0, b1, b2, b3] = head;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return 'utf-8';
  if (b0 === 0xff && b1 === 0xfe) return 'utf-16le';
  if (b0 === 0xfe && b1 === 0xff) return 'utf-16be';
  if (b0 === 0x3c && b1 === 0x00 && b2 === 0x3f && b3 === 0x00) return 'utf-16le';
  if (b0 === 0x00 && b1 === 0x3c && b2 === 0x00 && b3 === 0x3f) return 'utf-16be';
  const declaration = /^<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z][A-Za-z0-9._-]*)["']/.exec(new TextDecoder('latin1').decode(head.subarray(0, XML_HEAD_BYTES)));
  const declared = declaration?.[1]?.toLowerCase();
  // A declared UTF-16 without a byte order mark is in fact ASCII-compatible: the declaration is wrong.
  if (!declared || declared.startsWith('utf-16') || declared === 'utf16') return 'utf-8';
  return declared;
}

