// Who may do what in a project, as the client decides which controls to show (mirroring the server's
// policies: the server refuses anyway).
import { canAlignIn, canChangeTerm, canEditGlossaryIn, canManageProject, canProposeTermsIn, canStartMtIn, canSubmitTo, defaultOnlyMine, rolesIn } from '../../client/src/lib/projectRoles';

describe('roles', () => {
  const project = { members: [{ userId: 'u1', roles: ['editor' as const] }, { userId: 'u2', roles: ['translator' as const] }] };

  it('joins global roles and the membership', () => {
    expect(rolesIn({ id: 'u1', roles: ['reviewer'] }, project)).toEqual(['reviewer', 'editor']);
    expect(rolesIn({ id: 'u3', roles: [] }, project)).toEqual([]);
  });

  it('lets editors, coordinators and admins submit and start MT, translators not', () => {
    expect(canSubmitTo({ id: 'u1', roles: [] }, project)).toBe(true);
    expect(canSubmitTo({ id: 'u2', roles: [] }, project)).toBe(false);
    expect(canSubmitTo({ id: 'u3', roles: ['coordinator'] }, project)).toBe(true);
    expect(canStartMtIn({ id: 'u3', roles: ['admin'] }, project)).toBe(true);
    expect(canStartMtIn({ id: 'u2', roles: [] }, project)).toBe(false);
  });

  it('switches "only mine" on for people who are editors and nothing else', () => {
    expect(defaultOnlyMine({ id: 'u1', roles: [] }, [project])).toBe(true);
    expect(defaultOnlyMine({ id: 'u1', roles: ['editor'] }, [project])).toBe(true);
    expect(defaultOnlyMine({ id: 'u1', roles: ['coordinator'] }, [project])).toBe(false);
    expect(defaultOnlyMine({ id: 'u2', roles: ['editor'] }, [project])).toBe(false);
    expect(defaultOnlyMine({ id: 'u3', roles: [] }, [project])).toBe(false);
  });
});

describe('project tools', () => {
  const project = {
    members: [
      { userId: 'coord', roles: ['coordinator' as const] },
      { userId: 'tr', roles: ['translator' as const] },
      { userId: 'rev', roles: ['reviewer' as const] },
      { userId: 'ed', roles: ['editor' as const] },
    ],
  };
  const user = (id: string, roles: ('admin' | 'coordinator' | 'translator')[] = []) => ({ id, roles });

  it('lets coordinators and admins manage the project and edit the glossary, nobody else', () => {
    expect([user('coord'), user('admin', ['admin']), user('tr'), user('rev'), user('ed')].map((u) => canManageProject(u, project))).toEqual([true, true, false, false, false]);
    expect([user('coord'), user('admin', ['admin']), user('tr'), user('rev'), user('ed')].map((u) => canEditGlossaryIn(u, project))).toEqual([true, true, false, false, false]);
  });

  it('lets translators propose terms and change only their own proposals', () => {
    expect([user('coord'), user('tr'), user('rev'), user('ed')].map((u) => canProposeTermsIn(u, project))).toEqual([false, true, false, false]);
    expect(canChangeTerm(user('tr'), project, { status: 'proposed', createdBy: 'tr' })).toBe(true);
    expect(canChangeTerm(user('tr'), project, { status: 'approved', createdBy: 'tr' })).toBe(false);
    expect(canChangeTerm(user('tr'), project, { status: 'proposed', createdBy: 'coord' })).toBe(false);
    expect(canChangeTerm(user('coord'), project, { status: 'approved', createdBy: 'tr' })).toBe(true);
    expect(canChangeTerm(user('rev'), project, { status: 'proposed', createdBy: 'rev' })).toBe(false);
  });

  it('lets every project role align, but not a user without one', () => {
    expect([user('coord'), user('tr'), user('rev'), user('ed'), user('stranger')].map((u) => canAlignIn(u, project))).toEqual([true, true, true, true, false]);
    expect(canAlignIn(user('stranger', ['translator']), project)).toBe(true);
  });
});
