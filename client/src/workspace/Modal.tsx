// A modal dialog: labelled by its title, focus moved in on open (and kept in), Escape closes, focus
// goes back to where it was on close.
import { useEffect, useId, useLayoutEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';

interface ModalProps {
  title: string;
  onClose(): void;
  testId?: string;
  className?: string;
  /** Selector of the element to focus first; else the first focusable one. */
  initialFocus?: string;
  children: ReactNode;
}

const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function Modal({ title, onClose, testId, className, initialFocus, children }: ModalProps) {
  const titleId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const closeRef = useRef(onClose);
  closeRef.current = onClose;

  // Before paint, so a key pressed right after opening already lands in the dialog.
  useLayoutEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    const dialog = dialogRef.current;
    const first = (initialFocus && dialog?.querySelector<HTMLElement>(initialFocus)) || dialog?.querySelector<HTMLElement>(FOCUSABLE) || dialog;
    first?.focus();
    return () => {
      if (previous && previous.isConnected) previous.focus();
    };
  }, [initialFocus]);

  // Escape closes wherever the focus is (it may still be on its way into the dialog).
  useEffect(() => {
    const onEscape = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      closeRef.current();
    };
    document.addEventListener('keydown', onEscape);
    return () => document.removeEventListener('keydown', onEscape);
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Tab' || !dialogRef.current) return;
    const items = [...dialogRef.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    if (items.length === 0) return;
    const first = items[0];
    const last = items[items.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <div className="dialog-backdrop ws-dialog-backdrop" onMouseDown={(event) => event.target === event.currentTarget && closeRef.current()}>
      <div
        ref={dialogRef}
        className={`dialog ws-dialog ${className ?? ''}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        data-testid={testId}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId} className="ws-dialog-title">
          {title}
        </h2>
        {children}
      </div>
    </div>
  );
}
