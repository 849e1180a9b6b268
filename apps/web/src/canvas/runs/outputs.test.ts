import { describe, expect, it } from 'vitest';
import { readSceneOutputs } from './outputs.js';

describe('a Scene’s breakdown as the run results show it', () => {
  it('reads who is voice-only and the extras the action calls for', () => {
    const scene = readSceneOutputs({
      values: {
        breakdown: {
          heading: 'INT. BUS - NIGHT',
          cast: [
            { name: 'MOTHER', speaks: true, lineCount: 1, linked: false, voiceOnly: true, flags: [] },
            { name: 'ANNA', speaks: true, lineCount: 2, linked: true, voiceOnly: false, flags: [] },
          ],
          extras: [
            { name: 'COPS', count: 2, asWritten: 'TWO COPS (20s)' },
            { name: 'PASSENGERS', count: null, asWritten: 'PASSENGERS' },
          ],
        },
      },
      artifacts: {},
    });
    expect(scene?.cast.map((member) => [member.name, member.voiceOnly])).toEqual([
      ['MOTHER', true],
      ['ANNA', false],
    ]);
    expect(scene?.extras).toEqual([
      { name: 'COPS', count: 2 },
      { name: 'PASSENGERS', count: null },
    ]);
  });

  it('reads a breakdown from before extras as having none', () => {
    expect(readSceneOutputs({ values: { breakdown: { cast: [] } }, artifacts: {} })?.extras).toEqual([]);
  });
});
