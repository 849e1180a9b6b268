import { createGraphDoc, toGraphDocument } from '@pc/document';
import type { GraphDocument } from '@pc/graph';
import { describe, expect, it } from 'vitest';
import { harbourScene } from '../test/documents.js';
import { applyRestDocument } from './doc-store.js';

/** A fresh copy, as a REST write parses one. */
const fresh = (document: GraphDocument): GraphDocument => JSON.parse(JSON.stringify(document)) as GraphDocument;

describe('applyRestDocument', () => {
  it('fills in the text fields a node leaves out, and with the last applied document reuses the nodes sent as before', () => {
    const doc = createGraphDoc();
    const first = applyRestDocument(doc, fresh(harbourScene()));
    const scene = first.applied.nodes.find((node) => node.id === 'sc1')!;
    expect(scene.data['scriptText']).toBe('');

    const next = fresh(harbourScene());
    next.nodes.find((node) => node.id === 'mara')!.position = { x: 40, y: 40 };
    next.nodes.find((node) => node.id === 'sh1a')!.data['lensMm'] = 50;
    const second = applyRestDocument(doc, next, first);
    // Sent as before: the node applied before, not filled in again.
    expect(second.applied.nodes.find((node) => node.id === 'sc1')).toBe(scene);
    // Changed: applied anew.
    expect(second.applied.nodes.find((node) => node.id === 'mara')!.position).toEqual({ x: 40, y: 40 });

    const plain = createGraphDoc();
    applyRestDocument(plain, fresh(harbourScene()));
    applyRestDocument(plain, fresh(next));
    expect(toGraphDocument(doc)).toEqual(toGraphDocument(plain));
    expect(toGraphDocument(doc).nodes.find((node) => node.id === 'sh1a')!.data['lensMm']).toBe(50);
  });
});
