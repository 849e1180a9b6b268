import { useEffect, type RefObject } from 'react';

/**
 * Shows a native `<dialog>` as a modal while `open` (focus trap, Escape and the backdrop come
 * with it) and closes it after. `showModal` is missing where there is no layout (jsdom): the
 * dialog then stays closed and its content still renders for tests that read it.
 */
export const useModal = (ref: RefObject<HTMLDialogElement | null>, open: boolean): void => {
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal?.();
    if (!open && dialog.open) dialog.close();
  }, [ref, open]);
};
