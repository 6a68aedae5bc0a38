// A request a dialog or form runs on the user's word: busy while it runs (the caller disables its
// controls), and when it fails the error in the user's language (errorText), kept until the next try
// or until cleared. The caller shows and announces the error.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from './Toasts';

export function useRunning() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  /** Runs the action; true when it went through, false when it failed (the error is set). */
  const run = useCallback(
    async (action: () => Promise<unknown>): Promise<boolean> => {
      setBusy(true);
      setError(null);
      try {
        await action();
        return true;
      } catch (caught) {
        setError(errorText(caught, t));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [t],
  );
  const clearError = useCallback(() => setError(null), []);

  return { busy, error, run, clearError };
}
