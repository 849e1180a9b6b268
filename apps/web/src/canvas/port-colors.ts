import type { PortDataType } from '@pc/graph';

/**
 * One colour per port data type, used by handles, edges and the connection line, so a
 * wire's colour says what travels on it. Chosen to stay apart for common colour-vision
 * deficiencies and to clear 3:1 against the canvas.
 */
export const portColors: Record<PortDataType, string> = {
  CharacterRef: '#f29e6d',
  SceneRef: '#6ea8fe',
  ShotRef: '#4fd1a1',
  LocationRef: '#e08fb8',
  StyleRef: '#8fb3e8',
  CompiledPrompt: '#c49bff',
  ImageAsset: '#f2d16b',
  Report: '#b0b8c8',
  PropRef: '#c77dff',
  CameraRef: '#7fb8c9',
  SequenceRef: '#9aa7ff',
  DialogueLine: '#ffb3a1',
  AudioRef: '#d9a066',
  Timeline: '#5fd0e0',
};

export const portColor = (dataType: string | undefined): string =>
  dataType && dataType in portColors ? portColors[dataType as PortDataType] : '#8b93a7';
