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
export { intExtValues, sceneIntExtValues, timesOfDay, sceneNumberPattern, type SceneFields } from './catalogue/scene.js';
export { type LocationFields } from './catalogue/location.js';
export { type StyleFields } from './catalogue/style.js';
export { scriptFormats, scriptImportModes, type ScriptFields } from './catalogue/script.js';
export { propCategories, propImportances, type PropFields } from './catalogue/prop.js';
export { frameRates, sensorFormats, anamorphicSqueezes, type CameraFields } from './catalogue/camera.js';
export { sequenceKinds, type SequenceFields } from './catalogue/sequence.js';
export { dialogueExtensions, type DialogueFields } from './catalogue/dialogue.js';
export { audioKinds, type AudioFields } from './catalogue/audio.js';
export { timecodeModes, timecodePattern, type TimelineFields } from './catalogue/timeline.js';
export { shotListOrders, type ShotListFields } from './catalogue/shot-list.js';
export { type BreakdownReportFields } from './catalogue/breakdown-report.js';
export { type ContinuityCheckFields } from './catalogue/continuity-check.js';
export { exportFormats, type ExportFields } from './catalogue/export.js';
export { type NoteFields } from './catalogue/note.js';
export {
  shotSizes,
  shotTypes,
  cameraAngles,
  cameraMovements,
  aspectRatios,
  screenDirections,
  shotNumberPattern,
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
export {
  validateGraph,
  validateGraphKeepingData,
  createGraphValidator,
  createGraphVersionValidator,
  type ValidatedGraph,
} from './validate/validate-graph.js';
export { describeFieldIssues, type FieldProblem } from './validate/field-issues.js';
export { checkConnection, type ConnectionCheck, type ProposedConnection } from './connection.js';
export { topologicalOrder, GraphCycleError } from './topology/order.js';
export { findCycle } from './topology/cycles.js';
export { downstreamOf, upstreamOf } from './topology/reach.js';
export { canonicalJson } from './canonical-json.js';
export { sameJsonValue } from './json-equal.js';
export { sha256Hex, nodeContentHash } from './hash.js';
export { normalizeNodeData, type NormalizedNodeData } from './normalize.js';
export { createNode, createId, createEdgeId, type CreateNodeOptions } from './factory.js';
export { describeNode, hasPlaceholderName } from './describe.js';
export { titleNode, sceneHeading, shotCameraLine, type NodeTitle } from './node-title.js';
export {
  continuityCodes,
  continuitySeverities,
  continuitySeverityOf,
  isAtLeast,
  type ContinuityCode,
  type ContinuitySeverity,
  type ContinuityFinding,
} from './continuity/finding.js';
export {
  canonicalCharacterName,
  type ContinuityModel,
  type ContinuityScene,
  type ContinuityShot,
  type ContinuityCharacter,
  type WardrobeItem,
} from './continuity/model.js';
export { compareProductionNumbers } from './catalogue/production-numbers.js';
export { continuityModelFromGraph } from './continuity/model-from-graph.js';
export { checkContinuity } from './continuity/check.js';
export { suggestStarterCoverage, type StarterCoverage, type SuggestedShot } from './coverage/starter-coverage.js';
export { shotLetters, shotLetterIndex, SHOT_LETTERS } from './coverage/shot-letters.js';
