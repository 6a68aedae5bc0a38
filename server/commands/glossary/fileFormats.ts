// The file formats a glossary is imported from and exported to.
export const GLOSSARY_FILE_FORMATS = ['csv', 'tbx'] as const;
export type GlossaryFileFormat = (typeof GLOSSARY_FILE_FORMATS)[number];
