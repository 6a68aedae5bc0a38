// The reviewer's modal frame: role="dialog", aria-modal, labelled by its title, described by an
// optional element; focus moves in on open (the `initialFocus` element, else the first control),
// stays inside (Tab wraps), Escape or a click on the backdrop closes, and focus goes back to where it
// was on close.
import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import './review.css';

const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

interface ReviewModalProps {
  title: string;
  testId: string;
  onClose(): void;
  /** Close on Escape/backdrop only when this is true (false while a request runs). */
  closable?: boolean;
  initialFocus?: RefObject<HTMLElement | null>;
  describedBy?: string;
  className?: string;
  children: ReactNode;
}

export function ReviewModal({ title, testId, onClose, closable = true, initialFocus, describedBy, className, children }: ReviewModalProps) {
  const titleId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const closeRef = useRef(onClose);
  closeRef.current = onClose;
  const closableRef = useRef(closable);
  closableRef.current = closable;

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const dialog = dialogRef.current;
    const first = initialFocus?.current ?? dialog?.querySelector<HTMLElement>(FOCUSABLE) ?? dialog;
    first?.focus();
    return () => {
      if (previous && previous.isConnected) previous.focus();
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      if (closableRef.current) closeRef.current();
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
    <div
      className="dialog-backdrop review-dialog-backdrop"
      onMouseDown={(event) => {
        if (event.target === event.currentTarget && closableRef.current) closeRef.current();
      }}
    >
      <div
        ref={dialogRef}
        className={`dialog review-dialog ${className ?? ''}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={describedBy}
        data-testid={testId}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId} className="review-dialog-title">
          {title}
        </h2>
        {children}
      </div>
    </div>
  );
}
