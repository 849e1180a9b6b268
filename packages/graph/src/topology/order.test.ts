import { describe, expect, it } from 'vitest';
import { cast, character, cover, frame, graphOf, link, scene, shot } from '../testing/story.js';
import { GraphCycleError, topologicalOrder } from './order.js';

describe('topologicalOrder', () => {
  it('puts characters before the scenes that cast them and scenes before their shots', () => {
    const doc = graphOf(
      [shot('sh12a', '12A'), scene('sc12', '12'), character('anna')],
      [cover('sc12', 'sh12a'), cast('anna', 'sc12'), frame('anna', 'sh12a')],
    );
    expect(topologicalOrder(doc)).toEqual(['anna', 'sc12', 'sh12a']);
  });

  it('breaks ties by the order nodes appear in the document', () => {
    const doc = graphOf(
      [scene('sc2', '2'), shot('sh2', '2A'), scene('sc1', '1'), shot('sh1', '1A')],
      [cover('sc1', 'sh1'), cover('sc2', 'sh2')],
    );
    expect(topologicalOrder(doc)).toEqual(['sc2', 'sh2', 'sc1', 'sh1']);
  });

  it('prefers the earliest ready node even when it became ready later', () => {
    const doc = graphOf([character('b'), character('a'), scene('c', '1')], [cast('a', 'b', 'x')]);
    // b waits on a; once a is done, b (position 0) goes before c (position 2).
    expect(topologicalOrder(doc)).toEqual(['a', 'b', 'c']);
  });

  it('ignores edges whose ends are missing and lists a duplicated id once', () => {
    const doc = graphOf([scene('sc1', '1'), scene('sc1', '1'), shot('sh1', '1A')], [cover('gone', 'sh1'), cover('sc1', 'sh1')]);
    expect(topologicalOrder(doc)).toEqual(['sc1', 'sh1']);
  });

  it('throws a GraphCycleError naming the loop', () => {
    const doc = graphOf([scene('sc1', '1'), shot('sh1', '1A')], [cover('sc1', 'sh1'), link('sh1', 'shot', 'sc1', 'characters')]);
    expect(() => topologicalOrder(doc)).toThrow(GraphCycleError);
    try {
      topologicalOrder(doc);
    } catch (error) {
      expect((error as GraphCycleError).nodeIds).toEqual(['sc1', 'sh1']);
    }
  });

  it('treats a self loop as a cycle', () => {
    const doc = graphOf([shot('sh1', '1A')], [link('sh1', 'shot', 'sh1', 'scene')]);
    expect(() => topologicalOrder(doc)).toThrow(expect.objectContaining({ nodeIds: ['sh1'] }));
  });

  it('orders a 5,000-node chain without overflowing the stack', () => {
    const nodes = Array.from({ length: 5_000 }, (_, i) => shot(`n${i}`, ''));
    const edges = nodes.slice(1).map((_, i) => link(`n${i}`, 'shot', `n${i + 1}`, 'scene'));
    expect(topologicalOrder(graphOf(nodes, edges))).toHaveLength(5_000);
  });
});
