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
  screenDirection: { none: 'None', left_to_right: 'Left → right', right_to_left: 'Right → left' },
  intExt: { INT: 'INT · Interior', EXT: 'EXT · Exterior', 'INT/EXT': 'INT/EXT · Both' },
};

/** "dolly_in" → "Dolly in"; all-caps codes (MCU, INT) stay as they are. */
export const humanize = (value: string): string => {
  if (value === value.toUpperCase()) return value;
  const spaced = value.replace(/_/g, ' ');
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
};

/** The label of `value` in the enum of `field`. */
export const labelFor = (field: string, value: string): string => labels[field]?.[value] ?? humanize(value);

/** Short forms for node cards and captions: "LOW", "PUSH IN". */
const shortLabels: Record<string, Record<string, string>> = {
  angle: { eye: 'EYE', high: 'HIGH', low: 'LOW', overhead: 'OVERHEAD', worms_eye: 'WORM’S EYE', dutch: 'DUTCH' },
  aspect: { '2.39': '2.39', '1.85': '1.85', '1.78': '16:9', '1.33': '4:3', '1.00': '1:1', '0.5625': '9:16' },
};

export const shortLabelFor = (field: string, value: string): string => shortLabels[field]?.[value] ?? humanize(value);
