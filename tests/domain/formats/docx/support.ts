// What the DOCX tests share: reading the parts of a package, checking that every XML part is
// well-formed, and the deterministic fake translation used for "Polish".
import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { InvalidInput } from '../../../../server/domain/errors';
import type { ParsedDocument } from '../../../../server/domain/formats/model';

export const partsOf = (docx: Uint8Array): Record<string, Uint8Array> => unzipSync(docx);
export const partText = (docx: Uint8Array, name: string): string => strFromU8(partsOf(docx)[name] as Uint8Array);

/** The XML parts of a package that saxes (namespace-aware) does not read without error, with the error. */
export function malformedParts(docx: Uint8Array): string[] {
  const problems: string[] = [];
  for (const [name, data] of Object.entries(partsOf(docx))) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    const parser = new SaxesParser({ xmlns: true });
    try {
      parser.write(strFromU8(data)).close();
    } catch (error) {
      problems.push(`${name}: ${(error as Error).message}`);
    }
  }
  return problems;
}

/** "Polish": every segment prefixed with "PL: ", its placeholders kept where they are. */
export const fakePolish = (doc: ParsedDocument) => doc.segments.map((s) => ({ text: `PL: ${s.source}`, tags: s.tags }));
export const sourceTexts = (doc: ParsedDocument) => doc.segments.map((s) => ({ text: s.source, tags: s.tags }));

/** The code and details of the InvalidInput that `run` throws (anything else is rethrown). */
export function refusal(run: () => unknown): { code: string; details: Record<string, unknown> | undefined } {
  try {
    run();
  } catch (error) {
    if (!(error instanceof InvalidInput)) throw error;
    return { code: error.code, details: error.details };
  }
  throw new Error('expected an InvalidInput');
}
