// The built web client the end-to-end tests run against, built at most once per set of client sources.
//
// Why not a jest globalSetup: it would run (and cost a build) on every `npx jest`, e2e tests selected
// or not. Why not "once per jest run" keyed by a run id: jest's workers are separate processes, and
// in-band runs have no common parent to key on. Instead the build is keyed by a hash of what it is
// made of (every file under client/, package-lock.json, vite's config): the output goes to
// `<tmpdir>/nysa-e2e-client-<hash>`. The first test file that needs it builds it; every other test file
// of the run (and of later runs, while the sources stay the same) finds it finished and reuses it. A
// changed source gives a new hash, so a stale build is never used.
//
// Two workers must not build at the same time (2 cores): whoever creates `<dir>.lock` (mkdir is atomic)
// builds into `<dir>.tmp-<pid>`, writes a marker file, renames it to `<dir>` (atomic) and removes the
// lock; the others wait (bounded) until `<dir>` holds the marker. A lock older than BUILD_TIMEOUT_MS
// is a builder that died: it is removed and the build taken over. Builds of other hashes older than a
// day are removed on the way.
//
// NYSA_E2E_CLIENT_DIR=<folder> skips all this and uses a client built elsewhere.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const repoRoot = path.resolve(__dirname, '../../..');
const PREFIX = 'nysa-e2e-client-';
const MARKER = '.nysa-e2e-complete';
const BUILD_TIMEOUT_MS = 180_000;
const WAIT_STEP_MS = 250;
const DAY_MS = 24 * 60 * 60 * 1000;

/** A hash of every input of the client build: file paths and contents. */
export function clientSourceHash(): string {
  const hash = createHash('sha256');
  const clientDir = path.join(repoRoot, 'client');
  const files = (fs.readdirSync(clientDir, { recursive: true }) as string[])
    .map((file) => path.join('client', file))
    .filter((file) => !file.split(path.sep).includes('node_modules') && fs.statSync(path.join(repoRoot, file)).isFile())
    .sort();
  for (const file of [...files, 'package-lock.json']) {
    hash.update(file).update('\0').update(fs.readFileSync(path.join(repoRoot, file))).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

const isComplete = (dir: string): boolean => fs.existsSync(path.join(dir, MARKER)) && fs.existsSync(path.join(dir, 'index.html'));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function runViteBuild(outDir: string): Promise<void> {
  const vite = path.join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js');
  const args = [vite, 'build', '--config', 'client/vite.config.ts', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'];
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { cwd: repoRoot, timeout: BUILD_TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`The web client does not build (vite build --outDir ${outDir}):\n${stderr || stdout || error.message}`));
      else resolve();
    });
  });
}

function removeOldBuilds(keep: string): void {
  const tmp = os.tmpdir();
  for (const name of fs.readdirSync(tmp)) {
    if (!name.startsWith(PREFIX) || path.join(tmp, name) === keep || name.startsWith(path.basename(keep))) continue;
    try {
      const full = path.join(tmp, name);
      if (Date.now() - fs.statSync(full).mtimeMs > DAY_MS) fs.rmSync(full, { recursive: true, force: true });
    } catch {
      // another run is cleaning up too
    }
  }
}

/** The folder of a finished client build for the current sources (built now if needed). */
export async function builtClientDir(): Promise<string> {
  const override = process.env.NYSA_E2E_CLIENT_DIR;
  if (override) {
    if (!isComplete(override) && !fs.existsSync(path.join(override, 'index.html'))) {
      throw new Error(`NYSA_E2E_CLIENT_DIR=${override} holds no built client (no index.html)`);
    }
    return override;
  }
  const dir = path.join(os.tmpdir(), PREFIX + clientSourceHash());
  const lock = `${dir}.lock`;
  const deadline = Date.now() + 2 * BUILD_TIMEOUT_MS;
  while (!isComplete(dir)) {
    if (Date.now() > deadline) throw new Error(`Gave up waiting for the client build in ${dir} (lock ${lock})`);
    let mine = false;
    try {
      fs.mkdirSync(lock);
      mine = true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    if (!mine) {
      try {
        if (Date.now() - fs.statSync(lock).mtimeMs > BUILD_TIMEOUT_MS) fs.rmSync(lock, { recursive: true, force: true });
      } catch {
        // the lock went away meanwhile
      }
      await sleep(WAIT_STEP_MS);
      continue;
    }
    try {
      if (isComplete(dir)) break;
      const staging = `${dir}.tmp-${process.pid}`;
      fs.rmSync(staging, { recursive: true, force: true });
      const started = Date.now();
      await runViteBuild(staging);
      fs.writeFileSync(path.join(staging, MARKER), new Date().toISOString());
      fs.rmSync(dir, { recursive: true, force: true });
      fs.renameSync(staging, dir);
      console.log(`e2e: built the web client in ${Date.now() - started} ms → ${dir}`);
      removeOldBuilds(dir);
    } finally {
      fs.rmSync(lock, { recursive: true, force: true });
    }
  }
  return dir;
}
