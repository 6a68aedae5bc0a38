// How deep XML elements may nest in any file Nysa reads (DOCX parts, SRX, TBX). Real files stay far
// below (Word's own under 40); a file nested 100,000 deep is an attack, and saxes' namespace resolution
// walks the open elements for every tag, so the parse would take quadratic time. Parsers count depth in
// their opentag handler and refuse the file at the first element too deep.
export const MAX_XML_DEPTH = 256;
