// The translation memory's part of the event-loop benchmark (eventLoop.ts): looking up while it warms
// up after a restart, stopping the server so that it saves its memory, and filling the stopped server's
// store with units as a TMX import would.
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import type { TmUnit } from '../../server/domain/tm/types';
import { createSqliteStore } from '../../server/storage/sqlite';
import type { Api, ChildServer } from './support';
import { Corpus, rng } from './tmCorpus';

/** The TMX file's second sentence (seed 7, writeTmx) with one word more: fuzzy matches, some of them. */
const LOOKUP_TEXT = (() => {
  const corpus = new Corpus(rng(7));
  corpus.sentence();
  return corpus.sentence().source.replace(/\.$/, ' heute.');
})();

/** A lookup's matches (unit, score), over node:http: fetch gives up on an answer after 300 s. */
export function lookupMatches(api: Api, projectId: string): Promise<[string, number][]> {
  const url = `${api.baseUrl}/api/projects/${projectId}/tm/lookup?text=${encodeURIComponent(LOOKUP_TEXT)}&limit=5`;
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { authorization: `Bearer ${api.token}` } }, (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => {
          if (response.statusCode !== 200) return reject(new Error(`lookup → ${response.statusCode}: ${body.slice(0, 300)}`));
          resolve((JSON.parse(body) as { items: { unitId: string; score: number }[] }).items.map((m) => [m.unitId, m.score]));
        });
      })
      .on('error', reject);
  });
}

/** One lookup's time in ms. */
export async function lookup(api: Api, projectId: string): Promise<number> {
  const started = performance.now();
  await lookupMatches(api, projectId);
  return performance.now() - started;
}

/** Stops the server, letting it save its memory (up to a minute), and says how long that took. */
export async function stopTimed(server: ChildServer): Promise<void> {
  const stopping = performance.now();
  await server.stop(60_000);
  console.log(`stopped in ${((performance.now() - stopping) / 1000).toFixed(1)} s`);
}

/** The project's units in the stopped server's store. */
export async function countUnits(file: string, projectId: string): Promise<number> {
  const store = createSqliteStore({ file });
  try {
    return await store.tmUnits.countByProject(projectId);
  } finally {
    await store.close();
  }
}

/** Writes `count` units into the stopped server's store, as a TMX import would. */
export async function addUnits(file: string, projectId: string, count: number): Promise<void> {
  const store = createSqliteStore({ file });
  const corpus = new Corpus(rng(11));
  const now = new Date().toISOString();
  const started = performance.now();
  try {
    for (let done = 0; done < count; ) {
      const batch: TmUnit[] = [];
      for (; batch.length < 5000 && done < count; done++) {
        const { source, target } = corpus.sentence();
        batch.push({ id: `extra-${done}`, projectId, source, target, origin: 'tmx', originId: null, createdBy: 'bench', createdAt: now, updatedAt: now });
      }
      await store.tmUnits.insertMany(batch);
    }
  } finally {
    await store.close();
  }
  console.log(`wrote ${count.toLocaleString('en')} more units into the store in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
