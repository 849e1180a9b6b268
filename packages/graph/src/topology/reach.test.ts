import { describe, expect, it } from 'vitest';
import { cast, character, cover, frame, graphOf, scene, shot } from '../testing/story.js';
import { downstreamOf, upstreamOf } from './reach.js';

const production = () =>
  graphOf(
    [character('anna'), character('ben'), scene('sc12', '12'), shot('sh12a', '12A'), shot('sh12b', '12B'), scene('sc13', '13')],
    [cast('anna', 'sc12'), cover('sc12', 'sh12a'), cover('sc12', 'sh12b'), frame('anna', 'sh12a'), cast('ben', 'sc13'), cover('gone', 'sh12b')],
  );

describe('downstreamOf', () => {
  it('is what must re-run when a scene changes: the scene and its shots', () => {
    expect(downstreamOf(production(), ['sc12'])).toEqual(new Set(['sc12', 'sh12a', 'sh12b']));
  });

  it('follows a character through every scene and shot that uses it', () => {
    expect(downstreamOf(production(), ['anna'])).toEqual(new Set(['anna', 'sc12', 'sh12a', 'sh12b']));
  });

  it('ignores ids that are not in the graph', () => {
    expect(downstreamOf(production(), ['gone', 'ben'])).toEqual(new Set(['ben', 'sc13']));
  });
});

describe('upstreamOf', () => {
  it('is what a shot needs before it can run', () => {
    expect(upstreamOf(production(), ['sh12a'])).toEqual(new Set(['sh12a', 'sc12', 'anna']));
  });

  it('ignores dangling edges', () => {
    expect(upstreamOf(production(), ['sh12b'])).toEqual(new Set(['sh12b', 'sc12', 'anna']));
  });
});
