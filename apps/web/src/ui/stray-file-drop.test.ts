import { describe, expect, it } from 'vitest';
import { refuseStrayFileDrops } from './stray-file-drop.js';

/** A drag event as the browser dispatches it: cancelable, with its data's types. */
const drag = (type: 'dragover' | 'drop', types: string[]) => Object.assign(new Event(type, { cancelable: true }), { dataTransfer: { types, dropEffect: 'copy' } });

describe('refuseStrayFileDrops', () => {
  it('refuses a file dragged or dropped where nothing takes it, so the browser never opens it in place of the app', () => {
    const page = new EventTarget();
    refuseStrayFileDrops(page);
    const over = drag('dragover', ['Files']);
    page.dispatchEvent(over);
    expect(over.defaultPrevented).toBe(true);
    expect(over.dataTransfer.dropEffect).toBe('none');
    const drop = drag('drop', ['Files']);
    page.dispatchEvent(drop);
    expect(drop.defaultPrevented).toBe(true);
  });

  it('leaves a drop a target took, and text or links dragged in, alone', () => {
    const page = new EventTarget();
    // A drop zone listening before the guard, as React's root does: it takes the file.
    page.addEventListener('dragover', (event) => event.preventDefault());
    refuseStrayFileDrops(page);
    const taken = drag('dragover', ['Files']);
    page.dispatchEvent(taken);
    expect(taken.dataTransfer.dropEffect).toBe('copy');
    const other = new EventTarget();
    const uninstall = refuseStrayFileDrops(other);
    const text = drag('drop', ['text/plain']);
    other.dispatchEvent(text);
    expect(text.defaultPrevented).toBe(false);
    uninstall();
    const later = drag('drop', ['Files']);
    other.dispatchEvent(later);
    expect(later.defaultPrevented).toBe(false);
  });
});
