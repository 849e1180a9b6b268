import { formatTimecode, parseTimecode, timecodeRate, type Timeline } from '@pc/functions';
import { describe, expect, it } from 'vitest';
import { timelineEdl } from './edl.js';

/** A timeline of clips of the given frame lengths, laid end to end from `recordStart`. */
const cut = (frameRate: '29.97' | '24', dropFrame: boolean, recordStart: string, lengths: number[]): Timeline => {
  const rate = timecodeRate(frameRate, dropFrame);
  const start = parseTimecode(recordStart, rate);
  let position = 0;
  const clips = lengths.map((durationFrames, index) => {
    const recordIn = position;
    position += durationFrames;
    return {
      index: index + 1,
      shotId: `shot_${index}`,
      clipName: `SC001_SH${String(index + 1).padStart(3, '0')}`,
      sceneId: 'scene_1',
      sceneNumber: '1',
      shotNumber: String(index + 1),
      heading: 'INT. KITCHEN - NIGHT',
      shotSize: 'MS',
      description: '',
      durationS: 0,
      durationFrames,
      sourceIn: 0,
      sourceOut: durationFrames,
      recordIn,
      recordOut: position,
      recordInTimecode: formatTimecode(start + recordIn, rate),
      recordOutTimecode: formatTimecode(start + position, rate),
    };
  });
  return {
    nodeId: 'cut',
    name: 'Cut',
    frameRate,
    rate: { numerator: rate.numerator, denominator: rate.denominator, nominal: rate.nominal },
    dropFrame: rate.dropFrame,
    recordStart,
    recordStartFrame: start,
    durationFrames: position,
    durationS: 0,
    durationTimecode: formatTimecode(position, rate),
    clips,
    audio: [],
    scenes: [],
    missingShots: [],
    warnings: [],
  };
};

const events = (edl: Uint8Array): string[][] =>
  new TextDecoder()
    .decode(edl)
    .split('\r\n')
    .filter((line) => /^\d{3} /.test(line))
    .map((line) => line.split(/\s+/).slice(4));

describe('CMX3600 EDL', () => {
  it('skips frames ;00 and ;01 at the first minute in drop frame at 29.97', () => {
    const edl = timelineEdl(cut('29.97', true, '00:00:59;28', [2, 2]));
    expect(new TextDecoder().decode(edl)).toContain('FCM: DROP FRAME\r\n');
    expect(events(edl)).toEqual([
      ['00:00:00;00', '00:00:00;02', '00:00:59;28', '00:01:00;02'],
      ['00:00:00;00', '00:00:00;02', '00:01:00;02', '00:01:00;04'],
    ]);
  });

  it('keeps ;00 and ;01 at each tenth minute in drop frame', () => {
    // 00:09:59;28 is frame 17980; two frames on is 00:10:00;00, the frame after it ;01.
    expect(events(timelineEdl(cut('29.97', true, '00:09:59;28', [2, 1])))).toEqual([
      ['00:00:00;00', '00:00:00;02', '00:09:59;28', '00:10:00;00'],
      ['00:00:00;00', '00:00:00;01', '00:10:00;00', '00:10:00;01'],
    ]);
  });

  it('counts every frame in non-drop at 29.97 and 24', () => {
    const ndf = timelineEdl(cut('29.97', false, '00:00:59:28', [4]));
    expect(new TextDecoder().decode(ndf)).toContain('FCM: NON-DROP FRAME\r\n');
    expect(events(ndf)).toEqual([['00:00:00:00', '00:00:00:04', '00:00:59:28', '00:01:00:02']]);
    expect(events(timelineEdl(cut('24', false, '01:00:00:00', [36])))).toEqual([['00:00:00:00', '00:00:01:12', '01:00:00:00', '01:00:01:12']]);
  });

  it('names each clip in a FROM CLIP NAME comment and keeps the title ASCII', () => {
    const timeline = { ...cut('24', false, '01:00:00:00', [24]), name: 'Café cut' };
    const text = new TextDecoder().decode(timelineEdl(timeline));
    expect(text.startsWith('TITLE: Caf_ cut\r\n')).toBe(true);
    expect(text).toContain('* FROM CLIP NAME: SC001_SH001\r\n');
  });
});
