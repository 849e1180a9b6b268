import { describe, expect, it } from 'vitest';
import { checkConnection } from '../connection.js';
import { createNode } from '../factory.js';
import { validateGraph } from '../validate/validate-graph.js';
import { cover, graphOf, link, scene, shot } from '../testing/story.js';
import { defaultNodeData, nodeTypeNames } from './index.js';

const at = { x: 0, y: 0 };
const node = (type: Parameters<typeof createNode>[0], id: string, data: Record<string, unknown> = {}) => createNode(type, { id, position: at, data });

describe('the production catalogue (Prop … Note)', () => {
  it('lists every node type the crew expects', () => {
    expect(nodeTypeNames).toEqual([
      'character', 'scene', 'shot', 'location', 'style', 'script', 'prop', 'camera', 'sequence', 'dialogue', 'audio', 'timeline',
      'shotList', 'breakdownReport', 'continuityCheck', 'export', 'note',
    ]);
  });

  it('makes every type complete from defaults alone', () => {
    for (const type of nodeTypeNames) expect(() => defaultNodeData(type)).not.toThrow();
    expect(defaultNodeData('prop')).toMatchObject({ category: 'prop', importance: 'featured', character: '' });
    expect(defaultNodeData('camera')).toMatchObject({ sensor: 'super35', frameRate: '24', squeeze: '1', lensSet: ['18', '25', '35', '50', '75', '100'] });
    expect(defaultNodeData('timeline')).toMatchObject({ frameRate: '24', timecode: 'NDF', recordStart: '01:00:00:00' });
    expect(defaultNodeData('note')).toMatchObject({ text: '' });
  });

  it('wires a whole pipeline: breakdown elements into scenes and shots, shots into the cut and the reports, reports into exports', () => {
    const doc = graphOf(
      [
        scene('sc12', '12'), shot('sh12a', '12A'), node('prop', 'letter', { name: 'THE LETTER', importance: 'hero' }), node('camera', 'cam'),
        node('character', 'anna', { name: 'ANNA' }), node('dialogue', 'line', { text: 'Enough.' }), node('audio', 'cue', { cue: '1M1' }),
        node('sequence', 'seq', { number: '3' }), node('timeline', 'cut'), node('shotList', 'list'), node('breakdownReport', 'bd'),
        node('continuityCheck', 'cc'), node('export', 'edl', { format: 'edl' }), node('export', 'csv'), node('note', 'memo', { text: 'Ask about the rain' }),
      ],
      [
        cover('sc12', 'sh12a'), link('letter', 'prop', 'sc12', 'props'), link('letter', 'prop', 'sh12a', 'props'), link('cam', 'camera', 'sh12a', 'camera'),
        link('anna', 'character', 'line', 'speaker'), link('sc12', 'scene', 'line', 'scene'), link('line', 'line', 'sh12a', 'dialogue'),
        link('sh12a', 'shot', 'cue', 'shot'), link('sc12', 'scene', 'seq', 'scenes'), link('sh12a', 'shot', 'cut', 'shots'), link('cue', 'audio', 'cut', 'audio'),
        link('sh12a', 'shot', 'list', 'shots'), link('sc12', 'scene', 'bd', 'scenes'), link('sc12', 'scene', 'cc', 'scenes'), link('sh12a', 'shot', 'cc', 'shots'),
        link('cut', 'timeline', 'edl', 'timeline'), link('list', 'report', 'csv', 'report'),
      ],
    );
    expect(validateGraph(doc)).toEqual([]);
  });

  it('refuses wires of the wrong kind, with a reason in the crew’s words', () => {
    const doc = graphOf([scene('sc12', '12'), node('timeline', 'cut'), node('prop', 'letter'), node('export', 'edl')]);
    expect(checkConnection(doc, { source: 'sc12', sourceHandle: 'scene', target: 'cut', targetHandle: 'shots' })).toEqual({
      ok: false,
      code: 'incompatible_ports',
      reason: 'A Scene output cannot feed a Timeline’s Shots input: it expects a Shot.',
    });
    expect(checkConnection(doc, { source: 'letter', sourceHandle: 'prop', target: 'edl', targetHandle: 'timeline' })).toMatchObject({
      ok: false,
      reason: 'A Prop output cannot feed an Export’s Timeline input: it expects a timeline.',
    });
  });

  it('rejects a record start that is not a timecode and a lens that is not a focal length', () => {
    const doc = graphOf([node('timeline', 'cut', { recordStart: '1:00:00' }), node('camera', 'cam', { lensSet: ['35', 'wide'] })]);
    expect(validateGraph(doc).map((issue) => issue.path)).toEqual([
      ['nodes', 0, 'data', 'recordStart'],
      ['nodes', 1, 'data', 'lensSet', 1],
    ]);
  });
});
