import { createStore } from 'zustand/vanilla';

/** The text a polite live region reads out: what a keyboard step did that the eye sees but a screen reader would not. */
export const announcerStore = createStore<{ text: string }>()(() => ({ text: '' }));

/**
 * Says `text` to screen readers. The same words twice in a row ("No node further left")
 * differ by a trailing no-break space, so the live region changes and reads them again.
 */
export const announce = (text: string): void => {
  const previous = announcerStore.getState().text;
  announcerStore.setState({ text: previous === text ? `${text}\u00a0` : text });
};
