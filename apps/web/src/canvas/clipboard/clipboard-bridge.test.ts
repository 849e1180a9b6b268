import { describe, expect, it, vi } from 'vitest';

import { GRAPH_SCHEMA_VERSION, type GraphDocument } from '@pc/graph';
import { breakdown, openCanvas } from '../testing/open-canvas.js';
import { createClipboardBridge } from './clipboard-bridge.js';

const empty: GraphDocument = { schemaVersion: GRAPH_SCHEMA_VERSION, nodes: [], edges: [] };

/** A document stand-in that lets a test dispatch clipboard events with a DataTransfer-like object. */
const fakeDocument = () => {
  const listeners = new Map<string, (event: Event) => void>();
  return {
    addEventListener: (type: string, listener: (event: Event) => void) => listeners.set(type, listener),
    removeEventListener: (type: string) => listeners.delete(type),
    dispatch(type: 'copy' | 'cut' | 'paste', data: Map<string, string>, target: unknown = { tagName: 'DIV', closest: () => null }) {
      const event = {
        target,
        clipboardData: { setData: (mime: string, text: string) => data.set(mime, text), getData: (mime: string) => data.get(mime) ?? '' },
        preventDefault: vi.fn(),
      };
      listeners.get(type)?.(event as unknown as Event);
      return event;
    },
  };
};

describe('copy and paste of nodes', () => {
  it('round-trips between two graphs: fresh ids, internal links kept, placed at the pointer', () => {
    const a = openCanvas(breakdown);
    const b = openCanvas(empty, { x: 1000, y: 500 });
    a.canvas.doc.select(['anna', 'sc12']);
    const text = a.actions.copyText();
    expect(text).not.toBeNull();

    expect(b.actions.paste(text!)).toBe(true);
    const pasted = b.state();
    expect(pasted.nodeIds).toHaveLength(2);
    expect(pasted.nodeIds).not.toContain('anna');
    expect(pasted.nodeIds.map((id) => pasted.nodes[id]?.type).sort()).toEqual(['character', 'scene']);
    expect(pasted.edgeIds).toHaveLength(1);
    const edge = pasted.edges[pasted.edgeIds[0]!]!;
    expect(pasted.nodes[edge.source]?.data['name']).toBe('ANNA');
    expect(Math.min(...pasted.nodeIds.map((id) => pasted.nodes[id]!.position.x))).toBe(1000);
    expect(pasted.selection.nodeIds).toEqual(pasted.nodeIds);
    expect(pasted.undoLabel).toBe('Paste 2 nodes');
  });

  it('leaves a link to a node that was not copied behind', () => {
    const a = openCanvas(breakdown);
    a.canvas.doc.select(['sc12']);
    const b = openCanvas(empty);
    b.actions.paste(a.actions.copyText()!);
    expect(b.state().edgeIds).toEqual([]);
  });

  it('refuses text that is not Production Canvas data, so the browser keeps it', () => {
    const b = openCanvas(empty);
    expect(b.actions.paste('hello')).toBe(false);
    expect(b.actions.paste(JSON.stringify({ format: 'production-canvas/nodes', version: 2, nodes: [], edges: [] }))).toBe(false);
  });

  it('copies nothing with nothing selected', () => {
    expect(openCanvas(breakdown).actions.copyText()).toBeNull();
  });
});

describe('the clipboard bridge', () => {
  const setup = (copyText: string | null = '{"x":1}') => {
    const target = fakeDocument();
    const onCut = vi.fn();
    const onPaste = vi.fn((text: string) => text.startsWith('{'));
    const bridge = createClipboardBridge({ getCopyText: () => copyText, onCut, onPaste, target, hasTextSelection: () => false });
    return { target, onCut, onPaste, bridge };
  };

  it('puts the selection on the clipboard on copy and removes it on cut', () => {
    const { target, onCut } = setup();
    const data = new Map<string, string>();
    expect(target.dispatch('copy', data).preventDefault).toHaveBeenCalled();
    expect(data.get('text/plain')).toBe('{"x":1}');
    target.dispatch('cut', new Map());
    expect(onCut).toHaveBeenCalledTimes(1);
  });

  it('pastes canvas data, and leaves other text to the browser', () => {
    const { target, onPaste } = setup();
    expect(target.dispatch('paste', new Map([['text/plain', '{"nodes":[]}']])).preventDefault).toHaveBeenCalled();
    expect(target.dispatch('paste', new Map([['text/plain', 'hello']])).preventDefault).not.toHaveBeenCalled();
    expect(onPaste).toHaveBeenCalledTimes(2);
  });

  it('never touches copy or paste in a field', () => {
    const { target, onPaste } = setup();
    const input = { tagName: 'INPUT', type: 'text', closest: () => null };
    const data = new Map<string, string>();
    expect(target.dispatch('copy', data, input).preventDefault).not.toHaveBeenCalled();
    target.dispatch('paste', new Map([['text/plain', '{}']]), input);
    expect(data.size).toBe(0);
    expect(onPaste).not.toHaveBeenCalled();
  });

  it('stops listening on destroy', () => {
    const { target, bridge, onPaste } = setup();
    bridge.destroy();
    target.dispatch('paste', new Map([['text/plain', '{}']]));
    expect(onPaste).not.toHaveBeenCalled();
  });
});

