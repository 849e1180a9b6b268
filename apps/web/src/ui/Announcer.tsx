import { useStore } from 'zustand';
import { announcerStore } from './announcer.js';

/** The page's one polite live region (ui/announcer.ts), visually hidden. */
export const Announcer = () => {
  const text = useStore(announcerStore, (state) => state.text);
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="announcer">
      {text}
    </div>
  );
};
