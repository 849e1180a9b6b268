import type { ArtifactRef, RunNodeOutputs } from '../../api/types.js';

/*
 * Typed reads of the functions' outputs (packages/functions/README.md). Outputs arrive as
 * JSON the canvas did not produce, so every read checks its shape and falls back to null.
 */

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const num = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

export interface CompiledPromptView {
  positive: string;
  negative: string;
  seed: number | null;
  width: number | null;
  height: number | null;
  references: { name: string; role: string }[];
}

export interface FrameView {
  caption: string | null;
  width: number;
  height: number;
  durationS: number | null;
  aspect: string | null;
}

export interface ShotOutputs {
  prompt: CompiledPromptView | null;
  frame: FrameView | null;
  /** The frame picture: PNG when rendered, otherwise the SVG. */
  frameArtifact: ArtifactRef | null;
}

export interface DialogueLineView {
  speaker: string;
  parenthetical: string;
  text: string;
  extensions: string[];
}

export interface CastMemberView {
  name: string;
  speaks: boolean;
  lineCount: number;
  linked: boolean;
  /** Every line heard, not seen ((V.O.), (ON PHONE) …): not needed on set. */
  voiceOnly: boolean;
  flags: string[];
}

/** Background people the action calls for; count null when the script gives none. */
export interface ExtrasView {
  name: string;
  count: number | null;
}

export interface SceneOutputs {
  heading: string | null;
  sceneNumber: string | null;
  pageLength: string | null;
  eighths: number | null;
  duration: string | null;
  synopsis: string | null;
  dialogue: DialogueLineView[];
  cast: CastMemberView[];
  extras: ExtrasView[];
}

export interface CharacterViewPrompt {
  view: string;
  positive: string;
  negative: string;
  seed: number | null;
}

export interface CharacterOutputs {
  name: string | null;
  identityBlock: string | null;
  views: CharacterViewPrompt[];
  turnaround: ArtifactRef | null;
}

export const readShotOutputs = (outputs: RunNodeOutputs | null): ShotOutputs | null => {
  if (!outputs) return null;
  const prompt = outputs.values['prompt'];
  const frame = outputs.values['frame'];
  return {
    prompt: isRecord(prompt)
      ? {
          positive: str(prompt['positive']) ?? '',
          negative: str(prompt['negative']) ?? '',
          seed: num(prompt['seed']),
          width: num(prompt['width']),
          height: num(prompt['height']),
          references: list(prompt['references'])
            .filter(isRecord)
            .map((ref) => ({ name: str(ref['name']) ?? '?', role: str(ref['role']) ?? '' })),
        }
      : null,
    frame: isRecord(frame)
      ? {
          caption: str(frame['caption']),
          width: num(frame['width']) ?? 1024,
          height: num(frame['height']) ?? 538,
          durationS: num(frame['durationS']),
          aspect: str(frame['aspect']),
        }
      : null,
    frameArtifact: outputs.artifacts['frame.png'] ?? outputs.artifacts['frame.svg'] ?? null,
  };
};

export const readSceneOutputs = (outputs: RunNodeOutputs | null): SceneOutputs | null => {
  if (!outputs) return null;
  const breakdown = outputs.values['breakdown'];
  if (!isRecord(breakdown)) return null;
  return {
    heading: str(breakdown['heading']),
    sceneNumber: str(breakdown['sceneNumber']),
    pageLength: str(breakdown['pageLength']),
    eighths: num(breakdown['eighths']),
    duration: str(breakdown['duration']),
    synopsis: str(breakdown['synopsis']),
    dialogue: list(breakdown['dialogue'])
      .filter(isRecord)
      .map((line) => ({
        speaker: str(line['speaker']) ?? '',
        parenthetical: str(line['parenthetical']) ?? '',
        text: str(line['text']) ?? '',
        extensions: list(line['extensions']).filter((e): e is string => typeof e === 'string'),
      })),
    cast: list(breakdown['cast'])
      .filter(isRecord)
      .map((member) => ({
        name: str(member['name']) ?? '?',
        speaks: member['speaks'] === true,
        lineCount: num(member['lineCount']) ?? 0,
        linked: member['linked'] === true,
        voiceOnly: member['voiceOnly'] === true,
        flags: list(member['flags']).filter((f): f is string => typeof f === 'string'),
      })),
    extras: list(breakdown['extras'])
      .filter(isRecord)
      .map((extra) => ({ name: str(extra['name']) ?? '?', count: num(extra['count']) })),
  };
};

export const readCharacterOutputs = (outputs: RunNodeOutputs | null): CharacterOutputs | null => {
  if (!outputs) return null;
  const character = outputs.values['character'];
  const bible = outputs.values['bible'];
  const source = isRecord(character) ? character : isRecord(bible) ? bible : {};
  return {
    name: str(source['name']),
    identityBlock: str(source['identityBlock']),
    views: list(outputs.values['views'])
      .filter(isRecord)
      .map((view) => ({ view: str(view['view']) ?? '', positive: str(view['positive']) ?? '', negative: str(view['negative']) ?? '', seed: num(view['seed']) })),
    turnaround: outputs.artifacts['turnaround.png'] ?? outputs.artifacts['turnaround.svg'] ?? null,
  };
};

/** The first sentence (or line) of a prompt, for the card. */
export const firstLine = (text: string): string => {
  const line = text.split('\n')[0] ?? '';
  const sentence = /^(.+?[.!?])(\s|$)/.exec(line);
  return (sentence?.[1] ?? line).trim();
};

/** "4/8 pp · 0:18". */
export const sceneLengthLine = (scene: SceneOutputs): string | null => {
  const parts = [scene.pageLength ? `${scene.pageLength} pp` : null, scene.duration].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : null;
};

export const viewLabel = (view: string): string => view.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());
