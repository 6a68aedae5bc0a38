// Reading an XLIFF 1.2 file with Debian's translate-toolkit (xliff2po, then po2csv): an independent
// consumer of the XLIFF Nysa writes. Its units as it reports them: location (the unit id), source, target.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { commandAvailable } from './externalTool';

export interface TranslateToolkitUnit {
  location: string;
  source: string;
  target: string;
}

/** Null when xliff2po and po2csv can run, else why not (for describeWithTools). */
export const translateToolkitMissing = (): string | null =>
  commandAvailable('xliff2po') && commandAvailable('po2csv') ? null : 'xliff2po and po2csv are missing: install Debian’s translate-toolkit';

/** The units translate-toolkit reads from `xliff`, working in `dir`; throws when either tool complains. */
export function translateToolkitUnits(xliff: string | Uint8Array, dir: string): TranslateToolkitUnit[] {
  const input = path.join(dir, 'in.xlf');
  const po = path.join(dir, 'out.po');
  const csv = path.join(dir, 'out.csv');
  fs.writeFileSync(input, xliff);
  for (const [tool, from, to] of [['xliff2po', input, po], ['po2csv', po, csv]] as const) {
    const run = spawnSync(tool, ['--progress=none', '-i', from, '-o', to], { encoding: 'utf8', timeout: 60_000 });
    // translate-toolkit reports a file it cannot read on stderr and still exits 0.
    if (run.status !== 0 || run.stderr.trim() !== '') throw new Error(`${tool} failed (status ${run.status}): ${run.stderr.trim()}`);
  }
  return (parse(fs.readFileSync(csv, 'utf8'), { columns: true }) as TranslateToolkitUnit[]).map(({ location, source, target }) => ({ location, source, target }));
}
