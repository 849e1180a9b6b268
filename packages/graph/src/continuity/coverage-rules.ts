import { listNames } from '../describe.js';
import { continuitySeverityOf, type ContinuityCode, type ContinuityFinding } from './finding.js';
import {
  answersTo, byCuttingOrder, characterLabel, type ContinuityModel, type ContinuityScene, type ContinuityShot,
} from './model.js';

const finding = (code: ContinuityCode, message: string, nodeIds: string[]): ContinuityFinding => ({
  code,
  severity: continuitySeverityOf[code],
  message,
  nodeIds: [...new Set(nodeIds)],
});

/** A character in a shot who is not cast in the shot's scene (an error: wrong actor on the call sheet). */
export const findUncastCharacters = (scenes: ReadonlyMap<string, ContinuityScene>, shots: readonly ContinuityShot[]): ContinuityFinding[] =>
  shots.flatMap((shot) => {
    const scene = shot.sceneId === null ? undefined : scenes.get(shot.sceneId);
    if (!scene) return [];
    const cast = new Set(scene.cast.map((member) => member.id));
    return shot.characters
      .filter((character) => !cast.has(character.id))
      .map((character) =>
        finding(
          'SHOT_CHAR_NOT_IN_SCENE',
          `${shot.label} shows ${characterLabel(character)}, who is not cast in ${scene.label}.`,
          [shot.id, character.id, scene.id],
        ),
      );
  });

/** A character who speaks in a scene that has shots, none of which shows them: their lines are not covered. */
export const findSpeakersOffScreen = (scene: ContinuityScene, shots: readonly ContinuityShot[]): ContinuityFinding[] => {
  if (shots.length === 0) return [];
  return scene.speakers
    .filter((speaker) => !shots.some((shot) => shot.characters.some((character) => answersTo(character, speaker))))
    .map((speaker) => {
      const member = scene.cast.find((character) => answersTo(character, speaker));
      return finding(
        'SPEAKER_NOT_IN_ANY_SHOT',
        `${speaker} speaks in ${scene.label} but is in none of its shots.`,
        [scene.id, ...(member ? [member.id] : [])],
      );
    });
};

const isMaster = (shot: ContinuityShot): boolean =>
  shot.shotType === 'master' || shot.shotType === 'establishing' || shot.shotSize === 'WS' || shot.shotSize === 'EWS';

/** A scene with no shots at all (info), or with shots but no wide master to cut back to (warning). */
export const findMissingCoverage = (scene: ContinuityScene, shots: readonly ContinuityShot[]): ContinuityFinding[] => {
  if (shots.length === 0) return [finding('SCENE_NO_SHOTS', `${scene.label} has no shots yet.`, [scene.id])];
  if (shots.some(isMaster)) return [];
  return [finding('SCENE_NO_MASTER', `${scene.label} has no master: add a wide (WS or EWS) or a master shot to cut back to.`, [scene.id])];
};

/** Two or more shots with the same number: the slate and the camera report would not tell them apart. */
export const findDuplicateShotNumbers = (model: ContinuityModel): ContinuityFinding[] => {
  const byNumber = new Map<string, ContinuityShot[]>();
  for (const shot of model.shots) {
    if (shot.shotNumber === '') continue;
    byNumber.set(shot.shotNumber, [...(byNumber.get(shot.shotNumber) ?? []), shot]);
  }
  return [...byNumber.entries()]
    .filter(([, shots]) => shots.length > 1)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([number, shots]) => {
      const sorted = [...shots].sort(byCuttingOrder);
      return finding(
        'DUPLICATE_SHOT_NUMBER',
        `${sorted.length} shots are numbered ${number}; each shot needs its own number.`,
        sorted.map((shot) => shot.id),
      );
    });
};

/** Names for a message: "ANNA and BEN". */
export const nameCharacters = (characters: ContinuityShot['characters']): string => listNames(characters.map(characterLabel));
