import { useId, useRef, type ReactNode } from 'react';
import { useModal } from './use-modal.js';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  /** Says what the button does ("Remove Ana", "Revoke key"), never just "OK". */
  confirmLabel: string;
  tone?: 'danger' | 'default';
  busy?: boolean;
  onConfirm(): void;
  onCancel(): void;
  /** Where the focus goes when the control that opened the dialog is gone (its row was removed). */
  fallbackFocus?: () => HTMLElement | null | undefined;
}

/**
 * A modal question on the native <dialog> (focus trap, Escape and backdrop for free), as an
 * alertdialog: the focus starts on Cancel, the safe choice, so an Enter pressed out of habit
 * keeps things as they are; the confirm button names its consequence. `window.confirm` did
 * this unstyled, blocked the page, and was dismissed unseen in automated browsers.
 */
export const ConfirmDialog = ({ open, title, children, confirmLabel, tone = 'default', busy = false, onConfirm, onCancel, fallbackFocus }: ConfirmDialogProps) => {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  useModal(ref, open, fallbackFocus);
  return (
    <dialog
      ref={ref}
      className="dialog"
      role="alertdialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-content`}
      data-testid="confirm-dialog"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
      onClick={(event) => {
        if (event.target === event.currentTarget) onCancel();
      }}
    >
      {open && (
        <form
          method="dialog"
          className="dialog__body"
          onSubmit={(event) => {
            event.preventDefault();
            if (!busy) onConfirm();
          }}
        >
          <h2 id={`${id}-title`} className="dialog__title">
            {title}
          </h2>
          <div id={`${id}-content`} className="dialog__content">
            {children}
          </div>
          <div className="dialog__actions">
            <button type="button" className="button button--ghost" onClick={onCancel} autoFocus>
              Cancel
            </button>
            {/* Busy, not disabled: a disabled button under the focus drops it out of the dialog. */}
            <button type="submit" className={`button ${tone === 'danger' ? 'button--danger' : 'button--primary'}`} aria-disabled={busy || undefined} aria-busy={busy || undefined}>
              {confirmLabel}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
};
