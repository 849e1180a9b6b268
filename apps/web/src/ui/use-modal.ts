import { useEffect, useRef, type RefObject } from 'react';
import { focusableOpener } from './shown-focus.js';

/** A place for the focus when the opener is gone, e.g. the next row after the opener's row was removed. */
export type FallbackFocus = () => HTMLElement | null | undefined;

/**
 * Focuses `opener` again (or the closed menu that holds it) if the focus was lost with the dialog (to the page, or still inside
 * it); when the opener left the page meanwhile, focuses `fallback`'s element instead.
 */
const handBack = (opener: Element | null, dialog: HTMLDialogElement | null, fallback: FallbackFocus | undefined) => {
  const active = document.activeElement;
  const lost = active === null || active === document.body || (dialog?.contains(active) ?? false);
  if (!lost) return;
  const target = focusableOpener(opener);
  if (target) target.focus();
  else fallback?.()?.focus();
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
export const useModal = (ref: RefObject<HTMLDialogElement | null>, open: boolean, fallback?: FallbackFocus): void => {
  const opener = useRef<Element | null>(null);
  // The fallback as it was when the dialog opened (it knows which row it was about); it
  // looks at the rows only when called, as they are after the dialog's work.
  const latestFallback = useRef(fallback);
  const fallbackRef = useRef<FallbackFocus | undefined>(undefined);
  useEffect(() => {
    latestFallback.current = fallback;
  });
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement;
      fallbackRef.current = latestFallback.current;
      dialog.showModal?.();
    }
    if (!open && dialog.open) {
      dialog.close();
      handBack(opener.current, dialog, fallbackRef.current);
      opener.current = null;
    }
  }, [ref, open]);
  useEffect(
    () => () => {
      handBack(opener.current, null, fallbackRef.current);
      opener.current = null;
    },
    [],
  );
};
