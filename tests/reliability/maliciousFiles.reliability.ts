// Hostile files against every endpoint that takes one: documents (JSON content), the glossary import
// (CSV, TBX), the TMX import (streamed, gzip allowed) and the SRX import. Each is answered without a
// 5xx, no file of the server's machine leaks through an external entity, the server stays up, and
// /health stays responsive throughout (the event-loop guard).
import { gzipSync, zipSync } from 'fflate';
import { call } from './support/api';
import { MAX_HEALTH_WAIT_MS, startHealthProbe } from './support/healthProbe';
import { serverWithTeam } from './support/suite';

const XXE_DOCTYPE = '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>';
const nested = (open: string, close: string, depth: number, inner: string) => open.repeat(depth) + inner + close.repeat(depth);
const TMX_HEAD = '<?xml version="1.0" encoding="UTF-8"?>';
const tmx = (units: string) => `${TMX_HEAD}<tmx version="1.4"><header srclang="de" datatype="plaintext" segtype="sentence" adminlang="de" creationtool="x" creationtoolversion="1" o-tmf="x"/><body>${units}</body></tmx>`;
const unit = (de: string, pl: string) => `<tu><tuv xml:lang="de"><seg>${de}</seg></tuv><tuv xml:lang="pl"><seg>${pl}</seg></tuv></tu>`;

type Send = { path: string; body: string | Buffer; headers: Record<string, string> };
const FILES: [name: string, send: (projectId: string) => Send][] = [
  ['a gzip bomb (200 MB of zeros) as a TMX import', (p) => ({ path: `/api/projects/${p}/tm/import`, body: Buffer.from(gzipSync(new Uint8Array(200 * 1024 * 1024))), headers: { 'content-type': 'application/x-tmx+xml', 'content-encoding': 'gzip' } })],
  ['a ZIP bomb (100 MB of zeros) as a TMX import', (p) => ({ path: `/api/projects/${p}/tm/import`, body: Buffer.from(zipSync({ 'a.tmx': new Uint8Array(100 * 1024 * 1024) })), headers: { 'content-type': 'application/x-tmx+xml' } })],
  ['a ZIP bomb as a glossary CSV', (p) => ({ path: `/api/projects/${p}/glossary/import`, body: Buffer.from(zipSync({ 'a.csv': new Uint8Array(50 * 1024 * 1024) })).subarray(0, 4 * 1024 * 1024), headers: { 'content-type': 'text/csv' } })],
  ['a TMX with an external entity (XXE)', (p) => ({ path: `/api/projects/${p}/tm/import`, body: tmx(unit('Ein Satz &xxe;.', 'Zdanie &xxe;.')).replace(TMX_HEAD, TMX_HEAD + XXE_DOCTYPE), headers: { 'content-type': 'application/x-tmx+xml' } })],
  ['a TBX with an external entity (XXE)', (p) => ({ path: `/api/projects/${p}/glossary/import?format=tbx`, body: `${TMX_HEAD}${XXE_DOCTYPE}<tbx><text><body><termEntry><langSet xml:lang="de"><tig><term>&xxe;</term></tig></langSet><langSet xml:lang="pl"><tig><term>&lol2;</term></tig></langSet></termEntry></body></text></tbx>`, headers: { 'content-type': 'application/x-tbx' } })],
  ['an SRX with an external entity (XXE)', (p) => ({ path: `/api/projects/${p}/segmentation/import`, body: `${TMX_HEAD}${XXE_DOCTYPE}<srx xmlns="http://www.lisa.org/srx20" version="2.0"><header segmentsubflows="yes" cascade="yes"/><body><languagerules><languagerule languagerulename="de"><rule break="no"><beforebreak>&xxe;</beforebreak><afterbreak>\\s</afterbreak></rule></languagerule></languagerules><maprules><languagemap languagepattern="de.*" languagerulename="de"/></maprules></body></srx>`, headers: { 'content-type': 'application/xml' } })],
  ['a TMX nested 100,000 elements deep', (p) => ({ path: `/api/projects/${p}/tm/import`, body: tmx(nested('<tu>', '</tu>', 100_000, '')), headers: { 'content-type': 'application/x-tmx+xml' } })],
  ['a TBX nested 100,000 elements deep', (p) => ({ path: `/api/projects/${p}/glossary/import?format=tbx`, body: `${TMX_HEAD}<tbx><text><body>${nested('<termEntry>', '</termEntry>', 100_000, '')}</body></text></tbx>`, headers: { 'content-type': 'application/x-tbx' } })],
  ['an SRX nested 100,000 elements deep', (p) => ({ path: `/api/projects/${p}/segmentation/import`, body: `${TMX_HEAD}<srx>${nested('<body>', '</body>', 100_000, '')}</srx>`, headers: { 'content-type': 'application/xml' } })],
  ['a Markdown document nested 10,000 quotes deep', (p) => ({ path: `/api/projects/${p}/documents`, body: JSON.stringify({ title: 'Tief', format: 'markdown', content: `${'>'.repeat(10_000)} Tief.\n` }), headers: { 'content-type': 'application/json' } })],
  ['a Markdown document of 20,000 nested list items', (p) => ({ path: `/api/projects/${p}/documents`, body: JSON.stringify({ title: 'Liste', format: 'markdown', content: Array.from({ length: 20_000 }, (_, i) => `${' '.repeat(Math.min(i, 200) * 2)}- Punkt.`).join('\n') }), headers: { 'content-type': 'application/json' } })],
  ['a text document of one 4 MB line', (p) => ({ path: `/api/projects/${p}/documents`, body: JSON.stringify({ title: 'Zeile', format: 'text', content: 'Der Landkreis fördert Vereine und '.repeat(120_000) }), headers: { 'content-type': 'application/json' } })],
  ['a glossary CSV of one 4 MB line', (p) => ({ path: `/api/projects/${p}/glossary/import`, body: `source,target\n${'Landkreis'.repeat(450_000)},powiat\n`, headers: { 'content-type': 'text/csv' } })],
  ['a confirm with a body of 4.9 MB (a target of 100,000 characters is 1 MiB at most)', () => ({ path: '/api/segments/any-segment/confirm', body: JSON.stringify({ version: 1, overrideQa: { reason: 'x' }, padding: 'Zdanie. '.repeat(640_000) }), headers: { 'content-type': 'application/json' } })],
  ['a TMX segment of one 4 MB word', (p) => ({ path: `/api/projects/${p}/tm/import`, body: tmx(unit('x'.repeat(4_000_000), 'y')), headers: { 'content-type': 'application/x-tmx+xml' } })],
];

