// The page a password reset link opens (/reset-password#token=…), signed out: choose a new password.
// The token stays in the fragment, which the browser never sends to a server.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../api/client';
import { navigate } from '../router';
import { LanguageSwitch } from '../ui/Layout';
import { NewPasswordFields, useNewPasswordForm } from './NewPasswordFields';
import './account.css';

const tokenOfLocation = (): string => new URLSearchParams(window.location.hash.replace(/^#/, '')).get('token') ?? '';

export function ResetPasswordPage() {
  const { t } = useTranslation('accounts');
  const [token] = useState(tokenOfLocation);
  const [done, setDone] = useState<string | null>(null);
  const form = useNewPasswordForm(
    async (newPassword) => setDone((await api.post<{ email: string }>('/api/auth/password-reset', { token, newPassword })).email),
    (error) => (error instanceof ApiError && error.message ? error.message : t('common:errors.unknown')),
  );

  return (
    <main id="main" className="login">
      <div className="login-card">
        <h1>{t('reset.title')}</h1>
        {done !== null ? (
          <>
            <p role="status">{t('reset.done', { email: done })}</p>
            <button type="button" className="primary" onClick={() => navigate('/', { replace: true })}>
              {t('reset.signIn')}
            </button>
          </>
        ) : token === '' ? (
          <p role="alert" className="form-error">
            {t('reset.missing')}
          </p>
        ) : (
          <form onSubmit={form.submit} aria-describedby={form.error ? 'reset-error' : 'reset-intro'}>
            <p id="reset-intro" className="muted">
              {t('reset.intro')}
            </p>
            <NewPasswordFields value={form.password} onChange={form.setPassword} />
            {form.error && (
              <p id="reset-error" role="alert" className="form-error">
                {form.error}
              </p>
            )}
            <button type="submit" className="primary" disabled={form.busy}>
              {t('reset.submit')}
            </button>
          </form>
        )}
        <LanguageSwitch />
      </div>
    </main>
  );
}
