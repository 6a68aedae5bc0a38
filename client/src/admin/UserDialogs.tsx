// The dialogs of the People page: edit an account (name, global roles), deactivate or reactivate it,
// and hand out a one-time password reset link (no e-mail is sent: the admin passes it on).
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PasswordResetLink } from '../api/accountTypes';
import { api } from '../api/client';
import { ROLES, type Role, type User } from '../api/types';
import { formatDateTime } from '../format';
import { Modal } from '../ui/Modal';
import { useToasts } from '../ui/Toasts';
import { CopyField } from '../ui/CopyField';

const userUrl = (user: User) => `/api/users/${encodeURIComponent(user.id)}`;

export function EditUserDialog({ user, onClose }: { user: User; onClose(changed: boolean): void }) {
  const { t } = useTranslation('admin');
  const toasts = useToasts();
  const [name, setName] = useState(user.name);
  const [roles, setRoles] = useState<Role[]>(user.roles);
  const [busy, setBusy] = useState(false);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const saved = await api.patch<User>(userUrl(user), { name, roles });
      toasts.show('success', t('accounts:users.saved', { name: saved.name }));
      onClose(true);
    } catch (error) {
      toasts.showError(error);
      setBusy(false);
    }
  };

  return (
    <Modal title={t('accounts:users.editTitle', { name: user.name })} onClose={() => onClose(false)} closable={!busy} testId="edit-user-dialog">
      <form className="admin-form" onSubmit={save}>
        <label>
          {t('users.name')}
          <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} />
        </label>
        <fieldset>
          <legend>{t('users.roles')}</legend>
          {ROLES.map((role) => (
            <label key={role} className="checkbox">
              <input type="checkbox" checked={roles.includes(role)} onChange={() => setRoles((list) => (list.includes(role) ? list.filter((r) => r !== role) : [...list, role]))} />
              {t(`roles.${role}`)}
            </label>
          ))}
        </fieldset>
        <div className="dialog-actions">
          <button type="button" onClick={() => onClose(false)} disabled={busy}>
            {t('common:actions.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {t('common:actions.save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}

export function ConfirmActive({ user, onClose }: { user: User; onClose(changed: boolean): void }) {
  const { t } = useTranslation('accounts');
  const toasts = useToasts();
  const [busy, setBusy] = useState(false);
  const textId = useId();
  const deactivating = user.active;

  const confirm = async () => {
    setBusy(true);
    try {
      await api.patch<User>(userUrl(user), { active: !deactivating });
      toasts.show('success', t(deactivating ? 'users.deactivated' : 'users.reactivated', { name: user.name }));
      onClose(true);
    } catch (error) {
      toasts.showError(error);
      setBusy(false);
    }
  };

  return (
    <Modal
      title={t(deactivating ? 'users.deactivateTitle' : 'users.reactivateTitle', { name: user.name })}
      onClose={() => onClose(false)}
      closable={!busy}
      describedBy={textId}
      testId="active-dialog"
    >
      <p id={textId}>{t(deactivating ? 'users.deactivateText' : 'users.reactivateText', { name: user.name })}</p>
      <div className="dialog-actions">
        <button type="button" onClick={() => onClose(false)} disabled={busy}>
          {t('common:actions.cancel')}
        </button>
        <button type="button" className={deactivating ? 'danger' : 'primary'} onClick={() => void confirm()} disabled={busy}>
          {t(deactivating ? 'users.deactivate' : 'users.reactivate')}
        </button>
      </div>
    </Modal>
  );
}

export function ResetLinkDialog({ user, onClose }: { user: User; onClose(): void }) {
  const { t } = useTranslation('accounts');
  const toasts = useToasts();
  const [link, setLink] = useState<PasswordResetLink | null>(null);
  const requested = useRef(false);
  const textId = useId();

  useEffect(() => {
    // Once, even in StrictMode's double effect: a second request would replace the first link.
    if (requested.current) return;
    requested.current = true;
    api.post<PasswordResetLink>(`${userUrl(user)}/password-reset`).then(setLink, (error: unknown) => {
      toasts.showError(error);
      onClose();
    });
  }, [user, toasts, onClose]);

  return (
    <Modal title={t('users.resetTitle', { name: user.name })} onClose={onClose} describedBy={textId} testId="reset-link-dialog">
      {link === null ? (
        <p className="loading" role="status" id={textId}>
          {t('common:status.loading')}
        </p>
      ) : (
        <>
          <p id={textId}>{t('users.resetText', { name: user.name, expires: formatDateTime(link.expiresAt) })}</p>
          <CopyField label={t('users.resetLinkLabel')} value={link.url} testId="reset-link" />
        </>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('common:actions.close')}
        </button>
      </div>
    </Modal>
  );
}
