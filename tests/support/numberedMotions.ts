// A document of numbered committee motions, one sentence each, and its XLIFF export returned with every
// target filled in Polish and marked translated: the large documents of the tests that write more
// segments than one transaction holds (a returned file, a bulk approval).
import type { SegmentJson, WorkflowFixture } from './workflow';

export const germanMotion = (i: number): string => `Der Antrag Nummer ${i} wurde im Ausschuss beraten.`;
export const polishMotion = (i: number): string => `Wniosek numer ${i} został omówiony w komisji.`;

/** The document's text: `count` motions, a paragraph each. */
export const motionsText = (count: number): string => Array.from({ length: count }, (_, i) => germanMotion(i)).join('\n\n');

/** Every segment of the document, read by the translator in pages of 500. */
export async function allSegments(fixture: WorkflowFixture, documentId: string): Promise<SegmentJson[]> {
  const items: SegmentJson[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = await fixture.app.request('GET', `/api/documents/${documentId}/segments?limit=500&offset=${offset}`, { token: fixture.translator.token });
    items.push(...(page.body.items as SegmentJson[]));
    if (items.length >= page.body.total) return items;
  }
}

/** The translator's XLIFF export with every target filled with its Polish sentence and marked translated. */
export async function returnedMotions(fixture: WorkflowFixture, documentId: string): Promise<string> {
  const exported = (await fixture.app.request('GET', `/api/documents/${documentId}/export?format=xliff12`, { token: fixture.translator.token })).text;
  return exported.replace(
    /<source>Der Antrag Nummer (\d+) wurde im Ausschuss beraten\.<\/source>(\s*)<target state="[^"]*">[\s\S]*?<\/target>/g,
    (_match, n: string, space: string) => `<source>${germanMotion(Number(n))}</source>${space}<target state="translated">${polishMotion(Number(n))}</target>`,
  );
}
