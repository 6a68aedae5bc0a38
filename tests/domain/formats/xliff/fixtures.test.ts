// The committed XLIFF fixtures are what scripts/fixtures/xliff.ts writes (run it after changing the
// writers or the generator).
import fs from 'node:fs';
import { xliffFixtures } from '../../../../scripts/fixtures/xliff';
import { FIXTURES, fixture } from './support';

describe('tests/fixtures/xliff', () => {
  const generated = xliffFixtures();

  it('holds exactly the files the generator makes', () => {
    expect(fs.readdirSync(FIXTURES).sort()).toEqual(Object.keys(generated).sort());
  });

  it.each(Object.keys(generated))('%s is what the generator makes', (name) => {
    expect(fixture(name)).toBe(generated[name]);
  });
});
