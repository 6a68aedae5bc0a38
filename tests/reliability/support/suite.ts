// A Nysa server on a data directory of its own, with a team and a project, for the tests of one describe
// block: started before them, stopped (probes first) and its directory removed after them.
import fs from 'node:fs';
import { setUpTeam, type Team } from './api';
import { stopAllProbes } from './healthProbe';
import { newDataDir, startNysa, type NysaProcess } from './nysaProcess';

export interface ServerWithTeam {
  readonly dataDir: string;
  /** The running server and its team (only inside tests: they exist from beforeAll on). */
  nysa(): NysaProcess;
  team(): Team;
}

/** Call inside a describe block. */
export function serverWithTeam(translators = 1): ServerWithTeam {
  const dataDir = newDataDir();
  let nysa: NysaProcess | undefined;
  let team: Team | undefined;
  beforeAll(async () => {
    nysa = await startNysa(dataDir);
    team = await setUpTeam(nysa.baseUrl, translators);
  });
  afterAll(async () => {
    stopAllProbes();
    await nysa?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the server starts in beforeAll: use it inside a test');
    return value;
  };
  return { dataDir, nysa: () => started(nysa), team: () => started(team) };
}
