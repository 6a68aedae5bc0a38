// The frame around every signed-in screen: skip link, navigation, the notification bell, language switch,
// sign out.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { hasRole, useAuth, useUser } from '../auth';
import { LANGUAGES, currentLanguage, setLanguage, type Language } from '../i18n';
import { NotificationBell } from '../notifications/NotificationBell';
import { NotificationsProvider } from '../notifications/NotificationsProvider';
import { Link, useLocation } from '../router';

export function LanguageSwitch() {
  const { t } = useTranslation();
  return (
    <label className="language-switch">
      <span className="visually-hidden">{t('language.label')}</span>
      <select value={currentLanguage()} onChange={(event) => setLanguage(event.target.value as Language)} data-testid="language-switch">
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {t(`language.${language}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { signOut } = useAuth();
  const user = useUser();
  const { path } = useLocation();
  const links = [
    { to: '/work', label: t('collaboration:nav.work'), show: true },
    { to: '/', label: t('nav.documents'), show: true },
    { to: '/submit', label: t('nav.submit'), show: hasRole(user, 'editor', 'coordinator') },
    { to: '/dashboard', label: t('nav.dashboard'), show: hasRole(user, 'coordinator') },
    { to: '/projects', label: t('admin:nav.projects'), show: true },
    { to: '/users', label: t('admin:nav.users'), show: user.roles.includes('admin') },
    { to: '/audit', label: t('accounts:nav.audit'), show: user.roles.includes('admin') },
    { to: '/account', label: t('accounts:nav.account'), show: true },
  ].filter((link) => link.show);
  return (
    <NotificationsProvider>
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="app-header">
        <span className="brand">Nysa</span>
        <nav aria-label={t('nav.label')}>
          <ul>
            {links.map((link) => (
              <li key={link.to}>
                <Link to={link.to} aria-current={path === link.to ? 'page' : undefined}>
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="header-end">
          <NotificationBell />
          <LanguageSwitch />
          <span className="user-name" data-testid="user-name">{user.name}</span>
          <button type="button" onClick={() => void signOut()}>
            {t('actions.signOut')}
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </NotificationsProvider>
  );
}
