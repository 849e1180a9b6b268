import { describe, expect, it } from 'vitest';
import { checkConnection } from '../connection.js';
import { createNode } from '../factory.js';
import { validateGraph } from '../validate/validate-graph.js';
import { defaultNodeData } from './index.js';
import { graphOf, link, scene, shot, cover } from '../testing/story.js';

const at = { x: 0, y: 0 };
const kitchen = createNode('location', { id: 'kitchen', position: at, data: { name: 'KITCHEN' } });
const house = createNode('location', { id: 'house', position: at, data: { name: 'HOUSE', intExt: 'EXT' } });
const noir = createNode('style', { id: 'noir', position: at, data: { name: 'Noir', prefix: 'black and white film still', palette: ['#101010'] } });
const script = createNode('script', { id: 'script', position: at, data: { title: 'Brick & Steel', source: 'INT. HOUSE - DAY' } });

describe('Location, Style and Script in the catalogue', () => {
  it('are complete with defaults alone', () => {
    expect(defaultNodeData('location')).toMatchObject({ name: '', intExt: 'INT', description: '', address: '', seed: null });
    expect(defaultNodeData('style')).toMatchObject({ prefix: '', negative: '', palette: [] });
    expect(defaultNodeData('script')).toMatchObject({ format: 'fountain', source: '', importMode: 'sync' });
  });

  it('wire a Location and a Style into a Scene and a Shot', () => {
    const doc = graphOf(
      [kitchen, house, noir, script, scene('sc12', '12'), shot('sh12a', '12A')],
      [
        cover('sc12', 'sh12a'),
        link('kitchen', 'location', 'sc12', 'location'),
        link('house', 'location', 'sh12a', 'location'),
        link('noir', 'style', 'sc12', 'style'),
        link('noir', 'style', 'sh12a', 'style'),
      ],
    );
    expect(validateGraph(doc)).toEqual([]);
  });

  it('refuse a second Location into a Scene and a Style into a cast input', () => {
    const doc = graphOf([kitchen, house, noir, scene('sc12', '12')], [link('kitchen', 'location', 'sc12', 'location')]);
    expect(checkConnection(doc, { source: 'house', sourceHandle: 'location', target: 'sc12', targetHandle: 'location' })).toMatchObject({
      ok: false,
      code: 'port_occupied',
    });
    expect(checkConnection(doc, { source: 'noir', sourceHandle: 'style', target: 'sc12', targetHandle: 'characters' })).toEqual({
      ok: false,
      code: 'incompatible_ports',
      reason: 'A Style output cannot feed a Scene’s Cast input: it expects a Character.',
    });
  });

  it('name a Location’s parent instead of linking it, so Locations cannot loop', () => {
    expect(defaultNodeData('location').parent).toBe('');
    expect(checkConnection(graphOf([kitchen, house]), { source: 'house', sourceHandle: 'location', target: 'kitchen', targetHandle: 'parent' })).toMatchObject({
      ok: false,
      code: 'unknown_port',
    });
  });

  it('reject a palette colour that is not hex', () => {
    const doc = graphOf([{ ...noir, data: { ...noir.data, palette: ['teal'] } }]);
    expect(validateGraph(doc)).toEqual([expect.objectContaining({ code: 'invalid_field', path: ['nodes', 0, 'data', 'palette', 0] })]);
  });
});
