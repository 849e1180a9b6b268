import type { CameraFields } from '@pc/graph';
import { FRAME_RATES } from '../camera/camera-sheet.js';

/** A frame rate as the timecode maths needs it. */
export interface TimecodeRate {
  numerator: number;
  denominator: number;
  /** Frames counted per timecode second: 24 at 23.976, 30 at 29.97. */
  nominal: number;
  /** Drop-frame counting, only at 29.97 and 59.94. */
  dropFrame: boolean;
}

/**
 * The rate for a frame-rate choice. Drop frame is honoured only at 29.97 and 59.94 (the
 * only rates it exists for); elsewhere it is non-drop.
 */
export const timecodeRate = (frameRate: CameraFields['frameRate'], dropFrame: boolean): TimecodeRate => {
  const { numerator, denominator } = FRAME_RATES[frameRate];
  const nominal = Math.round(numerator / denominator);
  return { numerator, denominator, nominal, dropFrame: dropFrame && denominator === 1001 && (nominal === 30 || nominal === 60) };
};

/** Whole frames in `seconds` at the rate: round(seconds × fps), fps exact (24000/1001). */
export const secondsToFrames = (seconds: number, rate: TimecodeRate): number => Math.round((seconds * rate.numerator) / rate.denominator);

/** Seconds in `frames`, to the millisecond. */
export const framesToSeconds = (frames: number, rate: TimecodeRate): number => Math.round((frames * rate.denominator * 1000) / rate.numerator) / 1000;

const dropPerMinute = (rate: TimecodeRate): number => (rate.nominal === 60 ? 4 : 2);
const pad = (value: number): string => String(value).padStart(2, '0');

/**
 * Frame count → "HH:MM:SS:FF" (non-drop) or "HH:MM:SS;FF" (drop frame: frame numbers 0–1,
 * or 0–3 at 59.94, are skipped at the start of every minute except each tenth). Wraps at 24 h.
 *
 * @example
 * formatTimecode(17982, timecodeRate('29.97', true)) // '00:10:00;00'
 */
export const formatTimecode = (frames: number, rate: TimecodeRate): string => {
  let count = frames;
  if (rate.dropFrame) {
    const drop = dropPerMinute(rate);
    const perTenMinutes = rate.nominal * 600 - drop * 9;
    const perMinute = rate.nominal * 60 - drop;
    const tens = Math.floor(count / perTenMinutes);
    const rest = count % perTenMinutes;
    count += drop * 9 * tens + (rest > drop ? drop * Math.floor((rest - drop) / perMinute) : 0);
  }
  const f = count % rate.nominal;
  const totalSeconds = Math.floor(count / rate.nominal);
  const h = Math.floor(totalSeconds / 3600) % 24;
  return `${pad(h)}:${pad(Math.floor(totalSeconds / 60) % 60)}:${pad(totalSeconds % 60)}${rate.dropFrame ? ';' : ':'}${pad(f)}`;
};

/**
 * "HH:MM:SS:FF" (either separator) → frame count at the rate; the inverse of
 * {@link formatTimecode}. Frames past the nominal rate are clamped to the last frame.
 */
export const parseTimecode = (timecode: string, rate: TimecodeRate): number => {
  const [h = 0, m = 0, s = 0, f = 0] = timecode.split(/[:;]/).map(Number);
  const frames = (h * 3600 + m * 60 + s) * rate.nominal + Math.min(f, rate.nominal - 1);
  if (!rate.dropFrame) return frames;
  const minutes = h * 60 + m;
  return frames - dropPerMinute(rate) * (minutes - Math.floor(minutes / 10));
};
