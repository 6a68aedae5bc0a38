// Accounts (admins): who exists, with which global roles and whether active; a form for a new one;
// per account: edit (name, roles), deactivate or reactivate, and a one-time password reset link.
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { ROLES, type Role, type User } from '../api/types';
import { formatDate } from '../format';
import { useToasts } from '../ui/Toasts';
import { ConfirmActive, EditUserDialog, ResetLinkDialog } from './UserDialogs';
import './admin.css';

type Dialog = { kind: 'edit' | 'active' | 'reset'; user: User } | null;

export function UsersPage() {
  const { t } = useTranslation('admin');
  const toasts = useToasts();
  const [users, setUsers] = useState<User[] | null>(null);
  const [form, setForm] = useState({ name: '', email: '', password: '' });
  const [roles, setRoles] = useState<Role[]>([]);
  const [busy, setBusy] = useState(false);
  const [dialog, setDialog] = useState<Dialog>(null);

  const load = useCallback(() => {
    api.get<{ items: User[] }>('/api/users').then((page) => setUsers(page.items), toasts.showError);
  }, [toasts]);
  useEffect(load, [load]);

  const toggle = (role: Role) => setRoles((list) => (list.includes(role) ? list.filter((r) => r !== role) : [...list, role]));

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const user = await api.post<User>('/api/users', { ...form, roles });
      toasts.show('success', t('users.created', { name: user.name }));
      setForm({ name: '', email: '', password: '' });
      setRoles([]);
      load();
    } catch (error) {
      toasts.showError(error);
    } finally {
      setBusy(false);
    }
  };

  const closed = (changed: boolean) => {
    setDialog(null);
    if (changed) load();
  };

  return (
    <section className="admin" aria-labelledby="users-title">
      <h1 id="users-title">{t('users.title')}</h1>
      <form className="card admin-form" onSubmit={create} aria-labelledby="users-new">
        <h2 id="users-new">{t('users.new')}</h2>
        <label>
          {t('users.name')}
          <input value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} required maxLength={200} />
        </label>
        <label>
          {t('users.email')}
          <input type="email" value={form.email} onChange={(e) => setForm({ ...form, email: e.target.value })} required />
        </label>
        <label>
          {t('users.password')}
          <input type="password" autoComplete="new-password" minLength={8} value={form.password} onChange={(e) => setForm({ ...form, password: e.target.value })} required />
        </label>
        <fieldset>
          <legend>{t('users.roles')}</legend>
          {ROLES.map((role) => (
            <label key={role} className="checkbox">
              <input type="checkbox" checked={roles.includes(role)} onChange={() => toggle(role)} />
              {t(`roles.${role}`)}
            </label>
          ))}
        </fieldset>
        <button type="submit" className="primary" disabled={busy}>
          {t('users.create')}
        </button>
      </form>
      {users === null ? (
        <p className="loading" role="status">{t('common:status.loading')}</p>
      ) : (
        <table className="data" data-testid="users-table">
          <thead>
            <tr>
              <th scope="col">{t('users.name')}</th>
              <th scope="col">{t('users.email')}</th>
              <th scope="col">{t('users.roles')}</th>
              <th scope="col">{t('users.createdAt')}</th>
              <th scope="col">{t('accounts:users.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id} className={user.active ? undefined : 'inactive'} data-testid={`user-${user.email}`}>
                <td>
                  {user.name}
                  {!user.active && <span className="tag">{t('accounts:users.inactive')}</span>}
                </td>
                <td>{user.email}</td>
                <td>{user.roles.map((role) => t(`roles.${role}`)).join(', ') || '—'}</td>
                <td>{formatDate(user.createdAt)}</td>
                <td className="row-actions">
                  <button type="button" onClick={() => setDialog({ kind: 'edit', user })} aria-label={t('accounts:users.editOf', { name: user.name })}>
                    {t('accounts:users.edit')}
                  </button>
                  <button type="button" onClick={() => setDialog({ kind: 'active', user })} aria-label={t(user.active ? 'accounts:users.deactivateOf' : 'accounts:users.reactivateOf', { name: user.name })}>
                    {t(user.active ? 'accounts:users.deactivate' : 'accounts:users.reactivate')}
                  </button>
                  {user.active && (
                    <button type="button" onClick={() => setDialog({ kind: 'reset', user })} aria-label={t('accounts:users.resetLinkOf', { name: user.name })}>
                      {t('accounts:users.resetLink')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {dialog?.kind === 'edit' && <EditUserDialog user={dialog.user} onClose={closed} />}
      {dialog?.kind === 'active' && <ConfirmActive user={dialog.user} onClose={closed} />}
      {dialog?.kind === 'reset' && <ResetLinkDialog user={dialog.user} onClose={() => closed(false)} />}
    </section>
  );
}
