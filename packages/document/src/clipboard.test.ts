import { describe, expect, it } from 'vitest';
import { CLIPBOARD_FORMAT, parseClipboard, toClipboard } from './clipboard.js';
import { getEdgesMap } from './model/schema.js';
import { createSolo } from './testing/peers.js';
import { scene12 } from './testing/story.js';

describe('toClipboard', () => {
  it('copies the nodes and only the visible links between two of them', () => {
    const doc = createSolo(scene12());
    getEdgesMap(doc.ydoc).set('e_dup', { source: 'anna', sourceHandle: 'character', target: 'sc12', targetHandle: 'characters' });
    const payload = toClipboard(doc, ['anna', 'sc12', 'cast_ben_sc12']);
    expect(payload.format).toBe(CLIPBOARD_FORMAT);
    expect(payload.nodes.map((node) => node.id)).toEqual(['anna', 'sc12']);
    expect(payload.edges.map((edge) => edge.id)).toEqual(['cast_anna_sc12']);
    expect(payload.nodes[1]?.data['sceneNumber']).toBe('12');
  });

  it('survives the system clipboard as JSON', () => {
    const doc = createSolo(scene12());
    const payload = toClipboard(doc.store.getState(), ['anna', 'sc12', 'sh12a']);
    expect(parseClipboard(JSON.stringify(payload))).toEqual(payload);
  });
});

describe('parseClipboard', () => {
  it.each([
    ['plain text', 'INT. HALL - DAY'],
    ['other JSON', '{"nodes": []}'],
    ['another version', JSON.stringify({ format: CLIPBOARD_FORMAT, version: 2, nodes: [], edges: [] })],
    ['a bad id', JSON.stringify({ format: CLIPBOARD_FORMAT, version: 1, nodes: [{ id: 'a b', type: 'shot', position: { x: 0, y: 0 }, data: {} }], edges: [] })],
  ])('returns null for %s', (_, text) => {
    expect(parseClipboard(text)).toBeNull();
  });
});
