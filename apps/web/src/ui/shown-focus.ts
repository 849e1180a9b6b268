/** Whether `element` is on the page and drawn: a button hidden by CSS (display: none) takes no focus. */
export const isShown = (element: Element | null | undefined): element is HTMLElement =>
  element instanceof HTMLElement && element.isConnected && element.getClientRects().length > 0;

/**
 * Where the focus can go back to `element`: itself when shown, else the button of the closed
 * menu (`<details>`) that holds it — on a phone, Revisions and Re-import live in the toolbar's
 * menu, closed by the time what they opened is done, and focus() on them did nothing.
 */
export const focusableOpener = (element: Element | null | undefined): HTMLElement | null => {
  if (isShown(element)) return element;
  const summary = element?.closest('details')?.querySelector(':scope > summary');
  return isShown(summary) ? summary : null;
};
