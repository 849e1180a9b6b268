/**
 * Port data types: what travels along an edge. A connection is allowed only when the
 * source port's type equals the target port's type.
 */
export const portDataTypes = [
  'CharacterRef', 'SceneRef', 'ShotRef', 'LocationRef', 'StyleRef', 'CompiledPrompt', 'ImageAsset', 'Report',
  'PropRef', 'CameraRef', 'SequenceRef', 'DialogueLine', 'AudioRef', 'Timeline',
] as const;
export type PortDataType = (typeof portDataTypes)[number];

export interface PortDefinition {
  /** The handle name used in GraphJSON edges (`sourceHandle` / `targetHandle`). */
  name: string;
  label: string;
  dataType: PortDataType;
  /** Input ports only: whether several edges may end here. */
  multiple?: boolean;
  /** Input ports only: the node cannot run without a connection here. */
  required?: boolean;
  description?: string;
}
