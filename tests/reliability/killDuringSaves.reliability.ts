// kill -9 under concurrent saves: 16 clients save their own segments as fast as the server answers;
// the server is SIGKILLed in the middle, three rounds, restarting on the same SQLite file each time.
// Every save the server acknowledged (200) is in the segment's history after the restart, and
// SQLite's integrity check is ok. /health never waits more than MAX_HEALTH_WAIT_MS meanwhile.
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { sqliteFileOf } from '../../server/storage';
import { call, setUpTeam, submitSentences, type Team } from './support/api';
import { MAX_HEALTH_WAIT_MS, startHealthProbe, stopAllProbes } from './support/healthProbe';
import { newDataDir, startNysa, type NysaProcess } from './support/nysaProcess';

const CLIENTS = 16;
const SEGMENTS_PER_CLIENT = 4;
const ROUNDS = 3;
/** Each round kills the server once this many saves were acknowledged (or after 20 s). */
const ACKS_BEFORE_KILL = 150;

interface Ack {
  segmentId: string;
  version: number;
  target: string;
}

describe('reliability: kill -9 during concurrent saves', () => {
  const dataDir = newDataDir();
  let nysa: NysaProcess;
  afterAll(async () => {
    stopAllProbes();
    await nysa?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  test(`${ROUNDS} rounds of SIGKILL under ${CLIENTS} saving clients lose no acknowledged save, and the SQLite file stays intact`, async () => {
    nysa = await startNysa(dataDir);
    const team: Team = await setUpTeam(nysa.baseUrl, 2);
    const { segmentIds } = await submitSentences(nysa.baseUrl, team, CLIENTS * SEGMENTS_PER_CLIENT);
    const acks: Ack[] = [];
    const versions = new Map(segmentIds.map((id) => [id, 1]));
    const figures: string[] = [];
    let healthFailures = 0;
    let longestHealthMs = 0;

    for (let round = 1; round <= ROUNDS; round++) {
      const probe = startHealthProbe(nysa.baseUrl);
      const server = nysa;
      let killed = false;
      const acksBefore = acks.length;
      const client = async (c: number) => {
        const own = segmentIds.slice(c * SEGMENTS_PER_CLIENT, (c + 1) * SEGMENTS_PER_CLIENT);
        for (let n = 0; !killed && n < 10_000; n++) {
          const segmentId = own[n % own.length];
          const target = `Zapis ${round}.${c}.${n}: Powiat zgorzelecki wspiera stowarzyszenie.`;
          try {
            const saved = await call(server.baseUrl, 'PATCH', `/api/segments/${segmentId}`, {
              token: team.translators[c % team.translators.length],
              body: { target, version: versions.get(segmentId) },
              timeoutMs: 10_000,
            });
            if (saved.status === 200) {
              acks.push({ segmentId, version: saved.body.version, target });
              versions.set(segmentId, saved.body.version);
            } else if (saved.status === 409) versions.set(segmentId, saved.body.details.actualVersion);
            else throw new Error(`unexpected ${saved.status}: ${saved.text.slice(0, 200)}`);
          } catch (error) {
            if (killed) return; // the connection died with the server: not acknowledged
            throw error;
          }
        }
      };
      const clients = Array.from({ length: CLIENTS }, (_, c) => client(c));
      const deadline = Date.now() + 20_000;
      while (acks.length - acksBefore < ACKS_BEFORE_KILL && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
      const health = await probe.stop();
      killed = true;
      await server.kill();
      await Promise.all(clients);
      figures.push(`round ${round}: ${acks.length - acksBefore} acknowledged saves before SIGKILL; /health longest ${health.longestMs} ms, p99 ${health.p99Ms} ms over ${health.probes} probes`);
      healthFailures += health.failures;
      longestHealthMs = Math.max(longestHealthMs, health.longestMs);

      nysa = await startNysa(dataDir);
      // What the server stores now is what clients build on in the next round.
      for (const id of segmentIds) versions.set(id, (await call(nysa.baseUrl, 'GET', `/api/segments/${id}`, { token: team.coordinator })).body.version);
    }

    const missing: Ack[] = [];
    const byVersion = new Map<string, string>();
    for (const id of segmentIds) {
      const history = await call(nysa.baseUrl, 'GET', `/api/segments/${id}/history`, { token: team.coordinator });
      for (const event of history.body.items as { action: string; version: number; toTarget: string }[]) {
        if (event.action === 'edit') byVersion.set(`${id}@${event.version}`, event.toTarget);
      }
    }
    for (const ack of acks) if (byVersion.get(`${ack.segmentId}@${ack.version}`) !== ack.target) missing.push(ack);
    await nysa.stop();

    const db = new Database(sqliteFileOf(dataDir), { readonly: true });
    const integrity = db.pragma('integrity_check') as { integrity_check: string }[];
    db.close();
    console.log(`kill -9 under saves: ${acks.length} acknowledged saves in ${ROUNDS} rounds, ${missing.length} missing after restarts\n${figures.join('\n')}`);
    expect(acks.length).toBeGreaterThanOrEqual(ROUNDS * ACKS_BEFORE_KILL);
    expect(missing).toEqual([]);
    expect(integrity).toEqual([{ integrity_check: 'ok' }]);
    // The event-loop guard, last, so the durability figures above are known whatever it says.
    expect([healthFailures, longestHealthMs <= MAX_HEALTH_WAIT_MS]).toEqual([0, true]);
  }, 300_000);
});
