// The file formats a glossary is imported from and exported to (defined with the file reader in the domain).
export { GLOSSARY_FILE_FORMATS, type GlossaryFileFormat } from '../../domain/glossary/files';
