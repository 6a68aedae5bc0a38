// The one modal dialog frame: role="dialog", aria-modal, labelled by its title (and described by an
// optional element); focus moves in before paint (so a key pressed right after opening lands in the
// dialog) and stays inside (Tab wraps); Escape or a click on the backdrop closes unless `closable` is
// false (a request is running); focus goes back to where it was on close.
import { useEffect, useId, useLayoutEffect, useRef, type KeyboardEvent, type ReactNode, type RefObject } from 'react';

const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

interface ModalProps {
  title: string;
  onClose(): void;
  testId?: string;
  className?: string;
  /** The element to focus first (a ref, or a selector inside the dialog); else the first focusable one. */
  initialFocus?: RefObject<HTMLElement | null> | string;
  /** Close on Escape/backdrop only when true (default). */
  closable?: boolean;
  describedBy?: string;
  children: ReactNode;
}

export function Modal({ title, onClose, testId, className, initialFocus, closable = true, describedBy, children }: ModalProps) {
  const titleId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const closeRef = useRef(onClose);
  closeRef.current = onClose;
  const closableRef = useRef(closable);
  closableRef.current = closable;
  const close = () => {
    if (closableRef.current) closeRef.current();
  };

  useLayoutEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const dialog = dialogRef.current;
    const wanted = typeof initialFocus === 'string' ? dialog?.querySelector<HTMLElement>(initialFocus) : initialFocus?.current;
    (wanted ?? dialog?.querySelector<HTMLElement>(FOCUSABLE) ?? dialog)?.focus();
    return () => {
      if (previous && previous.isConnected) previous.focus();
    };
    // Focus moves once, on open.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Escape also closes while the focus is outside the dialog (still on its way in).
  useEffect(() => {
    const onEscape = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || dialogRef.current?.contains(event.target as Node)) return;
      event.preventDefault();
      if (closableRef.current) closeRef.current();
    };
    document.addEventListener('keydown', onEscape);
    return () => document.removeEventListener('keydown', onEscape);
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      // The page's own shortcuts must not see it too.
      event.preventDefault();
      event.stopPropagation();
      close();
      return;
    }
    if (event.key !== 'Tab' || !dialogRef.current) return;
    const items = [...dialogRef.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    if (items.length === 0) return;
    const first = items[0];
    const last = items[items.length - 1];
    if (event.shiftKey && (document.activeElement === first || document.activeElement === dialogRef.current)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <div className="dialog-backdrop" onMouseDown={(event) => event.target === event.currentTarget && close()}>
      <div
        ref={dialogRef}
        className={`dialog ${className ?? ''}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={describedBy}
        data-testid={testId}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId} className="dialog-title">
          {title}
        </h2>
        {children}
      </div>
    </div>
  );
}
