// Sign in with e-mail and password; the server's message (wrong password, too many attempts) is shown as is.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth';
import { LanguageSwitch } from '../ui/Layout';
import { useRunning } from '../ui/useRunning';

export function LoginPage() {
  const { t } = useTranslation();
  const { signIn } = useAuth();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { busy, error, run } = useRunning();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(() => signIn(email, password));
  };

  return (
    <main id="main" className="login">
      <div className="login-card">
        <h1>Nysa</h1>
        <p className="muted">{t('login.tagline')}</p>
        <form onSubmit={submit} aria-describedby={error ? 'login-error' : undefined}>
          <label>
            {t('login.email')}
            <input type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
          </label>
          <label>
            {t('login.password')}
            <input type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
          </label>
          {error && (
            <p id="login-error" role="alert" className="form-error">
              {error}
            </p>
          )}
          <button type="submit" className="primary" disabled={busy}>
            {t('login.submit')}
          </button>
        </form>
        <LanguageSwitch />
      </div>
    </main>
  );
}
