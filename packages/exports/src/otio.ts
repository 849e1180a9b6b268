import { canonicalJson } from '@pc/graph';
import type { Timeline } from '@pc/functions';

/** OTIO rates are doubles: 24000/1001 for 23.976, so every time stays an exact frame count. */
const rationalTime = (value: number, rate: number) => ({ OTIO_SCHEMA: 'RationalTime.1', rate, value });
const timeRange = (start: number, duration: number, rate: number) => ({ OTIO_SCHEMA: 'TimeRange.1', start_time: rationalTime(start, rate), duration: rationalTime(duration, rate) });

/**
 * The cut as OpenTimelineIO JSON (`Timeline.1`): one video track `V1` with a `Clip.2` per
 * shot (source range 0 … its frames, an external reference to its frame file
 * `frames/<clip name>.png`), global start time at the record start. Canonical JSON, so
 * the bytes are stable.
 */
export const timelineOtio = (timeline: Timeline): Uint8Array => {
  const rate = timeline.rate.numerator / timeline.rate.denominator;
  const clips = timeline.clips.map((clip) => ({
    OTIO_SCHEMA: 'Clip.2',
    name: clip.clipName,
    source_range: timeRange(clip.sourceIn, clip.durationFrames, rate),
    media_references: {
      DEFAULT_MEDIA: { OTIO_SCHEMA: 'ExternalReference.1', name: clip.clipName, target_url: `frames/${clip.clipName}.png`, available_range: null, available_image_bounds: null, metadata: {} },
    },
    active_media_reference_key: 'DEFAULT_MEDIA',
    effects: [],
    markers: [],
    enabled: true,
    color: null,
    metadata: { pcanvas: { shotId: clip.shotId, sceneNumber: clip.sceneNumber, shotNumber: clip.shotNumber, shotSize: clip.shotSize, description: clip.description } },
  }));
  const track = { OTIO_SCHEMA: 'Track.1', name: 'V1', kind: 'Video', source_range: null, effects: [], markers: [], enabled: true, color: null, metadata: {}, children: clips };
  const document = {
    OTIO_SCHEMA: 'Timeline.1',
    name: timeline.name || 'Timeline',
    global_start_time: rationalTime(timeline.recordStartFrame, rate),
    metadata: { pcanvas: { nodeId: timeline.nodeId, frameRate: timeline.frameRate, dropFrame: timeline.dropFrame, recordStart: timeline.recordStart } },
    tracks: { OTIO_SCHEMA: 'Stack.1', name: 'tracks', source_range: null, effects: [], markers: [], enabled: true, color: null, metadata: {}, children: [track] },
  };
  return new TextEncoder().encode(`${canonicalJson(document)}\n`);
};
