import { describe, expect, it } from 'vitest';
import { cast, character, cover, graphOf, link, scene, shot } from '../testing/story.js';
import { findCycle } from './cycles.js';

describe('findCycle', () => {
  it('returns null for an acyclic production', () => {
    expect(findCycle(graphOf([character('anna'), scene('sc1', '1')], [cast('anna', 'sc1')]))).toBeNull();
  });

  it('returns the loop in edge order, starting where the search entered it', () => {
    const doc = graphOf(
      [character('anna'), scene('sc1', '1'), shot('sh1', '1A'), shot('sh2', '1B')],
      [cast('anna', 'sc1'), cover('sc1', 'sh1'), link('sh1', 'shot', 'sh2', 'scene'), link('sh2', 'shot', 'sc1', 'characters')],
    );
    expect(findCycle(doc)).toEqual(['sc1', 'sh1', 'sh2']);
  });

  it('returns a self loop as a one-node cycle', () => {
    expect(findCycle(graphOf([shot('sh1', '1A')], [link('sh1', 'shot', 'sh1', 'scene')]))).toEqual(['sh1']);
  });

  it('ignores edges to missing nodes', () => {
    expect(findCycle(graphOf([shot('sh1', '1A')], [link('sh1', 'shot', 'gone', 'scene'), link('gone', 'x', 'sh1', 'scene')]))).toBeNull();
  });
});
