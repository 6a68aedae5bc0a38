// TMX 1.4b (and 1.1) translation memories: a streaming reader that turns the bytes of a file into
// German–Polish units, and the writer for exports. Pure: the reader receives chunks and calls back with
// units, so a 2 GB file never has to be in memory, and tests need no I/O.
//
// Reading uses saxes, which never resolves external entities and knows no entity but the five XML
// ones: a DOCTYPE is read past and ignored, and a reference to an entity it declares (`&xxe;`) is an
// error, so no file is ever read and no declared text ever reaches a unit.
//
// Inline markup of a <seg> becomes Nysa's placeholders (domain/segmentation/placeholders):
//   <bpt i="1"/>…<ept i="1"/>, <hi>…</hi>        → {n}…{/n}
//   <ph/>, <ut/>, <it/> (no pos)                  → {n/}
//   <it pos="begin"/>, <it pos="end"/>            → {n}, {/n} (a tag whose partner lies outside the segment)
// The native code inside bpt/ept/ph/it/ut (and any <sub> there) is not text and is dropped. Ids are
// 1, 2, … in the order the tags appear in the German segment; a Polish tag gets the id of the German
// tag it corresponds to: the same `x` attribute, or else the same position among tags of its shape.
//
// read.ts reads (segment.ts holds one <seg> as read), write.ts writes, types.ts holds what both share.
export { MAX_DEPTH, MAX_RUN_CHARS, MAX_SEGMENT_CHARS, readTmx, TmxReader } from './read';
export { TmxError, tmxLanguage, type TmxLanguage, type TmxReadSummary, type TmxUnit } from './types';
export {
  TMX_DOCUMENT_END,
  tmxDate,
  tmxDocumentStart,
  tmxSegmentContent,
  tmxUnitElement,
  type TmxHeaderOptions,
  type TmxWritableUnit,
} from './write';
