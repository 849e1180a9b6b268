/** How much a finding matters: an error is a mistake on the day, info a gap worth a look. */
export const continuitySeverities = ['info', 'warning', 'error'] as const;
export type ContinuitySeverity = (typeof continuitySeverities)[number];

/** Every continuity and coverage check, as a closed list. */
export const continuityCodes = [
  'SHOT_CHAR_NOT_IN_SCENE',
  'SPEAKER_NOT_IN_ANY_SHOT',
  'SCENE_NO_SHOTS',
  'SCENE_NO_MASTER',
  'DUPLICATE_SHOT_NUMBER',
  'JUMP_CUT_RISK',
  'LINE_CROSSING',
  'WARDROBE_CHANGE_SAME_DAY',
] as const;
export type ContinuityCode = (typeof continuityCodes)[number];

/**
 * One problem a script supervisor would flag. `nodeIds` are the nodes it concerns, most
 * specific first (the shot, then its scene), so the canvas can select and centre them.
 */
export interface ContinuityFinding {
  code: ContinuityCode;
  severity: ContinuitySeverity;
  message: string;
  nodeIds: string[];
}

/** The severity of each check. */
export const continuitySeverityOf: Record<ContinuityCode, ContinuitySeverity> = {
  SHOT_CHAR_NOT_IN_SCENE: 'error',
  DUPLICATE_SHOT_NUMBER: 'error',
  SPEAKER_NOT_IN_ANY_SHOT: 'warning',
  SCENE_NO_MASTER: 'warning',
  JUMP_CUT_RISK: 'warning',
  LINE_CROSSING: 'warning',
  WARDROBE_CHANGE_SAME_DAY: 'warning',
  SCENE_NO_SHOTS: 'info',
};

/** Whether `severity` is at least `minimum`. */
export const isAtLeast = (severity: ContinuitySeverity, minimum: ContinuitySeverity): boolean =>
  continuitySeverities.indexOf(severity) >= continuitySeverities.indexOf(minimum);
