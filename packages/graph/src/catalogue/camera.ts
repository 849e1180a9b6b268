import { z } from 'zod';
import { choice, commonFields, text } from '../fields.js';
import { aspectRatios } from './shot.js';
import { defineNodeType } from './types.js';

/** Frame rates a camera report writes; 23.976 and 29.97 are the NTSC 1000/1001 rates. */
export const frameRates = ['23.976', '24', '25', '29.97', '30', '48', '50', '59.94', '60'] as const;
/** Sensor presets by width: full frame 36 mm, Super 35 24.89 mm, Micro Four Thirds 17.3 mm. */
export const sensorFormats = ['full_frame', 'super35', 'mft'] as const;
/** Anamorphic squeeze; 1 is a spherical lens. */
export const anamorphicSqueezes = ['1', '1.3', '1.5', '1.8', '2'] as const;

export const cameraFields = z.strictObject({
  ...commonFields,
  body: text({ title: 'Camera body', description: 'Such as ARRI Alexa 35 or Sony Venice 2.' }),
  sensor: choice(sensorFormats, 'super35', { title: 'Sensor', description: 'Sets the field of view of each lens.' }),
  lensSet: z
    .array(z.string().regex(/^[1-9][0-9]{0,3}(\.[0-9])?$/, 'A focal length in mm, such as 35 or 12.5'))
    .max(24)
    .default(['18', '25', '35', '50', '75', '100'])
    .meta({ title: 'Lens set (mm)', description: 'The primes on the cart, in mm.', 'x-widget': 'tags' }),
  squeeze: choice(anamorphicSqueezes, '1', { title: 'Anamorphic squeeze', description: '1 for spherical lenses.' }),
  frameRate: choice(frameRates, '24', { title: 'Frame rate (fps)' }),
  aspect: choice(aspectRatios, '2.39', { title: 'Aspect ratio', description: 'The delivery frame.' }),
});

export type CameraFields = z.infer<typeof cameraFields>;

export const cameraNode = defineNodeType({
  type: 'camera',
  label: 'Camera',
  description: 'A camera package: body, sensor, lenses, frame rate and aspect that shots share.',
  accent: '#6f8fa8',
  fields: cameraFields,
  fieldGroups: [
    { title: 'Camera', fields: ['name', 'body', 'sensor', 'lensSet', 'squeeze', 'frameRate', 'aspect'] },
    { title: 'Workflow', fields: ['status', 'tags', 'color', 'notes'] },
  ],
  summaryFields: ['body', 'sensor', 'frameRate', 'aspect'],
  inputs: [],
  outputs: [{ name: 'camera', label: 'Camera', dataType: 'CameraRef' }],
  functions: ['cameraSheet'],
});
