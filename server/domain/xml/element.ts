// Building XML by hand, safely: names are checked, attribute values and text escaped (escape.ts).
// Writers still lay out their documents themselves (indentation, line breaks): these helpers only
// make each tag.
import { escapeXmlAttribute, escapeXmlText } from './escape';

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

/** Attribute values by name, in the order written; null and undefined leave the attribute out. */
export type XmlAttributes = Readonly<Record<string, string | number | boolean | null | undefined>>;

/** An XML name of the plain kind Nysa writes (ASCII letters, digits, "_", "-", ".", ":"). */
const NAME = /^[A-Za-z_][A-Za-z0-9_.:-]*$/;

/** Names already checked: writers use a handful of constant names many thousands of times. */
const checkedNames = new Set<string>();

function checkedName(name: string): string {
  if (checkedNames.has(name)) return name;
  if (!NAME.test(name)) throw new Error(`not an XML name: ${JSON.stringify(name)}`);
  if (checkedNames.size < 1000) checkedNames.add(name);
  return name;
}

/** ` name="value"` for each attribute that has a value, escaped; "" when none has. */
export function xmlAttributes(attributes: XmlAttributes = {}): string {
  let out = '';
  for (const name in attributes) {
    const value = attributes[name];
    if (value === null || value === undefined) continue;
    out += ` ${checkedName(name)}="${typeof value === 'string' ? escapeXmlAttribute(value) : String(value)}"`;
  }
  return out;
}

/** `<name attributes>` — an opening tag, for an element whose content the caller writes. */
export const xmlStartTag = (name: string, attributes: XmlAttributes = {}): string => `<${checkedName(name)}${xmlAttributes(attributes)}>`;

/** `</name>`. */
export const xmlEndTag = (name: string): string => `</${checkedName(name)}>`;

/** `<name attributes/>`. */
export const xmlEmptyElement = (name: string, attributes: XmlAttributes = {}): string => `<${checkedName(name)}${xmlAttributes(attributes)}/>`;

/** An element around markup the caller has already built (escaped text, other elements). */
export const xmlElement = (name: string, attributes: XmlAttributes, markup: string): string =>
  xmlStartTag(name, attributes) + markup + xmlEndTag(name);

/** An element holding `text`, escaped. */
export const xmlTextElement = (name: string, text: string, attributes: XmlAttributes = {}): string =>
  xmlElement(name, attributes, escapeXmlText(text));
