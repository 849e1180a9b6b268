export {
  nodeCatalogue,
  nodeTypeNames,
  nodeTypeNameSchema,
  isNodeTypeName,
  getNodeType,
  defaultNodeData,
  getInputPort,
  getOutputPort,
  type NodeTypeName,
  type NodeFields,
} from './catalogue/index.js';
export type { NodeTypeDefinition } from './catalogue/types.js';
export { characterRoles, type CharacterFields } from './catalogue/character.js';
export { intExtValues, timesOfDay, sceneNumberPattern, type SceneFields } from './catalogue/scene.js';
export { type LocationFields } from './catalogue/location.js';
export { type StyleFields } from './catalogue/style.js';
export { scriptFormats, scriptImportModes, type ScriptFields } from './catalogue/script.js';
export {
  shotSizes,
  shotTypes,
  cameraAngles,
  cameraMovements,
  aspectRatios,
  screenDirections,
  type ShotFields,
} from './catalogue/shot.js';
export { workflowStatuses, FIELD_LIMITS, MAX_SEED, type WorkflowStatus, type FieldWidget } from './fields.js';
export { portDataTypes, type PortDataType, type PortDefinition } from './ports.js';
export {
  GRAPH_LIMITS,
  GRAPH_SCHEMA_VERSION,
  graphIdSchema,
  positionSchema,
  graphNodeSchema,
  graphEdgeSchema,
  edgeDataSchema,
  graphDocumentSchema,
  emptyGraphDocument,
  type Position,
  type GraphNode,
  type GraphEdge,
  type GraphDocument,
} from './document.js';
export { describeNodeType, describeNodeCatalogue, type NodeTypeDescription } from './json-schema.js';
export {
  issueCodes,
  isBlockingIssue,
  type IssueCode,
  type IssueSeverity,
  type DocumentPath,
  type ValidationIssue,
} from './issues.js';
export { validateGraph, createGraphValidator } from './validate/validate-graph.js';
export { checkConnection, type ConnectionCheck, type ProposedConnection } from './connection.js';
export { topologicalOrder, GraphCycleError } from './topology/order.js';
export { findCycle } from './topology/cycles.js';
export { downstreamOf, upstreamOf } from './topology/reach.js';
export { canonicalJson } from './canonical-json.js';
export { sha256Hex, nodeContentHash } from './hash.js';
export { normalizeNodeData, type NormalizedNodeData } from './normalize.js';
export { createNode, createId, createEdgeId, type CreateNodeOptions } from './factory.js';
export { describeNode } from './describe.js';
