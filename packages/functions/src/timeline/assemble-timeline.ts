import { z } from 'zod';
import { audioRefSchema, type AudioRef } from '../audio/audio-cue.js';
import { jsonArtifact, markdownArtifact } from '../artifacts.js';
import { collapse, plural } from '../format.js';
import { clipName, readShotRefs } from '../reports/shot-refs.js';
import type { NodeFunction, UpstreamNode } from '../types.js';
import { formatTimecode, framesToSeconds, parseTimecode, secondsToFrames, timecodeRate, type TimecodeRate } from './timecode.js';

const clipSchema = z.object({
  index: z.number(),
  shotId: z.string(),
  clipName: z.string(),
  sceneId: z.string().nullable(),
  sceneNumber: z.string(),
  shotNumber: z.string(),
  heading: z.string(),
  shotSize: z.string(),
  description: z.string(),
  durationS: z.number(),
  durationFrames: z.number(),
  /** Source range of the still or clip: 0 … durationFrames (out exclusive). */
  sourceIn: z.number(),
  sourceOut: z.number(),
  /** Record range in frames from the timeline's first frame (out exclusive: the next clip's in). */
  recordIn: z.number(),
  recordOut: z.number(),
  recordInTimecode: z.string(),
  recordOutTimecode: z.string(),
});

const audioClipSchema = z.object({
  audioId: z.string(),
  /** A1 voice-over, A2 music, A3 effects, A4 ambience. */
  track: z.enum(['A1', 'A2', 'A3', 'A4']),
  kind: z.string(),
  cue: z.string(),
  name: z.string(),
  source: z.string(),
  recordIn: z.number(),
  recordOut: z.number(),
  recordInTimecode: z.string(),
  recordOutTimecode: z.string(),
});

/**
 * The Timeline output: the animatic cut in integer frames (no float drift) with SMPTE
 * timecodes. OTIO and EDL exports read this shape.
 */
export const timelineSchema = z.object({
  nodeId: z.string(),
  name: z.string(),
  frameRate: z.string(),
  rate: z.object({ numerator: z.number(), denominator: z.number(), nominal: z.number() }),
  dropFrame: z.boolean(),
  recordStart: z.string(),
  recordStartFrame: z.number(),
  durationFrames: z.number(),
  durationS: z.number(),
  durationTimecode: z.string(),
  clips: z.array(clipSchema),
  audio: z.array(audioClipSchema),
  scenes: z.array(z.object({ sceneId: z.string().nullable(), sceneNumber: z.string(), heading: z.string(), clips: z.number(), durationFrames: z.number(), durationS: z.number() })),
  /** Shots wired in that had no `shot` output, by node id. */
  missingShots: z.array(z.string()),
  warnings: z.array(z.string()),
});
export type Timeline = z.infer<typeof timelineSchema>;
export type TimelineClip = z.infer<typeof clipSchema>;

const TRACKS: Record<AudioRef['kind'], 'A1' | 'A2' | 'A3' | 'A4'> = { vo: 'A1', music: 'A2', sfx: 'A3', ambience: 'A4' };

const readAudio = (nodes: readonly UpstreamNode[]): AudioRef[] =>
  nodes
    .flatMap((node) => {
      const parsed = node.type === 'audio' ? audioRefSchema.safeParse(node.outputs['audio']) : null;
      return parsed?.success ? [parsed.data] : [];
    })
    .filter((audio, index, all) => all.findIndex((other) => other.nodeId === audio.nodeId) === index)
    .sort((a, b) => (a.nodeId < b.nodeId ? -1 : 1));

const placeAudio = (cues: readonly AudioRef[], clips: readonly TimelineClip[], end: number, rate: TimecodeRate, start: number, warnings: string[]) =>
  cues.flatMap((cue) => {
    const clip = cue.shotId === null ? undefined : clips.find((candidate) => candidate.shotId === cue.shotId);
    if (cue.shotId !== null && !clip) {
      warnings.push(`Cue ${cue.cue || cue.name || cue.nodeId} starts on a shot that is not in this timeline; it is left out.`);
      return [];
    }
    const recordIn = (clip?.recordIn ?? 0) + secondsToFrames(cue.startOffsetS, rate);
    const recordOut = cue.durationS === null ? (clip?.recordOut ?? end) : recordIn + Math.max(1, secondsToFrames(cue.durationS, rate));
    if (recordIn >= end) return [];
    return [
      {
        audioId: cue.nodeId,
        track: TRACKS[cue.kind],
        kind: cue.kind,
        cue: cue.cue,
        name: cue.name,
        source: cue.source,
        recordIn,
        recordOut: Math.max(recordOut, recordIn + 1),
        recordInTimecode: formatTimecode(start + recordIn, rate),
        recordOutTimecode: formatTimecode(start + Math.max(recordOut, recordIn + 1), rate),
      },
    ];
  });

