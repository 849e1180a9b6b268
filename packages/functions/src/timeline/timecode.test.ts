import { describe, expect, it } from 'vitest';
import { formatTimecode, parseTimecode, secondsToFrames, timecodeRate } from './timecode.js';

describe('timecode', () => {
  it('counts non-drop timecode at the nominal rate', () => {
    const rate = timecodeRate('23.976', false);
    expect(formatTimecode(86400, rate)).toBe('01:00:00:00');
    expect(formatTimecode(86400 + 60, rate)).toBe('01:00:02:12');
    expect(secondsToFrames(2.5, rate)).toBe(60);
  });

  it('skips frame numbers 0 and 1 each minute but the tenth in 29.97 drop frame', () => {
    const rate = timecodeRate('29.97', true);
    expect(formatTimecode(1799, rate)).toBe('00:00:59;29');
    expect(formatTimecode(1800, rate)).toBe('00:01:00;02');
    expect(formatTimecode(17982, rate)).toBe('00:10:00;00');
    expect(formatTimecode(107892, rate)).toBe('01:00:00;00');
  });

  it('skips four frame numbers at 59.94', () => {
    const rate = timecodeRate('59.94', true);
    expect(formatTimecode(3600, rate)).toBe('00:01:00;04');
  });

  it('ignores drop frame at rates that have none', () => {
    expect(timecodeRate('24', true).dropFrame).toBe(false);
    expect(formatTimecode(24, timecodeRate('24', true))).toBe('00:00:01:00');
  });

  it('parses what it formats', () => {
    for (const [frameRate, drop] of [['29.97', true], ['29.97', false], ['59.94', true], ['25', false]] as const) {
      const rate = timecodeRate(frameRate, drop);
      for (const frames of [0, 1, 1799, 1800, 1801, 17981, 17982, 107892, 123457]) expect(parseTimecode(formatTimecode(frames, rate), rate)).toBe(frames);
    }
  });
});
