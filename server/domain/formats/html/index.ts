// HTML pages (parsed by parse5): extract segments and a skeleton, rebuild the page from translated
// segments, read and write it in its declared charset, and write a bilingual review table.
export { extractHtml, type HtmlExtractOptions } from './extract';
export { htmlSkeletonCharset, rebuildHtml, rebuildHtmlBytes, type HtmlRebuildOptions } from './rebuild';
export { decodeHtml, encodeHtml, type HtmlCharset } from './charset';
export { MAX_HTML_DEPTH } from './tree';
export { writeBilingualHtml, type BilingualLabels, type BilingualRow, type BilingualTable } from './bilingual';
