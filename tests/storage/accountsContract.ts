// The behaviour every store promises for accounts (ports/repositories.ts users and sessions,
// ports/passwordResetRepository.ts, ports/auditRepository.ts). sqlite.test.ts and mongo.test.ts call
// describeAccountsContract with a function that opens a fresh, empty store.
import { Conflict, NotFound } from '../../server/domain/errors';
import type { Store } from '../../server/ports/repositories';
import { buildAuditEntry, buildPasswordReset, buildSession, buildUser, minutesAfterNow, resetBuilderIds } from '../support/builders';
import { rejectionOf } from '../support/rejection';

export function describeAccountsContract(name: string, open: () => Promise<Store>): void {
  describe(`accounts store contract: ${name}`, () => {
    let store: Store;

    beforeEach(async () => {
      resetBuilderIds();
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });

    describe('users.update', () => {
      it('replaces name, roles, active and password hash, keeping id, e-mail and creation', async () => {
        const user = buildUser({ roles: ['translator'] });
        await store.users.create(user);

        await store.users.update({ ...user, email: 'other@nysa.test', name: 'Anna Nowak', roles: ['reviewer', 'editor'], active: false, passwordHash: 'scrypt$new', createdAt: minutesAfterNow(9) });

        expect(await store.users.findById(user.id)).toEqual({ ...user, name: 'Anna Nowak', roles: ['reviewer', 'editor'], active: false, passwordHash: 'scrypt$new' });
        expect(await store.users.findByEmail(user.email)).toMatchObject({ id: user.id, active: false });
      });

      it('is NotFound for an unknown user', async () => {
        const error = await rejectionOf(store.users.update(buildUser({ id: 'user-unknown' })));
        expect(error).toBeInstanceOf(NotFound);
        expect(error).toMatchObject({ params: { entity: 'user' } });
      });

      it('refuses with Conflict last_admin to deactivate or demote the last active admin, writing nothing', async () => {
        const admin = buildUser({ roles: ['admin'] });
        const retired = buildUser({ roles: ['admin'], active: false });
        await store.users.create(admin);
        await store.users.create(retired);

        for (const change of [{ active: false }, { roles: ['coordinator' as const] }]) {
          const error = await rejectionOf(store.users.update({ ...admin, ...change, name: 'Changed' }));
          expect(error).toBeInstanceOf(Conflict);
          expect(error).toMatchObject({ code: 'last_admin' });
        }
        expect(await store.users.findById(admin.id)).toEqual(admin);
      });

      it('lets an admin go while another active admin remains, and then keeps that one', async () => {
        const [first, second] = [buildUser({ roles: ['admin'] }), buildUser({ roles: ['admin', 'coordinator'] })];
        await store.users.create(first);
        await store.users.create(second);

        await store.users.update({ ...first, active: false });
        await store.users.update({ ...first, roles: ['translator'], active: false });
        await store.users.update({ ...second, name: 'Renamed' }); // still an active admin: no check needed

        await expect(store.users.update({ ...second, roles: ['coordinator'] })).rejects.toMatchObject({ code: 'last_admin' });
        expect((await store.users.findById(second.id))!.roles).toEqual(['admin', 'coordinator']);
      });

      it('of two admins demoting each other at the same time, one succeeds and one gets last_admin', async () => {
        const [a, b] = [buildUser({ roles: ['admin'] }), buildUser({ roles: ['admin'] })];
        await store.users.create(a);
        await store.users.create(b);

        const results = await Promise.allSettled([store.users.update({ ...a, active: false }), store.users.update({ ...b, roles: [] })]);

        expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
        const remaining = (await store.users.list()).filter((user) => user.active && user.roles.includes('admin'));
        expect(remaining).toHaveLength(1);
      });
    });

    describe('sessions', () => {
      const seedUser = async (overrides = {}) => {
        const user = buildUser(overrides);
        await store.users.create(user);
        return user;
      };

      it('finds a session by its public id and by the hash of its secret, which differ', async () => {
        const user = await seedUser();
        const session = buildSession({ userId: user.id });
        await store.sessions.create(session);

        expect(session.id).not.toBe(session.secretHash);
        expect(await store.sessions.findById(session.id)).toEqual(session);
        expect(await store.sessions.findBySecretHash(session.secretHash)).toEqual(session);
        expect(await store.sessions.findById(session.secretHash)).toBeNull();
        expect(await store.sessions.findBySecretHash(session.id)).toBeNull();
      });

      it('delete answers whether a session was there', async () => {
        const user = await seedUser();
        const session = buildSession({ userId: user.id });
        await store.sessions.create(session);

        expect(await store.sessions.delete(session.id)).toBe(true);
        expect(await store.sessions.delete(session.id)).toBe(false);
        expect(await store.sessions.findBySecretHash(session.secretHash)).toBeNull();
      });

      it('deleteByUser ends the selected sessions of one user and returns them', async () => {
        const [anna, jan] = [await seedUser(), await seedUser()];
        const own = buildSession({ userId: anna.id });
        const other = buildSession({ userId: anna.id });
        const token = buildSession({ userId: anna.id, kind: 'token', name: 'CI', expiresAt: null });
        const jans = buildSession({ userId: jan.id });
        for (const session of [own, other, token, jans]) await store.sessions.create(session);

        const ended = await store.sessions.deleteByUser(anna.id, { kind: 'session', exceptId: own.id });

        expect(ended).toEqual([other]);
        expect(await store.sessions.findById(own.id)).toEqual(own);
        expect(await store.sessions.findById(token.id)).toEqual(token);
        expect(await store.sessions.findById(jans.id)).toEqual(jans);

        const rest = await store.sessions.deleteByUser(anna.id);
        expect(rest.map((session) => session.id).sort()).toEqual([own.id, token.id].sort());
        expect(await store.sessions.deleteByUser(anna.id)).toEqual([]);
        expect(await store.sessions.findById(jans.id)).toEqual(jans);
      });

      it('listTokens lists tokens only, of one user or of everyone, oldest first', async () => {
        const [anna, jan] = [await seedUser(), await seedUser()];
        const later = buildSession({ userId: anna.id, kind: 'token', name: 'later', expiresAt: null, createdAt: minutesAfterNow(5) });
        const earlier = buildSession({ userId: anna.id, kind: 'token', name: 'earlier', expiresAt: minutesAfterNow(60) });
        const jans = buildSession({ userId: jan.id, kind: 'token', name: 'jan', expiresAt: null, createdAt: minutesAfterNow(2) });
        const login = buildSession({ userId: anna.id });
        for (const session of [later, earlier, jans, login]) await store.sessions.create(session);

        expect(await store.sessions.listTokens(anna.id)).toEqual([earlier, later]);
        expect(await store.sessions.listTokens(null)).toEqual([earlier, jans, later]);
        expect(await store.sessions.listTokens('user-unknown')).toEqual([]);
      });

      it('touch sets lastUsedAt and ignores an unknown id', async () => {
        const user = await seedUser();
        const token = buildSession({ userId: user.id, kind: 'token', expiresAt: null });
        await store.sessions.create(token);

        await store.sessions.touch(token.id, minutesAfterNow(3));
        await store.sessions.touch('session-unknown', minutesAfterNow(3));

        expect(await store.sessions.findById(token.id)).toEqual({ ...token, lastUsedAt: minutesAfterNow(3) });
      });
    });

    describe('passwordResets', () => {
      it('stores a link and finds it by id', async () => {
        const user = buildUser({ id: 'user-1' });
        await store.users.create(user);
        const reset = buildPasswordReset({ userId: user.id });
        await store.passwordResets.create(reset);

        expect(await store.passwordResets.findById(reset.id)).toEqual(reset);
        expect(await store.passwordResets.findById('reset-unknown')).toBeNull();
      });

      it('a link of an unknown user is NotFound', async () => {
        const error = await rejectionOf(store.passwordResets.create(buildPasswordReset({ userId: 'user-unknown' })));
        expect(error).toBeInstanceOf(NotFound);
        expect(error).toMatchObject({ params: { entity: 'user' } });
      });

      it('consume marks a link used once: the second call, and a racing one, get false', async () => {
        await store.users.create(buildUser({ id: 'user-1' }));
        const [reset, raced] = [buildPasswordReset(), buildPasswordReset()];
        await store.passwordResets.create(reset);
        await store.passwordResets.create(raced);

        expect(await store.passwordResets.consume(reset.id, minutesAfterNow(10))).toBe(true);
        expect(await store.passwordResets.consume(reset.id, minutesAfterNow(11))).toBe(false);
        expect(await store.passwordResets.findById(reset.id)).toEqual({ ...reset, usedAt: minutesAfterNow(10) });
        expect(await store.passwordResets.consume('reset-unknown', minutesAfterNow(10))).toBe(false);

        const both = await Promise.all([store.passwordResets.consume(raced.id, minutesAfterNow(12)), store.passwordResets.consume(raced.id, minutesAfterNow(12))]);
        expect(both.sort()).toEqual([false, true]);
      });

      it('deleteUnusedForUser removes only that user’s unused links', async () => {
        await store.users.create(buildUser({ id: 'user-1' }));
        await store.users.create(buildUser({ id: 'user-2' }));
        const [unused, used, others] = [buildPasswordReset(), buildPasswordReset({ usedAt: minutesAfterNow(1) }), buildPasswordReset({ userId: 'user-2' })];
        for (const reset of [unused, used, others]) await store.passwordResets.create(reset);

        expect(await store.passwordResets.deleteUnusedForUser('user-1')).toBe(1);

        expect(await store.passwordResets.findById(unused.id)).toBeNull();
        expect(await store.passwordResets.findById(used.id)).toEqual(used);
        expect(await store.passwordResets.findById(others.id)).toEqual(others);
      });
    });

    describe('audit', () => {
      it('returns an appended entry exactly, details included', async () => {
        const entry = buildAuditEntry({
          kind: 'document_exported',
          target: { type: 'document', id: 'document-1' },
          projectId: 'project-1',
          details: { title: 'Pressemitteilung', format: 'markdown', unapproved: 0, roles: ['a', 'b'], nested: { ok: true, none: null } },
        });
        await store.audit.append(entry);

        expect(await store.audit.list({ offset: 0, limit: 10 })).toEqual({ items: [entry], total: 1 });
      });

      it('lists newest first; entries of the same instant the later appended first', async () => {
        const [a, b, c] = [buildAuditEntry({ at: minutesAfterNow(1) }), buildAuditEntry({ at: minutesAfterNow(2) }), buildAuditEntry({ at: minutesAfterNow(2) })];
        for (const entry of [a, b, c]) await store.audit.append(entry);

        expect((await store.audit.list({ offset: 0, limit: 10 })).items.map((entry) => entry.id)).toEqual([c.id, b.id, a.id]);
      });

      it('filters by actor, kinds, time (from inclusive, to exclusive), project and target, and pages with a total', async () => {
        const entries = [
          buildAuditEntry({ actorId: 'user-1', kind: 'sign_in', at: minutesAfterNow(0) }),
          buildAuditEntry({ actorId: 'user-2', kind: 'sign_in_failed', at: minutesAfterNow(1) }),
          buildAuditEntry({ actorId: 'user-1', kind: 'document_exported', at: minutesAfterNow(2), projectId: 'project-1', target: { type: 'document', id: 'document-1' } }),
          buildAuditEntry({ actorId: 'user-2', kind: 'document_exported', at: minutesAfterNow(3), projectId: 'project-2', target: { type: 'document', id: 'document-2' } }),
          buildAuditEntry({ actorId: null, kind: 'sign_in_failed', at: minutesAfterNow(4) }),
        ];
        for (const entry of entries) await store.audit.append(entry);
        const ids = async (query: Parameters<Store['audit']['list']>[0]) => (await store.audit.list(query)).items.map((entry) => entry.id);
        const [e0, e1, e2, e3, e4] = entries.map((entry) => entry.id);

        expect(await ids({ actorId: 'user-1', offset: 0, limit: 10 })).toEqual([e2, e0]);
        expect(await ids({ kinds: ['sign_in_failed', 'sign_in'], offset: 0, limit: 10 })).toEqual([e4, e1, e0]);
        expect(await ids({ from: minutesAfterNow(1), to: minutesAfterNow(3), offset: 0, limit: 10 })).toEqual([e2, e1]);
        expect(await ids({ projectId: 'project-1', offset: 0, limit: 10 })).toEqual([e2]);
        expect(await ids({ targetId: 'document-2', offset: 0, limit: 10 })).toEqual([e3]);
        expect(await ids({ kinds: ['document_exported'], actorId: 'user-2', offset: 0, limit: 10 })).toEqual([e3]);
        expect(await store.audit.list({ offset: 1, limit: 2 })).toEqual({ items: [entries[3], entries[2]], total: 5 });
        expect(await store.audit.list({ kinds: ['sign_in'], offset: 5, limit: 2 })).toEqual({ items: [], total: 1 });
      });
    });
  });
}
