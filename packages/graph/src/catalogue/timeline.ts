import { z } from 'zod';
import { choice, commonFields } from '../fields.js';
import { frameRates } from './camera.js';
import { defineNodeType } from './types.js';

/** Non-drop or drop-frame timecode; drop frame exists only at 29.97 and 59.94. */
export const timecodeModes = ['NDF', 'DF'] as const;
/** "01:00:00:00": hours, minutes, seconds, frames (";" before the frames in drop frame). */
export const timecodePattern = /^[0-9]{2}:[0-5][0-9]:[0-5][0-9][:;][0-9]{2}$/;

export const timelineFields = z.strictObject({
  ...commonFields,
  frameRate: choice(frameRates, '24', { title: 'Frame rate (fps)' }),
  timecode: choice(timecodeModes, 'NDF', { title: 'Timecode', description: 'Drop frame applies at 29.97 and 59.94 only.' }),
  recordStart: z
    .string()
    .regex(timecodePattern, 'A timecode such as 01:00:00:00')
    .default('01:00:00:00')
    .meta({ title: 'Record start', description: 'Timecode of the first frame.', 'x-widget': 'text' }),
});

export type TimelineFields = z.infer<typeof timelineFields>;

export const timelineNode = defineNodeType({
  type: 'timeline',
  label: 'Timeline',
  description: 'The animatic cut: shots in story order with durations, timecodes and sound cues.',
  accent: '#3f9fb6',
  fields: timelineFields,
  fieldGroups: [
    { title: 'Timeline', fields: ['name', 'frameRate', 'timecode', 'recordStart'] },
    { title: 'Workflow', fields: ['status', 'tags', 'color', 'notes'] },
  ],
  summaryFields: ['frameRate', 'timecode', 'recordStart'],
  inputs: [
    { name: 'shots', label: 'Shots', dataType: 'ShotRef', multiple: true, description: 'Cut in story order: scene order, then shot order.' },
    { name: 'audio', label: 'Audio', dataType: 'AudioRef', multiple: true, description: 'Sound cues laid under the picture.' },
  ],
  outputs: [{ name: 'timeline', label: 'Timeline', dataType: 'Timeline' }],
  functions: ['assembleTimeline'],
});
