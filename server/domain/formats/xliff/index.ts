// XLIFF 1.2 and 2.x: bilingual export for CAT tools (writeXliff12/writeXliff20), re-import of a
// returned file (readXliff + planXliffImport), and XLIFF files from other tools as new documents
// (extractXliff + rebuildXliff). States both ways: ./states.ts.
export { XliffError, type XliffErrorCode } from './errors';
export { extractXliff, rebuildXliff, type XliffExtractOptions, type XliffRebuildOptions } from './extract';
export * from './model';
export { planXliffImport } from './plan';
export { readXliff } from './read';
export { xliffText } from './text';
export { importActionOf, XLIFF_STATE_OUT, XLIFF12_STATE_IN, XLIFF20_STATE_IN, type XliffImportAction } from './states';
export { writeXliff12, writeXliff20, XLIFF_LANGUAGE_TAGS } from './write';
