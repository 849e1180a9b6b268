import { formatCombo, isMacPlatform } from './keymap.js';

const isMac = isMacPlatform();

/** A key combination as this platform writes it, one key cap per key ("Ctrl" "F", "⌘" "F"). */
export const Combo = ({ combo }: { combo: string }) => (
  <span className="combo">
    {formatCombo(combo, isMac).map((key, i) => (
      <kbd key={i}>{key}</kbd>
    ))}
  </span>
);
