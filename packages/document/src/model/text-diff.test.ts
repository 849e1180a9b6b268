import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { diffText, replaceText } from './text-diff.js';
import { toStoredJson, toWellFormed } from './well-formed.js';

describe('diffText', () => {
  it('replaces only what lies between the common prefix and suffix', () => {
    expect(diffText('INT. HOUSE - DAY', 'INT. BARN - DAY')).toEqual({ index: 5, remove: 5, insert: 'BARN' });
    expect(diffText('abc', 'abXc')).toEqual({ index: 2, remove: 0, insert: 'X' });
    expect(diffText('abc', 'ac')).toEqual({ index: 1, remove: 1, insert: '' });
    expect(diffText('', 'new')).toEqual({ index: 0, remove: 0, insert: 'new' });
    expect(diffText('same', 'same')).toEqual({ index: 4, remove: 0, insert: '' });
  });

  it('never splits an emoji (a surrogate pair)', () => {
    // 😀 (D83D DE00) and 😁 (D83D DE01) share their high surrogate.
    expect(diffText('a😀b', 'a😁b')).toEqual({ index: 1, remove: 2, insert: '😁' });
    // 🈀 (D83C DE00) and 😀 (D83D DE00) share their low surrogate.
    expect(diffText('a\u{1F200}b', 'a\u{1F600}b')).toEqual({ index: 1, remove: 2, insert: '\u{1F600}' });
  });

  it('rebuilds the new string from any pair of strings', () => {
    const samples = ['', 'a', 'ab', 'abc', 'a😀c', '😀', '😀😁', 'hello world', 'héllo'];
    for (const before of samples) {
      for (const after of samples) {
        const { index, remove, insert } = diffText(before, after);
        expect(before.slice(0, index) + insert + before.slice(index + remove)).toBe(after);
      }
    }
  });
});

describe('replaceText', () => {
  it('lets two writers editing different parts of one text keep both edits', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    a.getText('t').insert(0, 'MAYA enters. She waits.');
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));

    replaceText(a.getText('t'), 'MAYA enters, soaked. She waits.');
    replaceText(b.getText('t'), 'MAYA enters. She waits by the door.');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));

    expect(a.getText('t').toString()).toBe('MAYA enters, soaked. She waits by the door.');
    expect(b.getText('t').toString()).toBe(a.getText('t').toString());
  });

  it('writes nothing when the text is unchanged', () => {
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'same');
    let updates = 0;
    doc.on('update', () => (updates += 1));
    replaceText(doc.getText('t'), 'same');
    expect(updates).toBe(0);
  });
});

describe('well-formed text', () => {
  it('reaches every peer identically even when an emoji was cut in half', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    replaceText(a.getText('t'), '\uDE00 rain');
    a.getMap('m').set('bio', toStoredJson('😀 '.slice(1)));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(b.getText('t').toString()).toBe(a.getText('t').toString());
    expect(b.getMap('m').toJSON()).toEqual(a.getMap('m').toJSON());
    expect(a.getText('t').toString()).toBe('\uFFFD rain');
  });

  it('keeps well-formed text, emoji included, as it is', () => {
    expect(toWellFormed('MAYA 😀 é')).toBe('MAYA 😀 é');
    expect(toStoredJson({ tags: ['a\uD83D', 'ok'] })).toEqual({ tags: ['a\uFFFD', 'ok'] });
  });
});
