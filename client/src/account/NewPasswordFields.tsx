// A new password, typed twice, and the form around it: My account and the reset-password page ask for
// it the same way.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

export interface NewPassword {
  next: string;
  repeat: string;
}

export const EMPTY_NEW_PASSWORD: NewPassword = { next: '', repeat: '' };

export function NewPasswordFields({ value, onChange }: { value: NewPassword; onChange(value: NewPassword): void }) {
  const { t } = useTranslation('accounts');
  return (
    <>
      <label>
        {t('password.new')}
        <input type="password" autoComplete="new-password" required minLength={8} value={value.next} onChange={(e) => onChange({ ...value, next: e.target.value })} />
      </label>
      <label>
        {t('password.repeat')}
        <input type="password" autoComplete="new-password" required value={value.repeat} onChange={(e) => onChange({ ...value, repeat: e.target.value })} />
      </label>
    </>
  );
}

export interface NewPasswordForm {
  password: NewPassword;
  setPassword(value: NewPassword): void;
  /** A message to show in the form (the two differ, or what `onFailure` returned). */
  error: string | null;
  busy: boolean;
  submit(event: FormEvent): Promise<void>;
}

/**
 * The state of a form that sets a new password: checks the two match, then `send`s it; a failure goes
 * to `onFailure`, whose answer (if any) is shown in the form. The fields are emptied after success.
 */
export function useNewPasswordForm(send: (newPassword: string) => Promise<void>, onFailure: (error: unknown) => string | null): NewPasswordForm {
  const { t } = useTranslation('accounts');
  const [password, setPassword] = useState<NewPassword>(EMPTY_NEW_PASSWORD);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const mismatch = password.next === password.repeat ? null : t('password.mismatch');
    setError(mismatch);
    if (mismatch) return;
    setBusy(true);
    try {
      await send(password.next);
      setPassword(EMPTY_NEW_PASSWORD);
    } catch (caught) {
      setError(onFailure(caught));
    } finally {
      setBusy(false);
    }
  };

  return { password, setPassword, error, busy, submit };
}
