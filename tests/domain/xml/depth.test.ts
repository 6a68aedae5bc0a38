// XML nested deeper than MAX_XML_DEPTH is refused at the first element too deep, in every reader of
// files people upload (SRX, TBX; DOCX parts have their own test): a file nested 100,000 deep held the
// server for minutes, since saxes' namespace resolution walks the open elements for every tag.
import { parseGlossaryTbx } from '../../../server/domain/glossary/tbx';
import { importSrx } from '../../../server/domain/segmentation/srx';
import { MAX_XML_DEPTH } from '../../../server/domain/xml/depth';

const nested = (name: string, depth: number) => `<${name}>`.repeat(depth) + `</${name}>`.repeat(depth);

function refusal(run: () => unknown): unknown {
  try {
    run();
    return null;
  } catch (error) {
    return [(error as { code?: string }).code, (error as Error).message];
  }
}

describe('XML nesting depth', () => {
  test('the limit is 256 elements', () => {
    expect(MAX_XML_DEPTH).toBe(256);
  });

  test.each([256 - 1, 100_000])('an SRX file nested %i deep under <srx> is invalid_srx only past the limit', (depth) => {
    const srx = `<?xml version="1.0"?>\n<srx>${nested('body', depth)}</srx>`;
    expect(refusal(() => importSrx(srx))).toEqual(
      depth < MAX_XML_DEPTH ? expect.not.arrayContaining([expect.stringContaining('nested deeper')]) : ['invalid_srx', 'invalid SRX at line 2: elements nested deeper than 256'],
    );
  });

  test('a TBX file nested 100,000 deep is invalid_tbx at the first element too deep', () => {
    const tbx = `<?xml version="1.0"?>\n<martif><text><body>${nested('termEntry', 100_000)}</body></text></martif>`;
    expect(refusal(() => parseGlossaryTbx(tbx))).toEqual(['invalid_tbx', expect.stringContaining('elements nested deeper than 256')]);
  });
});
