/*
 * How enum values read to a film crew. Stored values stay machine-friendly ("worms_eye",
 * "dolly_in"); everything a person sees goes through `labelFor`.
 */

const labels: Record<string, Record<string, string>> = {
  status: { todo: 'To do', wip: 'In progress', review: 'In review', approved: 'Approved', retake: 'Retake', done: 'Done' },
  shotSize: {
    EWS: 'EWS · Extreme wide',
    WS: 'WS · Wide',
    FS: 'FS · Full',
    MWS: 'MWS · Medium wide',
    MS: 'MS · Medium',
    MCU: 'MCU · Medium close-up',
    CU: 'CU · Close-up',
    ECU: 'ECU · Extreme close-up',
    INSERT: 'INSERT · Insert',
  },
  shotType: { OTS: 'Over the shoulder', POV: 'Point of view', 'two-shot': 'Two-shot', 'three-shot': 'Three-shot' },
  angle: { eye: 'Eye level', worms_eye: 'Worm’s eye', dutch: 'Dutch' },
  aspect: {
    '2.39': '2.39:1 · Scope',
    '1.85': '1.85:1 · Flat',
    '1.78': '1.78:1 · 16:9',
    '1.33': '1.33:1 · 4:3',
    '1.00': '1:1 · Square',
    '0.5625': '9:16 · Vertical',
  },
  screenDirection: {
    none: 'None',
    left_to_right: 'Left → right',
    right_to_left: 'Right → left',
    toward_camera: 'Toward camera',
    away_from_camera: 'Away from camera',
  },
  extension: { '': 'None', 'V.O.': 'V.O. · Voice-over', 'O.S.': 'O.S. · Off-screen', 'O.C.': 'O.C. · Off-camera', "CONT'D": "CONT'D · Continued" },
  sensor: { full_frame: 'Full frame · 36 mm', super35: 'Super 35 · 24.9 mm', mft: 'Micro Four Thirds · 17.3 mm' },
  squeeze: { '1': 'Spherical', '1.3': '1.3× anamorphic', '1.5': '1.5× anamorphic', '1.8': '1.8× anamorphic', '2': '2× anamorphic' },
  timecode: { NDF: 'Non-drop frame', DF: 'Drop frame (29.97, 59.94)' },
  orderBy: { story: 'Story order', setup: 'By camera setup' },
  format: {
    csv_shot_list: 'CSV shot list',
    csv_breakdown: 'CSV breakdown',
    pdf_storyboard: 'PDF storyboard',
    pdf_shot_list: 'PDF shot list',
    otio: 'OpenTimelineIO',
    edl: 'CMX3600 EDL',
    json: 'JSON',
  },
  minimumSeverity: { info: 'Everything', warning: 'Warnings and errors', error: 'Errors only' },
  kind: { sfx: 'Sound effect', vo: 'Voice-over' },
  intExt: { INT: 'INT · Interior', EXT: 'EXT · Exterior', 'INT/EXT': 'INT/EXT · Both', '': '— · Neither (montage, title card)' },
};

/** "dolly_in" → "Dolly in"; all-caps codes (MCU, INT) stay as they are. */
export const humanize = (value: string): string => {
  if (value === value.toUpperCase()) return value;
  const spaced = value.replace(/_/g, ' ');
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
};

/** The label of `value` in the enum of `field`. */
export const labelFor = (field: string, value: string): string => labels[field]?.[value] ?? humanize(value);

/** Short forms for node cards and captions: "16:9" (a Shot's camera line is packages/graph's shotCameraLine). */
const shortLabels: Record<string, Record<string, string>> = {
  aspect: { '2.39': '2.39', '1.85': '1.85', '1.78': '16:9', '1.33': '4:3', '1.00': '1:1', '0.5625': '9:16' },
};

export const shortLabelFor = (field: string, value: string): string => shortLabels[field]?.[value] ?? humanize(value);