describe('reliability: malicious files against the submit endpoints', () => {
  const server = serverWithTeam();

  test.each(FILES)('%s: no 5xx, nothing of /etc/passwd, the server stays up and /health responsive', async (name, make) => {
    // Made before the probe starts: compressing a bomb holds this process, which runs the probe too.
    const nysa = server.nysa();
    const team = server.team();
    const { path, body, headers } = make(team.projectId);
    const probe = startHealthProbe(nysa.baseUrl);
    // A server that refuses a file before reading all of it closes the connection while it is still being
    // sent; fetch reports that as "fetch failed". That is a refusal, not a failure: the checks below tell.
    const answer = await call(nysa.baseUrl, 'POST', path, { token: team.coordinator, body, headers, timeoutMs: 120_000 }).catch((error: Error) => {
      if (error.message !== 'fetch failed') throw error;
      return { status: 0, body: null, text: '' };
    });
    let outcome = answer.status === 0 ? 'connection closed by the server while sending' : `${answer.status} ${answer.body?.error ?? ''}`;
    if (answer.status === 202 && typeof answer.body?.id === 'string') {
      // A TMX import runs as a job: wait (bounded) for its end.
      for (let i = 0; i < 600; i++) {
        const job = await call(nysa.baseUrl, 'GET', `/api/tm-imports/${answer.body.id}`, { token: team.coordinator });
        if (job.body.status !== 'queued' && job.body.status !== 'running') {
          outcome += ` → job ${job.body.status} ${job.body.error?.code ?? ''}`;
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
    const health = await probe.stop();
    const alive = await call(nysa.baseUrl, 'GET', '/health');
    const units = await call(nysa.baseUrl, 'GET', `/api/projects/${team.projectId}/tm/search?q=root`, { token: team.coordinator });
    const terms = await call(nysa.baseUrl, 'GET', `/api/projects/${team.projectId}/glossary`, { token: team.coordinator });
    console.log(`${name}: ${outcome}; /health longest ${health.longestMs} ms over ${health.probes} probes`);
    expect(answer.status).toBeLessThan(500);
    expect([answer.text, units.text, terms.text].some((text) => text.includes('root:x:0'))).toBe(false);
    expect(alive.status).toBe(200);
    expect([health.failures, health.longestMs <= MAX_HEALTH_WAIT_MS]).toEqual([0, true]);
  });
});
