// The document, glossary, alignment and XLIFF operations of the event-loop benchmark (eventLoop.ts):
// each runs under the benchmark's load of /health and save clients, measured as one row. Every input is
// made before its measure starts: making it holds this process, which runs the probes too.
import type { Api } from './support';
import { germanText } from './germanText';
import { glossaryCsv, glossaryTbx, markdownDocument, returnedXliff, textDocument } from './heavyInputs';

/** What the operations need of the running benchmark. */
export interface BenchmarkRun {
  api: Api;
  /** The running server's address (the benchmark replaces its server object when it restarts one). */
  baseUrl(): string;
  projectId: string;
  glossaryProject: string;
  /** Multiplies the documents' and glossaries' sizes (--scale). */
  scale: number;
  /** Runs `work` under the load and records its row; `work` returns a note for the row. */
  measure(operation: string, work: () => Promise<string | void>): Promise<void>;
  /** POSTs `body` as `type` and answers the JSON (throws on a status outside 2xx). */
  post(url: string, body: string, type: string): Promise<Record<string, unknown>>;
}

/** The megabytes of a text in UTF-8, for a row's name. */
export const mb = (text: string): string => (Buffer.byteLength(text) / 1e6).toFixed(1);

/** Submissions, a new version's preview, exports, a long line uploaded, glossary imports, long words, a returned XLIFF file. */
export async function measureDocumentOperations(run: BenchmarkRun): Promise<void> {
  const { projectId, glossaryProject } = run;
  const markdown = markdownDocument(5_000_000 * run.scale);
  let markdownId = '';
  await run.measure(`submit ${mb(markdown)} MB Markdown`, async () => {
    const document = await run.api.request<{ id: string; segmentCount: number }>('POST', `/api/projects/${projectId}/documents`, { title: 'Markdown', format: 'markdown', content: markdown });
    markdownId = document.id;
    return `(${document.segmentCount} segments)`;
  });
  // Its exports: every segment read, every QA result, the file written (issue 9's formats).
  const exportFormats: [string, string][] = [
    ['XLIFF 1.2', 'format=xliff12'],
    ['original (a coordinator’s preview)', 'format=original&allowUnapproved=true'],
    ['bilingual table (Word)', 'format=bilingual'],
  ];
  // A new version of it (one sentence changed): parsed and matched with the stored segments.
  await run.measure('preview of a new version of that document', async () => {
    const preview = await run.api.request<{ counts: { changed: number } }>('POST', `/api/documents/${markdownId}/revisions/preview`, {
      format: 'markdown',
      content: markdown.replace('Gefördert werden', 'Unterstützt werden'),
    });
    return `(${preview.counts.changed} changed)`;
  });
  for (const [label, query] of exportFormats) {
    await run.measure(`export that document: ${label}`, async () => {
      const response = await fetch(`${run.baseUrl()}/api/documents/${markdownId}/export?${query}`, { headers: { authorization: `Bearer ${run.api.token}` } });
      const bytes = (await response.arrayBuffer()).byteLength;
      if (!response.ok) throw new Error(`export ${query} → ${response.status}`);
      return `(${(bytes / 1024 / 1024).toFixed(1)} MiB)`;
    });
  }
  // Machine translation of all of it (the benchmark's fake DeepL answers at once): a job in the
  // background, batches of proposals written with their QA while the saves go on.
  await run.measure('machine translation of that document', async () => {
    await run.api.request('POST', `/api/documents/${markdownId}/mt`, {});
    for (let poll = 0; poll < 1200; poll++) {
      const job = await run.api.request<{ status: string; done: number; total: number }>('GET', `/api/documents/${markdownId}/mt`);
      if (job.status !== 'queued' && job.status !== 'running') return `(${job.status}: ${job.done} of ${job.total})`;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    throw new Error('the machine translation job did not end within 10 minutes');
  });
  const text = textDocument(4_700_000 * run.scale);
  await run.measure(`preview ${mb(text)} MB text`, async () => {
    const preview = await run.api.request<{ segmentCount: number }>('POST', `/api/projects/${projectId}/documents/preview`, { format: 'text', content: text });
    return `(${preview.segmentCount} segments)`;
  });
  // A text file of one line without a sentence end, uploaded as the web client does (multipart): the
  // segmenter cuts it into segments of 5,000 characters; as one segment, writing it stalled the loop
  // 247 ms (docs/benchmarks.md, "Large uploads, slices of time").
  {
    const form = new FormData();
    const line = 'Der Landkreis fördert Vereine und '.repeat(Math.round(857_143 * run.scale));
    form.append('title', 'Eine Zeile');
    form.append('file', new Blob([line]), 'eine-zeile.txt');
    // Encoded before the measure starts: encoding it holds this process, which runs the probes too.
    const encoded = new Response(form);
    const body = Buffer.from(await encoded.arrayBuffer());
    await run.measure(`upload a text file of one ${mb(line)} MB line`, async () => {
      const response = await fetch(`${run.baseUrl()}/api/projects/${projectId}/documents`, {
        method: 'POST',
        headers: { authorization: `Bearer ${run.api.token}`, 'content-type': encoded.headers.get('content-type')! },
        body,
      });
      const answer = (await response.json()) as { segmentCount?: number };
      if (!response.ok) throw new Error(`upload → ${response.status}: ${JSON.stringify(answer).slice(0, 300)}`);
      return `(${answer.segmentCount} segments)`;
    });
  }
  const rows100k = Math.round(100_000 * run.scale);
  // Made before the measure starts, as every input here: making it holds this process, which runs the probes.
  const csv = glossaryCsv(rows100k);
  await run.measure(`import ${rows100k.toLocaleString('en')}-row glossary CSV`, async () => {
    const result = await run.post(`/api/projects/${glossaryProject}/glossary/import?mode=replace`, csv, 'text/csv');
    return `(${result.created} created)`;
  });
  const tbx = glossaryTbx(5_000_000 * run.scale);
  await run.measure(`import ${mb(tbx)} MB TBX`, async () => {
    const result = await run.post(`/api/projects/${glossaryProject}/glossary/import?mode=merge`, tbx, 'application/x-tbx');
    return `(${result.created} created)`;
  });
  // The 100,000 terms read back: the list the glossary page loads, and both files.
  for (const [label, query] of [['list', ''], ['CSV', '?format=csv'], ['TBX', '?format=tbx']] as const) {
    await run.measure(`read the ${rows100k.toLocaleString('en')}-term glossary: ${label}`, async () => {
      const response = await fetch(`${run.baseUrl()}/api/projects/${glossaryProject}/glossary${query}`, { headers: { authorization: `Bearer ${run.api.token}` } });
      const bytes = (await response.arrayBuffer()).byteLength;
      if (!response.ok) throw new Error(`glossary ${label} → ${response.status}`);
      return `(${(bytes / 1024 / 1024).toFixed(1)} MiB)`;
    });
  }

  // One word of 40,000 characters: quadratic URL and e-mail patterns took 23.7 s on it (issue 15).
  const word = 'Grenzraum'.repeat(4445).slice(0, 40_000);
  await run.measure('preview of a text with one 40,000-character word', async () => {
    const preview = await run.api.request<{ segments: unknown[] }>('POST', `/api/projects/${projectId}/documents/preview`, { format: 'text', content: `Ein Wort: ${word}. Ende.` });
    return `(${preview.segments.length} segments)`;
  });
  await run.measure('alignment of texts with one 40,000-character word', async () => {
    const alignment = await run.api.request<{ beads: unknown[] }>('POST', `/api/projects/${projectId}/alignments`, {
      de: `Ein Wort: ${word}. Ende.`,
      pl: `Jedno słowo: ${word}. Koniec.`,
    });
    return `(${alignment.beads.length} beads)`;
  });

  // A translator returns the XLIFF export of a document of about 10,000 sentences with every target
  // filled and marked translated: an edit and a confirmation with QA for each (issue 9).
  const sentences = Math.round(10_000 * run.scale);
  const returning = await run.api.request<{ id: string; segmentCount: number }>('POST', `/api/projects/${projectId}/documents`, {
    title: 'Returned',
    format: 'text',
    content: germanText(sentences, 7).content,
  });
  const exported = await fetch(`${run.baseUrl()}/api/documents/${returning.id}/export?format=xliff12`, { headers: { authorization: `Bearer ${run.api.token}` } });
  const returned = returnedXliff(await exported.text());
  await run.measure(`re-import of a returned XLIFF file, every target changed`, async () => {
    const result = await run.post(`/api/documents/${returning.id}/xliff`, returned, 'application/xliff+xml');
    return `(${returning.segmentCount} segments: ${result.updated} updated, ${result.confirmed} confirmed)`;
  });
  // A reviewer approves every confirmed segment of it in one request: each one's state, history, post-edit
  // distance, webhook event and memory unit. The benchmark's user translated them, so the project allows
  // approving one's own translation.
  await run.api.request('PATCH', `/api/projects/${projectId}/settings`, { allowSelfApproval: true });
  await run.measure('approve every confirmed segment of that document at once', async () => {
    const result = await run.api.request<{ approved: number; skipped: unknown[] }>('POST', `/api/documents/${returning.id}/approve`, {});
    return `(${result.approved} approved, ${result.skipped.length} skipped)`;
  });
  // What people read of a large document and its project once it is done.
  const reads: [string, string][] = [
    ['its QA list', `/api/documents/${returning.id}/qa`],
    ['its quality report (PDF)', `/api/documents/${returning.id}/quality/report.pdf`],
    ['its project’s quality', `/api/projects/${projectId}/quality`],
    ['its project’s documents', `/api/projects/${projectId}/documents`],
    ['the overview', '/api/overview'],
    ['its project’s memory as TMX', `/api/projects/${projectId}/tm/export`],
    ['500 segments far into the 4.5 MB document', `/api/documents/${markdownId}/segments?limit=500&offset=40000`],
  ];
  for (const [label, url] of reads) {
    await run.measure(`read ${label}`, async () => {
      const response = await fetch(`${run.baseUrl()}${url}`, { headers: { authorization: `Bearer ${run.api.token}` } });
      const bytes = (await response.arrayBuffer()).byteLength;
      if (!response.ok) throw new Error(`${url} → ${response.status}`);
      return `(${(bytes / 1024).toFixed(0)} KiB)`;
    });
  }
  // The saves' own project gets the large glossary: from now on every save's QA reads 100,000 terms
  // (on the main thread: too many to copy to the QA thread), and the first save after the import waits
  // for them to be read and indexed.
  await run.measure(`import the ${rows100k.toLocaleString('en')}-row glossary into the saves’ project`, async () => {
    const result = await run.post(`/api/projects/${projectId}/glossary/import?mode=replace`, csv, 'text/csv');
    return `(${result.created} created)`;
  });
  await run.measure(`saves checked against ${rows100k.toLocaleString('en')} terms (5 s)`, () => new Promise((resolve) => setTimeout(resolve, 5000)));
}
