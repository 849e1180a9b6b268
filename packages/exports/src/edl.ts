import { formatTimecode, timecodeRate, type Timeline } from '@pc/functions';

/** EDL text is 7-bit: anything else becomes `_` so no editor chokes on the title or names. */
const ascii = (text: string): string => text.replace(/[^\x20-\x7e]/g, '_');

/**
 * The cut as a CMX3600 EDL: one video cut event per clip (reel AX, source from 00:00:00:00),
 * record timecodes from the Timeline's start, `FCM: DROP FRAME` at 29.97/59.94 DF, the clip
 * name in a `FROM CLIP NAME` comment and the frame file in `SOURCE FILE`. CRLF line ends.
 */
export const timelineEdl = (timeline: Timeline): Uint8Array => {
  const rate = timecodeRate(timeline.frameRate as Parameters<typeof timecodeRate>[0], timeline.dropFrame);
  const lines = [`TITLE: ${ascii(timeline.name || 'Timeline').slice(0, 70)}`, `FCM: ${rate.dropFrame ? 'DROP FRAME' : 'NON-DROP FRAME'}`, ''];
  timeline.clips.forEach((clip, index) => {
    const event = String(index + 1).padStart(3, '0');
    const source = `${formatTimecode(clip.sourceIn, rate)} ${formatTimecode(clip.sourceOut, rate)}`;
    const record = `${formatTimecode(timeline.recordStartFrame + clip.recordIn, rate)} ${formatTimecode(timeline.recordStartFrame + clip.recordOut, rate)}`;
    lines.push(`${event}  AX       V     C        ${source} ${record}`, `* FROM CLIP NAME: ${ascii(clip.clipName)}`, `* SOURCE FILE: ${ascii(clip.clipName)}.png`, '');
  });
  return new TextEncoder().encode(lines.map((line) => `${line}\r\n`).join(''));
};
