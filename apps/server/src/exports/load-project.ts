import { nodeOutputs, type Db } from '@pc/db';
import { createNodeFunctions, nativeSha256Hex, planRun, RunPlanError, type ArtifactStore } from '@pc/engine';
import { resolveProjectOutputs, type ExportProject, type ProjectOutputs } from '@pc/exports';
import type { GraphDocument } from '@pc/graph';
import { inArray } from 'drizzle-orm';

/** Files exports read the bytes of: the storyboard frame, the PNG take first. */
const FRAME_FILES = ['frame.png', 'frame.svg'];
/** Cache keys per query: well under Postgres' bind-parameter limit. */
const KEY_BATCH = 1_000;

const versions = createNodeFunctions();

/**
 * Run outputs that are valid for this exact document: each node's cache key as a run of
 * it would compute it (same data, same upstream, same function versions), looked up in the
 * output cache. A node edited since its last run has another key and no stored output; the
 * exporter then computes it. A document no run could plan gets no stored outputs.
 */
const storedOutputs = async (db: Db, artifacts: ArtifactStore, document: GraphDocument): Promise<ProjectOutputs> => {
  let plan;
  try {
    plan = planRun(document, { getFunctionVersion: versions.versionOf, hash: nativeSha256Hex });
  } catch (error) {
    if (error instanceof RunPlanError) return {};
    throw error;
  }
  const keys = [...new Set(plan.nodes.map((node) => node.cacheKey))];
  const rows = new Map<string, (typeof nodeOutputs.$inferSelect)['outputs']>();
  for (let start = 0; start < keys.length; start += KEY_BATCH) {
    const batch = await db
      .select({ cacheKey: nodeOutputs.cacheKey, outputs: nodeOutputs.outputs })
      .from(nodeOutputs)
      .where(inArray(nodeOutputs.cacheKey, keys.slice(start, start + KEY_BATCH)));
    for (const row of batch) rows.set(row.cacheKey, row.outputs);
  }
  const stored: ProjectOutputs = {};
  for (const node of plan.nodes) {
    const outputs = rows.get(node.cacheKey);
    if (!outputs) continue;
    const files: ProjectOutputs[string]['files'] = {};
    for (const [name, ref] of Object.entries(outputs.artifacts)) {
      const bytes = FRAME_FILES.includes(name) ? (await artifacts.get(ref.hash))?.bytes : undefined;
      files[name] = { hash: ref.hash, mediaType: ref.mediaType, size: ref.bytes, ...(bytes ? { bytes } : {}) };
    }
    stored[node.nodeId] = { source: 'run', values: outputs.values, files };
  }
  return stored;
};

/** A graph revision ready to export: its document, and every node's outputs (from runs where valid, else computed). */
export const loadExportProject = async (
  db: Db,
  artifacts: ArtifactStore,
  graph: { name: string; revision: number; document: GraphDocument },
): Promise<ExportProject> => ({
  name: graph.name,
  revision: graph.revision,
  graph: graph.document,
  outputs: await resolveProjectOutputs(graph.document, await storedOutputs(db, artifacts, graph.document)),
});
