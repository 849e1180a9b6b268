import type { CameraFields } from '@pc/graph';
import { z } from 'zod';
import { jsonArtifact } from '../artifacts.js';
import { collapse } from '../format.js';
import type { NodeFunction } from '../types.js';

/** Sensor width and height in mm (the Open Gate area of common cameras). */
export const SENSORS: Record<CameraFields['sensor'], { widthMm: number; heightMm: number }> = {
  full_frame: { widthMm: 36, heightMm: 24 },
  super35: { widthMm: 24.89, heightMm: 18.66 },
  mft: { widthMm: 17.3, heightMm: 13 },
};

/** Frame rates as exact rationals: 23.976 is 24000/1001. */
export const FRAME_RATES: Record<CameraFields['frameRate'], { numerator: number; denominator: number }> = {
  '23.976': { numerator: 24000, denominator: 1001 },
  '24': { numerator: 24, denominator: 1 },
  '25': { numerator: 25, denominator: 1 },
  '29.97': { numerator: 30000, denominator: 1001 },
  '30': { numerator: 30, denominator: 1 },
  '48': { numerator: 48, denominator: 1 },
  '50': { numerator: 50, denominator: 1 },
  '59.94': { numerator: 60000, denominator: 1001 },
  '60': { numerator: 60, denominator: 1 },
};

const round1 = (value: number): number => Math.round(value * 10) / 10;
/** Angle of view in degrees across `sizeMm` of sensor through a `focalMm` lens: 2·atan(size / 2f). */
export const angleOfView = (sizeMm: number, focalMm: number): number => round1((2 * Math.atan(sizeMm / (2 * focalMm)) * 180) / Math.PI);

export const cameraRefSchema = z.object({
  nodeId: z.string(),
  name: z.string(),
  body: z.string(),
  sensor: z.string(),
  sensorWidthMm: z.number(),
  sensorHeightMm: z.number(),
  squeeze: z.number(),
  frameRate: z.string(),
  aspect: z.string(),
  lenses: z.array(z.object({ mm: z.number(), horizontalDeg: z.number(), verticalDeg: z.number() })),
});
export type CameraRef = z.infer<typeof cameraRefSchema>;

/**
 * A Camera's package with the field of view of each lens of its set, sorted by focal
 * length. An anamorphic squeeze widens the horizontal view by its factor.
 */
export const toCameraRef = (nodeId: string, fields: CameraFields): CameraRef => {
  const sensor = SENSORS[fields.sensor];
  const squeeze = Number(fields.squeeze);
  const lenses = [...new Set(fields.lensSet.map(Number))].sort((a, b) => a - b);
  return {
    nodeId,
    name: collapse(fields.name),
    body: collapse(fields.body),
    sensor: fields.sensor,
    sensorWidthMm: sensor.widthMm,
    sensorHeightMm: sensor.heightMm,
    squeeze,
    frameRate: fields.frameRate,
    aspect: fields.aspect,
    lenses: lenses.map((mm) => ({ mm, horizontalDeg: angleOfView(sensor.widthMm * squeeze, mm), verticalDeg: angleOfView(sensor.heightMm, mm) })),
  };
};

/** Camera → `cameraSheet`: the camera package and its lens field-of-view table. */
export const cameraSheet: NodeFunction<'camera'> = {
  name: 'cameraSheet',
  nodeType: 'camera',
  version: 1,
  description: 'Camera package with the horizontal and vertical field of view of each lens.',
  async run({ node }, { signal }) {
    signal.throwIfAborted();
    const camera = toCameraRef(node.id, node.data);
    return { outputs: { camera }, artifacts: [jsonArtifact('camera.json', camera)] };
  },
};
