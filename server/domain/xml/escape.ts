// Text and attribute values as XML 1.0 content: the one escaper every XML writer of Nysa uses (TMX,
// TBX, SRX, DeepL's tag handling, and the XLIFF and DOCX writers to come).
//
// Characters XML 1.0 cannot hold at all — C0 controls other than tab, line feed and carriage return,
// U+FFFE and U+FFFF, and lone surrogates — are written as U+FFFD REPLACEMENT CHARACTER. Refusing them
// would let one stray control character in a 10,000-unit export fail the whole file, and dropping
// them would silently join the text around them; a replacement keeps the document well-formed and
// shows the reader where something was. (A surrogate pair is one character and stays as it is.)
//
// A carriage return is written as &#13;: a parser turns a literal CR or CR LF into LF, so only the
// reference brings it back. In attribute values tab and line feed are references too (&#9;, &#10;),
// because attribute-value normalization turns literal ones into spaces. ">" is escaped everywhere so
// "]]>" can never appear in text.

/** Characters XML 1.0 does not allow, and surrogates without their partner. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };
const ATTRIBUTE_ESCAPES: Record<string, string> = { ...TEXT_ESCAPES, '"': '&quot;', '\n': '&#10;', '\t': '&#9;' };

/** The replacement for a character XML 1.0 cannot hold. */
export const XML_REPLACEMENT_CHARACTER = '\uFFFD';

/** Whether a text may need any of the work below: most text needs none, and is returned as it is. */
const TEXT_WORK = /[&<>\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/;
const ATTRIBUTE_WORK = /[&<>\r"\n\t\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/;

/** `text` as the content of an element. */
export const escapeXmlText = (text: string): string =>
  TEXT_WORK.test(text) ? text.replace(NOT_XML, XML_REPLACEMENT_CHARACTER).replace(/[&<>\r]/g, (ch) => TEXT_ESCAPES[ch] as string) : text;

/** `text` as an attribute value between double quotes. */
export const escapeXmlAttribute = (text: string): string =>
  ATTRIBUTE_WORK.test(text)
    ? text.replace(NOT_XML, XML_REPLACEMENT_CHARACTER).replace(/[&<>\r"\n\t]/g, (ch) => ATTRIBUTE_ESCAPES[ch] as string)
    : text;

const REFERENCE = /&(amp|lt|gt|quot|apos|#\d{1,7}|#x[0-9a-fA-F]{1,6});/g;
const NAMED_REFERENCES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * The five named references and numeric character references replaced by their characters; anything
 * else (an unknown name, a code point past U+10FFFF) is left as written. Only for text that is not
 * read with an XML parser (DeepL's reply, see segmentation/placeholders.ts): files are read with saxes.
 */
export function unescapeXml(text: string): string {
  return text.replace(REFERENCE, (whole, name: string) => {
    if (name[0] !== '#') return NAMED_REFERENCES[name] as string;
    const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
