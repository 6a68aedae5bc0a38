// The client's list of audit kinds is the server's, and every kind and target type has a label in
// each interface language (the audit page shows them).
import fs from 'node:fs';
import path from 'node:path';
import { AUDIT_KINDS as CLIENT_KINDS } from '../../client/src/api/accountTypes';
import { AUDIT_KINDS, AUDIT_TARGET_TYPES } from '../../server/domain/audit/types';

const labels = (language: string) =>
  JSON.parse(fs.readFileSync(path.join(__dirname, '../../client/src/locales', language, 'accounts.json'), 'utf8')) as {
    audit: { kinds: Record<string, string>; targets: Record<string, string> };
  };

describe('audit kinds in the client', () => {
  test('are exactly the server’s, in the same order', () => {
    expect([...CLIENT_KINDS]).toEqual([...AUDIT_KINDS]);
  });

  test.each(['de', 'pl', 'en'])('%s names every kind and every target type', (language) => {
    const { audit } = labels(language);
    expect(Object.keys(audit.kinds).sort()).toEqual([...AUDIT_KINDS].sort());
    expect(Object.keys(audit.targets).sort()).toEqual([...AUDIT_TARGET_TYPES].sort());
  });
});
