import type * as Y from 'yjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getNodeText } from '../model/text.js';
import { createSolo } from '../testing/peers.js';
import { scene12 } from '../testing/story.js';

afterEach(() => vi.useRealTimers());

describe('UpdateFields', () => {
  it('sets a field, labelled by field and node, and undoes it', () => {
    const doc = createSolo(scene12());
    expect(doc.execute({ kind: 'UpdateFields', id: 'sh12a', fields: { lensMm: 50 } })).toMatchObject({ ok: true, label: 'Edit Lens (mm) of Shot 12A' });
    expect(doc.store.getState().nodes['sh12a']?.data['lensMm']).toBe(50);
    expect(doc.undo()).toMatchObject({ ok: true });
    expect(doc.store.getState().nodes['sh12a']?.data['lensMm']).toBe(35);
    doc.redo();
    expect(doc.store.getState().nodes['sh12a']?.data['lensMm']).toBe(50);
  });

  it('names the node alone when several fields change', () => {
    const doc = createSolo(scene12());
    expect(doc.execute({ kind: 'UpdateFields', id: 'anna', fields: { age: '34', role: 'lead' } })).toMatchObject({ label: 'Edit ANNA' });
  });

  it('edits collaborative text in place, through a minimal diff', () => {
    const doc = createSolo(scene12());
    const script = getNodeText(doc.ydoc, 'sc12', 'scriptText') as Y.Text;
    doc.execute({ kind: 'UpdateFields', id: 'sc12', fields: { scriptText: 'ANNA waits.' } });
    const deltas: unknown[] = [];
    script.observe((event) => deltas.push(event.delta));
    doc.execute({ kind: 'UpdateFields', id: 'sc12', fields: { scriptText: 'ANNA waits by the door.' } });

    expect(getNodeText(doc.ydoc, 'sc12', 'scriptText')).toBe(script);
    expect(deltas).toEqual([[{ retain: 10 }, { insert: ' by the door' }]]);
    expect(doc.store.getState().nodes['sc12']?.data['scriptText']).toBe('ANNA waits by the door.');
  });

  it('merges typing into one field within a second into one step', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const doc = createSolo(scene12());
    for (const text of ['A', 'AN', 'ANN', 'ANNA']) {
      doc.execute({ kind: 'UpdateFields', id: 'sc12', fields: { synopsis: text } });
      vi.advanceTimersByTime(200);
    }
    expect(doc.undo()).toMatchObject({ ok: true, label: 'Edit Synopsis of Scene 12' });
    expect(doc.store.getState().nodes['sc12']?.data['synopsis']).toBe('');
    expect(doc.store.getState().canUndo).toBe(false);
  });

  it('starts a new step after a pause, on another field, or after stopCapturing', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const doc = createSolo(scene12());
    const type = (fields: Record<string, unknown>) => doc.execute({ kind: 'UpdateFields', id: 'sc12', fields });
    type({ synopsis: 'A' });
    vi.advanceTimersByTime(1500);
    type({ synopsis: 'AB' });
    type({ locationName: 'HALL' });
    doc.stopCapturing();
    type({ locationName: 'HALLWAY' });

    const labels: string[] = [];
    for (let result = doc.undo(); result.ok; result = doc.undo()) labels.push(result.label);
    expect(labels).toEqual(['Edit Location of Scene 12', 'Edit Location of Scene 12', 'Edit Synopsis of Scene 12', 'Edit Synopsis of Scene 12']);
  });

  it('refuses unknown fields, invalid values and missing nodes, and ignores a value set to itself', () => {
    const doc = createSolo(scene12());
    expect(doc.execute({ kind: 'UpdateFields', id: 'sh12a', fields: { focus: 'soft' } })).toMatchObject({ ok: false, code: 'unknown_field' });
    const invalid = doc.execute({ kind: 'UpdateFields', id: 'sh12a', fields: { shotNumber: 'twelve' } });
    expect(invalid).toMatchObject({ ok: false, code: 'invalid_field' });
    expect(invalid.ok ? '' : invalid.reason).toMatch(/^Shot number /);
    // The catalogue's words, as the canvas and the API say them; never zod's ("Too small: expected number to be >=4").
    const tooShort = doc.execute({ kind: 'UpdateFields', id: 'sh12a', fields: { lensMm: 1 } });
    expect(tooShort.ok ? '' : tooShort.reason).toBe('Lens (mm) must be at least 4.');
    expect(doc.execute({ kind: 'UpdateFields', id: 'gone', fields: { name: 'X' } })).toMatchObject({ ok: false, code: 'node_not_found' });
    expect(doc.execute({ kind: 'UpdateFields', id: 'anna', fields: { name: 'ANNA' } })).toMatchObject({ ok: false, code: 'nothing_to_do' });
    expect(doc.store.getState().canUndo).toBe(false);
  });
});
