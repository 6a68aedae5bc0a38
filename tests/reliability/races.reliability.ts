// Writers racing on one segment, against the real server: two (and eight) people save the same version
// at the same moment, round after round. Exactly one save wins each round; the others are 409 with the
// winner's text; nothing is overwritten silently, and every text typed is in the segment's history.
import fs from 'node:fs';
import { call, setUpTeam, submitSentences } from './support/api';
import { MAX_HEALTH_WAIT_MS, startHealthProbe, stopAllProbes } from './support/healthProbe';
import { newDataDir, startNysa, type NysaProcess } from './support/nysaProcess';

const ROUNDS: [writers: number, rounds: number][] = [
  [2, 100],
  [8, 25],
];

describe('reliability: writers racing on one segment', () => {
  const dataDir = newDataDir();
  let nysa: NysaProcess;
  afterAll(async () => {
    stopAllProbes();
    await nysa?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  test.each(ROUNDS)('%i writers, %i rounds: one winner per round, 0 silent overwrites, every text in history', async (writers, rounds) => {
    nysa ??= await startNysa(dataDir);
    const team = await setUpTeam(nysa.baseUrl, writers);
    const { segmentIds } = await submitSentences(nysa.baseUrl, team, rounds);
    const probe = startHealthProbe(nysa.baseUrl);
    const problems: string[] = [];
    for (let round = 0; round < rounds; round++) {
      const segmentId = segmentIds[round];
      const texts = Array.from({ length: writers }, (_, w) => `Wersja ${w + 1} z rundy ${round + 1}.`);
      const answers = await Promise.all(
        texts.map((target, w) => call(nysa.baseUrl, 'PATCH', `/api/segments/${segmentId}`, { token: team.translators[w], body: { target, version: 1 } })),
      );
      const winners = answers.flatMap((answer, w) => (answer.status === 200 ? [texts[w]] : []));
      const refused = answers.filter((answer) => answer.status === 409 && answer.body.error === 'version_conflict');
      if (winners.length !== 1 || refused.length !== writers - 1) {
        problems.push(`round ${round + 1}: statuses ${answers.map((a) => a.status).join(',')}`);
        continue;
      }
      if (refused.some((answer) => answer.body.details.current.target !== winners[0])) problems.push(`round ${round + 1}: a 409 did not show the winning text`);
      const stored = await call(nysa.baseUrl, 'GET', `/api/segments/${segmentId}`, { token: team.coordinator });
      if (stored.body.target !== winners[0] || stored.body.version !== 2) problems.push(`round ${round + 1}: silent overwrite, stored "${stored.body.target}" v${stored.body.version}, winner "${winners[0]}"`);
      const history = await call(nysa.baseUrl, 'GET', `/api/segments/${segmentId}/history`, { token: team.coordinator });
      const kept = new Set((history.body.items as { action: string; toTarget: string }[]).filter((e) => e.action === 'edit' || e.action === 'edit_conflict').map((e) => e.toTarget));
      const lost = texts.filter((text) => !kept.has(text));
      if (lost.length > 0) problems.push(`round ${round + 1}: not in history: ${lost.join(' | ')}`);
    }
    const health = await probe.stop();
    console.log(`${writers} writers × ${rounds} rounds: ${problems.length} problems; /health longest ${health.longestMs} ms, p99 ${health.p99Ms} ms over ${health.probes} probes`);
    expect(problems).toEqual([]);
    expect([health.failures, health.longestMs <= MAX_HEALTH_WAIT_MS]).toEqual([0, true]);
  });
});
