import { clipName, shotRefSchema, type ShotList } from '@pc/functions';
import type { ExportProject } from './sources.js';

/** One shot's storyboard frame: the PNG take when there is one, else the SVG frame. */
export interface ShotFrame {
  shotId: string;
  /** Stable file stem: the clip name editors relink by (`SC012_SH012A`), made unique. */
  stem: string;
  png?: Uint8Array;
  svg?: string;
}

/** The frames of the shot list's rows, in its order; shots without any frame are left out. */
export const shotFrames = (project: ExportProject, list: ShotList): ShotFrame[] => {
  const used = new Set<string>();
  return list.rows.flatMap((row, index) => {
    const outputs = project.outputs[row.shotId];
    const shot = shotRefSchema.safeParse(outputs?.values['shot']);
    let stem = shot.success ? clipName(shot.data, index) : `SHOT${String(index + 1).padStart(3, '0')}`;
    for (let n = 2; used.has(stem); n++) stem = `${stem.replace(/_\d+$/, '')}_${n}`;
    used.add(stem);
    const png = outputs?.files['frame.png']?.bytes;
    const svg = outputs?.files['frame.svg']?.bytes;
    if (!png && !svg) return [];
    return [{ shotId: row.shotId, stem, ...(png ? { png } : {}), ...(svg ? { svg: new TextDecoder().decode(svg) } : {}) }];
  });
};
