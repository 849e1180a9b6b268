// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { focusableOpener } from './shown-focus.js';

/** jsdom draws nothing: an element is "shown" here when the test says so. */
const show = (element: Element, shown: boolean) => {
  element.getClientRects = () => (shown ? [new DOMRect(0, 0, 10, 10)] : []) as unknown as DOMRectList;
};

afterEach(() => {
  document.body.innerHTML = '';
});

describe('where the focus goes back to what opened a dialog or a revision', () => {
  it('is the opener itself while it is shown', () => {
    document.body.innerHTML = '<button id="revisions">Revisions</button>';
    const button = document.getElementById('revisions')!;
    show(button, true);
    expect(focusableOpener(button)).toBe(button);
  });

  it('is the button of the closed menu that holds a hidden opener (a phone toolbar)', () => {
    document.body.innerHTML = '<details><summary id="menu">Menu</summary><div><button id="item">Revisions…</button></div></details>';
    const item = document.getElementById('item')!;
    const summary = document.getElementById('menu')!;
    show(item, false);
    show(summary, true);
    expect(focusableOpener(item)).toBe(summary);
  });

  it('is nothing for an opener that is hidden outside a menu, or gone', () => {
    document.body.innerHTML = '<button id="hidden">Find</button>';
    const hidden = document.getElementById('hidden')!;
    show(hidden, false);
    expect(focusableOpener(hidden)).toBeNull();
    hidden.remove();
    show(hidden, true);
    expect(focusableOpener(hidden)).toBeNull();
    expect(focusableOpener(null)).toBeNull();
  });
});