const renderMarkdown = (timeline: Timeline): string => {
  const rows = [
    `# ${timeline.name || 'Timeline'}`,
    '',
    `${plural(timeline.clips.length, 'shot')}, ${timeline.durationTimecode} at ${timeline.frameRate} fps ${timeline.dropFrame ? 'drop frame' : 'non-drop'}, from ${timeline.recordStart}.`,
    '',
    '| # | Clip | Shot | Size | Frames | Record in | Record out |',
    '| ---: | --- | --- | --- | ---: | --- | --- |',
    ...timeline.clips.map((clip) => `| ${clip.index} | ${clip.clipName} | ${clip.shotNumber || '—'} | ${clip.shotSize} | ${clip.durationFrames} | ${clip.recordInTimecode} | ${clip.recordOutTimecode} |`),
  ];
  if (timeline.audio.length > 0) {
    rows.push('', '## Sound', '', '| Track | Cue | Record in | Record out |', '| --- | --- | --- | --- |');
    rows.push(...timeline.audio.map((cue) => `| ${cue.track} | ${cue.cue || cue.name || cue.kind} | ${cue.recordInTimecode} | ${cue.recordOutTimecode} |`));
  }
  if (timeline.warnings.length > 0) rows.push('', '## Warnings', '', ...timeline.warnings.map((warning) => `- ${warning}`));
  return `${rows.join('\n')}\n`;
};

/**
 * Timeline → `assembleTimeline`: the Shots in story order, each its duration in whole
 * frames (at least one), laid end to end from the record start; sound cues on tracks A1–A4
 * from the shot they start on; runtime per scene. Same shots, same frames and timecodes.
 */
export const assembleTimeline: NodeFunction<'timeline'> = {
  name: 'assembleTimeline',
  nodeType: 'timeline',
  version: 1,
  description: 'Shots in story order with frame-accurate durations, record timecodes and sound cues.',
  async run({ node, upstream }, { signal }) {
    // 1. Read and order the shots; 2. lay them end to end in frames; 3. place sound; 4. sum scenes.
    const fields = node.data;
    const rate = timecodeRate(fields.frameRate, fields.timecode === 'DF');
    const warnings: string[] = [];
    if (fields.timecode === 'DF' && !rate.dropFrame) warnings.push(`Drop frame does not exist at ${fields.frameRate} fps; the timecode is non-drop.`);
    const start = parseTimecode(fields.recordStart, rate);
    const { shots, missing } = readShotRefs(upstream['shots'] ?? []);
    let position = 0;
    const clips: TimelineClip[] = shots.map((shot, index) => {
      const durationFrames = Math.max(1, secondsToFrames(shot.durationS, rate));
      const recordIn = position;
      position += durationFrames;
      return {
        index: index + 1,
        shotId: shot.nodeId,
        clipName: clipName(shot, index),
        sceneId: shot.scene?.nodeId ?? null,
        sceneNumber: shot.scene?.sceneNumber ?? '',
        shotNumber: shot.shotNumber,
        heading: shot.scene?.heading ?? '',
        shotSize: shot.shotSize,
        description: collapse(shot.description || shot.action),
        durationS: shot.durationS,
        durationFrames,
        sourceIn: 0,
        sourceOut: durationFrames,
        recordIn,
        recordOut: position,
        recordInTimecode: formatTimecode(start + recordIn, rate),
        recordOutTimecode: formatTimecode(start + position, rate),
      };
    });
    signal.throwIfAborted();
    const audio = placeAudio(readAudio(upstream['audio'] ?? []), clips, position, rate, start, warnings);
    const scenes: Timeline['scenes'] = [];
    for (const clip of clips) {
      const last = scenes.at(-1);
      if (last && last.sceneId === clip.sceneId) {
        last.clips += 1;
        last.durationFrames += clip.durationFrames;
      } else scenes.push({ sceneId: clip.sceneId, sceneNumber: clip.sceneNumber, heading: clip.heading, clips: 1, durationFrames: clip.durationFrames, durationS: 0 });
    }
    for (const scene of scenes) scene.durationS = framesToSeconds(scene.durationFrames, rate);
    const timeline: Timeline = {
      nodeId: node.id,
      name: collapse(fields.name),
      frameRate: fields.frameRate,
      rate: { numerator: rate.numerator, denominator: rate.denominator, nominal: rate.nominal },
      dropFrame: rate.dropFrame,
      recordStart: formatTimecode(start, rate),
      recordStartFrame: start,
      durationFrames: position,
      durationS: framesToSeconds(position, rate),
      durationTimecode: formatTimecode(position, rate),
      clips,
      audio,
      scenes,
      missingShots: missing,
      warnings,
    };
    return { outputs: { timeline }, artifacts: [jsonArtifact('timeline.json', timeline), markdownArtifact('timeline.md', renderMarkdown(timeline))] };
  },
};
