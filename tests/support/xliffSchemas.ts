// The OASIS XLIFF schemas for validating what Nysa writes, taken at test time from Debian's
// php-symfony-translation package (Symfony ships xliff-core-1.2-strict.xsd, xliff-core-2.0.xsd and the
// W3C xml.xsd they import): nothing is vendored. Looked for in this order:
//   $NYSA_XLIFF_SCHEMA_DIR                    a folder holding the three files
//   the installed package                     apt-get install php-symfony-translation
//   <tmp>/nysa-xliff-schemas                  a copy unpacked earlier by this helper
//   apt-get download + dpkg -x                the package fetched from Debian now (no root needed)
// The 1.2 schema is strict about attributes from other namespaces, so Nysa's own namespace
// (urn:nysa:xliff: version, state, document-id, documentId) gets a schema here, and a wrapper schema
// imports both. A catalog maps the schemas' remote import of xml.xsd to the local copy (xmllint --nonet).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { commandAvailable } from './externalTool';

export const SCHEMA_PACKAGE = 'php-symfony-translation';
const PACKAGE_SCHEMA_PATH = 'usr/share/php/Symfony/Component/Translation/Resources/schemas';
const FILES = ['xliff-core-1.2-strict.xsd', 'xliff-core-2.0.xsd', 'xml.xsd'];
const CACHE = path.join(os.tmpdir(), 'nysa-xliff-schemas');

const NYSA_SCHEMA = `<?xml version="1.0" encoding="UTF-8"?>
<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:nysa:xliff">
  <xsd:attribute name="version" type="xsd:nonNegativeInteger"/>
  <xsd:attribute name="state" type="xsd:string"/>
  <xsd:attribute name="document-id" type="xsd:string"/>
  <xsd:attribute name="documentId" type="xsd:string"/>
</xsd:schema>
`;

const WRAPPER_12 = `<?xml version="1.0" encoding="UTF-8"?>
<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">
  <xsd:import namespace="urn:oasis:names:tc:xliff:document:1.2" schemaLocation="xliff-core-1.2-strict.xsd"/>
  <xsd:import namespace="urn:nysa:xliff" schemaLocation="nysa.xsd"/>
</xsd:schema>
`;

const hasAll = (dir: string): boolean => FILES.every((file) => fs.existsSync(path.join(dir, file)));

/** Unpacks the package from Debian into the cache; returns why it could not. */
function downloadPackage(): string | null {
  if (!commandAvailable('apt-get', ['--version']) || !commandAvailable('dpkg', ['--version'])) return 'apt-get and dpkg are needed';
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'nysa-xliff-deb-'));
  try {
    const download = spawnSync('apt-get', ['download', SCHEMA_PACKAGE], { cwd: work, encoding: 'utf8', timeout: 120_000 });
    const deb = fs.readdirSync(work).find((file) => file.endsWith('.deb'));
    if (!deb) return `apt-get download ${SCHEMA_PACKAGE} failed: ${(download.stderr || String(download.error)).trim()}`;
    const unpack = spawnSync('dpkg', ['-x', path.join(work, deb), CACHE], { encoding: 'utf8', timeout: 60_000 });
    return unpack.status === 0 ? null : `dpkg -x failed: ${unpack.stderr.trim()}`;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** The folder with the three schema files, or why there is none. */
export function findXliffSchemas(): { dir: string } | { missing: string } {
  const candidates = [process.env.NYSA_XLIFF_SCHEMA_DIR, path.join('/', PACKAGE_SCHEMA_PATH), path.join(CACHE, PACKAGE_SCHEMA_PATH)];
  for (const dir of candidates) if (dir && hasAll(dir)) return { dir };
  const failure = downloadPackage();
  const cached = path.join(CACHE, PACKAGE_SCHEMA_PATH);
  if (!failure && hasAll(cached)) return { dir: cached };
  return { missing: `the XLIFF schemas of Debian's ${SCHEMA_PACKAGE} were not found (${failure ?? 'the package holds no schemas'})` };
}

export interface SchemaSet {
  xliff12: string;
  xliff20: string;
  catalog: string;
  dir: string;
}

/** A temporary folder laid out as the schemas' imports expect, with Nysa's namespace schema and a catalog. */
export function prepareSchemaSet(sourceDir: string): SchemaSet {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nysa-xliff-xsd-'));
  for (const file of FILES) fs.copyFileSync(path.join(sourceDir, file), path.join(dir, file));
  // xliff-core-2.0.xsd imports the W3C schema from the folder layout OASIS ships it in.
  const w3c = path.join(dir, 'informativeCopiesOf3rdPartySchemas', 'w3c');
  fs.mkdirSync(w3c, { recursive: true });
  fs.copyFileSync(path.join(sourceDir, 'xml.xsd'), path.join(w3c, 'xml.xsd'));
  fs.writeFileSync(path.join(dir, 'nysa.xsd'), NYSA_SCHEMA);
  fs.writeFileSync(path.join(dir, 'xliff12-nysa.xsd'), WRAPPER_12);
  const xmlXsd = `file://${path.join(dir, 'xml.xsd')}`;
  const catalog = path.join(dir, 'catalog.xml');
  fs.writeFileSync(
    catalog,
    `<?xml version="1.0"?>\n<catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog">\n` +
      `  <system systemId="http://www.w3.org/2001/xml.xsd" uri="${xmlXsd}"/>\n` +
      `  <uri name="http://www.w3.org/2001/xml.xsd" uri="${xmlXsd}"/>\n</catalog>\n`,
  );
  return { xliff12: path.join(dir, 'xliff12-nysa.xsd'), xliff20: path.join(dir, 'xliff-core-2.0.xsd'), catalog, dir };
}

/** xmllint's verdict on a file: exit status 0 and its report. */
export function validateWithSchema(schemas: SchemaSet, schema: string, file: string): { valid: boolean; report: string } {
  const run = spawnSync('xmllint', ['--nonet', '--noout', '--schema', schema, file], {
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, XML_CATALOG_FILES: schemas.catalog },
  });
  return { valid: run.status === 0, report: `${run.stdout}${run.stderr}`.trim() };
}
