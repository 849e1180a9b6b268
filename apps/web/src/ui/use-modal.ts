import { useEffect, useRef, type RefObject } from 'react';

/** Focuses `opener` again if the focus was lost with the dialog (to the page, or still inside it). */
const handBack = (opener: Element | null, dialog: HTMLDialogElement | null) => {
  const active = document.activeElement;
  const lost = active === null || active === document.body || (dialog?.contains(active) ?? false);
  if (lost && opener instanceof HTMLElement && opener.isConnected) opener.focus();
};

/**
 * Shows a native `<dialog>` as a modal while `open` (focus trap, Escape and the backdrop come
 * with it) and closes it after, handing the focus back to what had it before (the button that
 * opened it) — also when the dialog is unmounted rather than closed. The browser does that only
 * while the focus is still inside the dialog; these dialogs drop their content as they close,
 * so it had fallen to the page and a keyboard user started again from the top. `showModal` is
 * missing where there is no layout (jsdom): the dialog then stays closed and its content still
 * renders for tests that read it.
 */
export const useModal = (ref: RefObject<HTMLDialogElement | null>, open: boolean): void => {
  const opener = useRef<Element | null>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement;
      dialog.showModal?.();
    }
    if (!open && dialog.open) {
      dialog.close();
      handBack(opener.current, dialog);
      opener.current = null;
    }
  }, [ref, open]);
  useEffect(
    () => () => {
      handBack(opener.current, null);
      opener.current = null;
    },
    [],
  );
};
