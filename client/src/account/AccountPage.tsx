// My account: change your own password (other sessions are signed out; API tokens stay) and manage
// your API tokens.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useUser } from '../auth';
import { useToasts } from '../ui/Toasts';
import { ApiTokens } from './ApiTokens';
import { NewPasswordFields, useNewPasswordForm } from './NewPasswordFields';
import './account.css';

export function AccountPage() {
  const { t } = useTranslation('accounts');
  const user = useUser();
  return (
    <section className="account" aria-labelledby="account-title">
      <h1 id="account-title">{t('account.title')}</h1>
      <p className="muted">{t('account.signedInAs', { name: user.name, email: user.email })}</p>
      <div className="account-grid">
        <ChangePassword />
        <ApiTokens />
      </div>
    </section>
  );
}

function ChangePassword() {
  const { t } = useTranslation('accounts');
  const toasts = useToasts();
  const [current, setCurrent] = useState('');
  const form = useNewPasswordForm(
    async (newPassword) => {
      await api.post('/api/me/password', { currentPassword: current, newPassword });
      setCurrent('');
      toasts.show('success', t('account.passwordChanged'));
    },
    (error) => {
      toasts.showError(error);
      return null;
    },
  );

  return (
    <form className="card account-form" onSubmit={form.submit} aria-labelledby="password-title" aria-describedby={form.error ? 'password-error' : undefined}>
      <h2 id="password-title">{t('account.password')}</h2>
      <label>
        {t('account.current')}
        <input type="password" autoComplete="current-password" required value={current} onChange={(e) => setCurrent(e.target.value)} />
      </label>
      <NewPasswordFields value={form.password} onChange={form.setPassword} />
      <p className="field-hint">{t('account.passwordHint')}</p>
      {form.error && (
        <p id="password-error" role="alert" className="form-error">
          {form.error}
        </p>
      )}
      <button type="submit" className="primary" disabled={form.busy}>
        {t('account.changePassword')}
      </button>
    </form>
  );
}
