// HTML format benchmark: a generated public-body web page of about --mb MB (German press releases from
// ./germanText.ts as headings, paragraphs with links, emphasis, images and character references, lists
// and tables, in a page with head, scripts and styles), read from bytes and extracted, then rebuilt from
// the source texts (checked to give the same bytes) and from a fake Polish translation. Prints the
// median of --runs runs of each step, and a JSON line.
//
//   npx tsx scripts/bench/html.ts [--mb 5] [--runs 3] [--seed 20190130]
//
// Under tsx, parse5 (an ES module) is loaded through tsx's CommonJS interop, whose export getters cost
// about a third of the parse; the built server (node dist/…) loads it natively.
import { performance } from 'node:perf_hooks';
import { extractHtml, rebuildHtmlBytes } from '../../server/domain/formats/html';
import { germanText } from './germanText';
import { machine, median, table, waitForQuietMachine } from './support';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A paragraph's sentences with inline markup: every 9th word emphasized, a link, sometimes an image and references. */
function paragraphHtml(text: string, n: number): string {
  const words = escape(text).split(' ');
  const marked = words.map((word, i) => (i % 9 === 4 ? `<em>${word}</em>` : word));
  const at = Math.min(marked.length - 1, 6);
  marked[at] = `<a href="/aktuelles/${n}.html" title="Mehr zu Meldung ${n}">${marked[at]}</a>`;
  if (n % 10 === 0) marked.splice(3, 0, `<img src="/bilder/${n}.jpg" alt="Bild zur Meldung ${n}">`);
  const html = marked.join(' ');
  return n % 5 === 0 ? html.replace(/ä/g, '&auml;').replace(/ü/g, '&uuml;').replace(/ (\d+) /g, ' $1&nbsp;') : html;
}

/** A page of about `bytes` bytes. */
export function benchPage(bytes: number, seed: number): string {
  const head =
    '<!DOCTYPE html>\n<html lang="de">\n<head>\n<meta charset="utf-8">\n<title>Pressemitteilungen des Landkreises</title>\n' +
    '<meta name="description" content="Aktuelle Meldungen aus dem Landkreis.">\n<link rel="stylesheet" href="/css/site.css">\n' +
    '<script>window.dataLayer = window.dataLayer || [];</script>\n</head>\n<body>\n<nav><ul><li><a href="/">Start</a></li><li><a href="/presse">Presse</a></li></ul></nav>\n<main>\n';
  const tail = '</main>\n<footer><p>&copy; Landkreis</p></footer>\n</body>\n</html>\n';
  const parts: string[] = [head];
  let size = head.length + tail.length;
  let n = 0;
  for (let chunk = 0; size < bytes; chunk++) {
    const text = germanText(2000, seed + chunk).content;
    for (const block of text.split(/\n{2,}/)) {
      if (size >= bytes) break;
      const lines = block.trim().split('\n');
      let html: string;
      if (lines.length > 1) html = `<ul>\n${lines.map((line) => `  <li>${escape(line)}</li>`).join('\n')}\n</ul>`;
      else if (lines[0]!.length < 90 && !lines[0]!.endsWith('.')) html = `<h2>${escape(lines[0]!)}</h2>`;
      else html = `<p>${paragraphHtml(lines[0]!, n++)}</p>`;
      if (n % 50 === 49) html += `\n<table><tr><th>Datum</th><th>Ort</th></tr><tr><td>${n}. Mai 2019</td><td>Görlitz</td></tr></table>`;
      parts.push(html, '\n');
      size += html.length + 1;
    }
  }
  parts.push(tail);
  return parts.join('');
}

async function main(): Promise<void> {
  const mb = option('mb', 5);
  const runs = option('runs', 3);
  const seed = option('seed', 20190130);
  await waitForQuietMachine();
  const page = benchPage(mb * 1024 * 1024, seed);
  const bytes = new TextEncoder().encode(page);
  console.log(`HTML format benchmark: ${(bytes.length / 1048576).toFixed(2)} MiB page — ${machine()}`);

  const times = { extract: [] as number[], rebuildSource: [] as number[], rebuildPolish: [] as number[] };
  let segments = 0;
  for (let run = 0; run < runs; run++) {
    let t = performance.now();
    const doc = extractHtml(bytes, { lang: 'de' });
    times.extract.push(performance.now() - t);
    segments = doc.segments.length;

    t = performance.now();
    const same = rebuildHtmlBytes(doc.skeleton, doc.segments.map((s) => ({ text: s.source, tags: s.tags })));
    times.rebuildSource.push(performance.now() - t);
    if (!Buffer.from(same).equals(Buffer.from(bytes))) throw new Error('the rebuilt page differs from the original');

    t = performance.now();
    rebuildHtmlBytes(doc.skeleton, doc.segments.map((s) => ({ text: `PL: ${s.source}`, tags: s.tags })), { targetLang: 'pl' });
    times.rebuildPolish.push(performance.now() - t);
  }
  const mib = bytes.length / 1048576;
  const row = (name: string, values: number[]) => [name, `${median(values).toFixed(0)} ms`, `${(mib / (median(values) / 1000)).toFixed(2)} MiB/s`];
  console.log(`${segments.toLocaleString('en')} segments; median of ${runs} runs`);
  console.log(
    table([
      ['step', 'median', 'throughput'],
      row('decode + extract', times.extract),
      row('rebuild (source texts, checked)', times.rebuildSource),
      row('rebuild (Polish) + encode', times.rebuildPolish),
    ]),
  );
  console.log(
    JSON.stringify({
      benchmark: 'html',
      bytes: bytes.length,
      segments,
      runs,
      extractMs: Math.round(median(times.extract)),
      rebuildSourceMs: Math.round(median(times.rebuildSource)),
      rebuildPolishMs: Math.round(median(times.rebuildPolish)),
    }),
  );
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exit(1);
  });
}
