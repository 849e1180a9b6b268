import { emptyGraphDocument, FIELD_LIMITS, type GraphDocument } from '@pc/graph';
import { analyzeScreenplay } from '../analyze/analyze.js';
import { billCharacters } from '../analyze/billing.js';
import { truncate } from '../analyze/text.js';
import type { ImportWarning } from '../analyze/types.js';
import { syncCharacters } from './characters.js';
import { createDraft, type Draft, type ImportChanges } from './draft.js';
import { syncCast, syncSceneLocations } from './edges.js';
import { SCRIPT_NODE_ID } from './ids.js';
import { createLayout, type Layout } from './layout.js';
import { planLayout } from './layout-plan.js';
import { syncLocations } from './locations.js';
import { matchScenes } from './match-scenes.js';
import { syncScenes } from './scenes.js';
import { syncShots } from './shots.js';

/** Options of {@link importScreenplay}. */
export interface ImportScreenplayOptions {
  /** The graph to sync into (a re-import); omitted, the import builds a new graph. */
  existing?: GraphDocument;
  /**
   * `sync` (the default, or the Script node's `importMode`): update script-owned fields and
   * flag removed scenes. `create`: only add what is new, touch nothing that exists.
   */
  mode?: 'sync' | 'create';
  /**
   * Lines of `source` that are shot lines whatever their words: a Final Draft file's `Shot`
   * paragraphs (`finalDraftToFountain(xml).shotLines`), where the paragraph type, not the words, says so.
   */
  shotLines?: readonly number[];
}

/** What an import found and did. Counts are of the script, changes of the graph. */
export interface ImportReport {
  title: string;
  scenes: number;
  characters: number;
  locations: number;
  /** Shots the script's shot lines name (`CLOSE ON MARIA`, a Final Draft `Shot`). */
  shots: number;
  changes: ImportChanges;
  warnings: ImportWarning[];
}

export interface ScreenplayImport {
  document: GraphDocument;
  report: ImportReport;
}

const syncScriptNode = (draft: Draft, source: string, title: string, layout: Layout, warnings: ImportWarning[]): 'sync' | 'create' => {
  if (source.length > FIELD_LIMITS.screenplay) {
    warnings.push({ code: 'truncated', message: `The Script node keeps the first ${FIELD_LIMITS.screenplay} characters of the source.` });
  }
  const fields = { title, format: 'fountain' as const, source: truncate(source, FIELD_LIMITS.screenplay) };
  const node = draft.getNode(SCRIPT_NODE_ID)?.type === 'script' ? draft.getNode(SCRIPT_NODE_ID) : draft.nodesOfType('script')[0];
  if (!node) {
    draft.addNode('script', draft.freeId(SCRIPT_NODE_ID), layout.script(), fields);
    return 'sync';
  }
  draft.updateNode(node, fields);
  return node.data['importMode'] === 'create' ? 'create' : 'sync';
};

/**
 * Imports a Fountain screenplay into a graph: a Script node holding the source, a Scene
 * per heading, a Character per distinct speaker, a Location per distinct place, a Shot per
 * shot line of a shooting script (shots.ts), cast and Location links. With `existing`, syncs instead: nodes are matched by stable keys,
 * script-owned fields updated, everything the user added kept, removed scenes flagged.
 * Deterministic (ids derive from the keys) and idempotent: importing the same script into
 * its own result changes nothing. Pure and total: any string gives a document that
 * `validateGraph` accepts without blocking issues, given a valid `existing`.
 *
 * @example
 * const { document, report } = importScreenplay(fountainText);
 * const again = importScreenplay(editedText, { existing: document }); // Shots and notes kept
 */
export const importScreenplay = (source: string, options: ImportScreenplayOptions = {}): ScreenplayImport => {
  // 1. Read the script.
  const analysis = analyzeScreenplay(source, options.shotLines ? { shotLines: options.shotLines } : {});
  const warnings = [...analysis.warnings];
  // 2. Copy the existing graph and place new nodes below it.
  const existing = options.existing ?? emptyGraphDocument();
  const draft = createDraft(existing, warnings);
  const matched = matchScenes(analysis.scenes, draft.nodesOfType('scene'));
  const layout = createLayout(existing.nodes, planLayout(draft, analysis.scenes, matched, analysis.locations));
  // 3. Nodes: Script, Characters, Locations, Scenes; 4. links.
  const scriptMode = syncScriptNode(draft, source, analysis.title, layout, warnings);
  const update = (options.mode ?? scriptMode) === 'sync';
  const characterIds = syncCharacters(draft, analysis.characters, billCharacters(analysis.title, analysis.characters, analysis.scenes), layout);
  const locationIds = syncLocations(draft, analysis.locations, layout);
  const scenes = syncScenes(draft, analysis.scenes, matched, layout, { update, warnings });
  syncCast(draft, scenes, characterIds);
  syncSceneLocations(draft, scenes, locationIds);
  syncShots(draft, scenes, characterIds, layout, { update });
  return {
    document: draft.doc,
    report: {
      title: analysis.title,
      scenes: analysis.scenes.length,
      characters: analysis.characters.length,
      locations: analysis.locations.length,
      shots: analysis.scenes.reduce((sum, scene) => sum + scene.shots.length, 0),
      changes: draft.changes,
      warnings,
    },
  };
};
