// Short messages after saves and errors, announced to screen readers (role=status / role=alert).
import type { TFunction } from 'i18next';
import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';

/** An error found in the client whose message is written for the user, in their language. */
export class NoticeError extends Error {}

/** What went wrong, in the user's language: the server's localized message, the client's notice, or a general one. */
export function errorText(error: unknown, t: TFunction): string {
  if (error instanceof NoticeError) return error.message;
  if (error instanceof ApiError) return error.code === 'network_error' ? t('common:errors.network') : error.message || t('common:errors.unknown');
  return t('common:errors.unknown');
}

type Kind = 'success' | 'error' | 'info';
interface Toast {
  id: number;
  kind: Kind;
  text: string;
}
interface Toaster {
  show(kind: Kind, text: string): void;
  /** An API error in the user's language (the server localizes by Accept-Language). */
  showError(error: unknown): void;
}

const ToastContext = createContext<Toaster | null>(null);
let nextId = 1;

export function ToastProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [toasts, setToasts] = useState<Toast[]>([]);

  const dismiss = useCallback((id: number) => setToasts((list) => list.filter((toast) => toast.id !== id)), []);
  const show = useCallback(
    (kind: Kind, text: string) => {
      const id = nextId++;
      setToasts((list) => [...list.slice(-4), { id, kind, text }]);
      window.setTimeout(() => dismiss(id), kind === 'error' ? 8000 : 3500);
    },
    [dismiss],
  );
  const showError = useCallback(
    (error: unknown) => show('error', errorText(error, t)),
    [show, t],
  );

  return (
    <ToastContext.Provider value={{ show, showError }}>
      {children}
      <div className="toasts">
        <div role="status" aria-live="polite">
          {toasts.filter((toast) => toast.kind !== 'error').map((toast) => (
            <div key={toast.id} className={`toast toast-${toast.kind}`} data-testid="toast">
              {toast.text}
              <button type="button" className="toast-close" onClick={() => dismiss(toast.id)} aria-label={t('actions.dismiss')}>×</button>
            </div>
          ))}
        </div>
        <div role="alert" aria-live="assertive">
          {toasts.filter((toast) => toast.kind === 'error').map((toast) => (
            <div key={toast.id} className="toast toast-error" data-testid="toast-error">
              {toast.text}
              <button type="button" className="toast-close" onClick={() => dismiss(toast.id)} aria-label={t('actions.dismiss')}>×</button>
            </div>
          ))}
        </div>
      </div>
    </ToastContext.Provider>
  );
}

export function useToasts(): Toaster {
  const toaster = useContext(ToastContext);
  if (!toaster) throw new Error('useToasts outside ToastProvider');
  return toaster;
}
