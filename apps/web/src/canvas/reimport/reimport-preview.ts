import { canonicalJson, describeNodeType, isNodeTypeName, nodeCatalogue, type GraphDocument, type GraphNode } from '@pc/graph';
import { FinalDraftError, finalDraftToFountain, looksLikeFinalDraft, placeWarnings, type FinalDraftConversion } from '@pc/final-draft';
import { importScreenplay, type ImportReport } from '@pc/screenplay';
import { summarizeNode } from '../nodes/card-summary.js';

/** A node named the way its card shows it ("12 INT. KITCHEN - NIGHT", "MARA"). */
export interface NamedNode {
  id: string;
  type: string;
  typeLabel: string;
  title: string;
}

/** One field a re-import overwrites: its values as short text, or `rewritten` for prose (a scene's script, the screenplay). */
export type FieldChange = { field: string; before: string; after: string } | { field: string; rewritten: true };

export interface UpdatedNode extends NamedNode {
  fields: FieldChange[];
}

/**
 * What re-importing a screenplay into the open graph would do, computed here from the same
 * pure import the server runs (packages/screenplay), so the creator sees it before applying.
 */
export interface ReimportPreview {
  /** What the draft is: Fountain text, or a Final Draft file (sent as such; previewed from its Fountain). */
  format: 'fountain' | 'fdx';
  /** Why a Final Draft draft cannot be read (not XML, not a script…); the report is then empty. */
  refusal?: string;
  report: ImportReport;
  added: NamedNode[];
  updated: UpdatedNode[];
  /** Scenes the new draft no longer has: tagged, never deleted. */
  flagged: NamedNode[];
  /** Nodes the re-import leaves exactly as they are, counted by type label ("Shot" → 3). */
  kept: Array<{ typeLabel: string; count: number }>;
  links: { added: number; replaced: number };
  /** True when the draft changes nothing in the graph. */
  unchanged: boolean;
}

const typeLabelOf = (type: string): string => (isNodeTypeName(type) ? nodeCatalogue[type].label : type);

export const nameNode = (node: GraphNode): NamedNode => {
  const summary = summarizeNode(node.type, node.data);
  return {
    id: node.id,
    type: node.type,
    typeLabel: typeLabelOf(node.type),
    title: summary.number ? `${summary.number} ${summary.title}` : summary.title,
  };
};

const MAX_VALUE = 60;

/** A field value as one short line: long text is cut, lists joined, nothing shown as "—". */
export const shortValue = (value: unknown): string => {
  if (value === undefined || value === null || value === '') return '—';
  const text = Array.isArray(value) ? value.map(String).join(', ') : typeof value === 'object' ? canonicalJson(value) : String(value);
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > MAX_VALUE ? `${line.slice(0, MAX_VALUE - 1)}…` : line || '—';
};

/** "Time of day" for `timeOfDay`: the title the properties panel shows. */
const fieldTitle = (type: string, field: string): string => {
  const properties = isNodeTypeName(type) ? ((describeNodeType(type).fieldsSchema['properties'] ?? {}) as Record<string, { title?: string }>) : {};
  return properties[field]?.title ?? field;
};

/** Text a before → after line cannot show: several lines, or longer than one. */
const isProse = (value: unknown): boolean => typeof value === 'string' && (value.includes('\n') || value.length > MAX_VALUE);

const changedFields = (before: GraphNode, after: GraphNode): FieldChange[] => {
  const keys = new Set([...Object.keys(before.data), ...Object.keys(after.data)]);
  const fields: FieldChange[] = [];
  for (const field of keys) {
    const was = before.data[field];
    const now = after.data[field];
    if (canonicalJson(was ?? null) === canonicalJson(now ?? null)) continue;
    const title = fieldTitle(after.type, field);
    fields.push(isProse(was) || isProse(now) ? { field: title, rewritten: true } : { field: title, before: shortValue(was), after: shortValue(now) });
  }
  return fields;
};

const byId = (nodes: readonly GraphNode[]) => new Map(nodes.map((node) => [node.id, node]));

/** The draft as the import reads it: Fountain, or a Final Draft file converted as the server converts it. */
const readDraft = (source: string): { format: 'fountain' | 'fdx'; fountain: string; places?: FinalDraftConversion['places']; shotLines?: number[]; refusal?: string } => {
  if (!looksLikeFinalDraft(source)) return { format: 'fountain', fountain: source };
  try {
    const { fountain, places, shotLines } = finalDraftToFountain(source);
    return { format: 'fdx', fountain, places, shotLines };
  } catch (error) {
    if (error instanceof FinalDraftError) return { format: 'fdx', fountain: '', refusal: `This Final Draft file cannot be read: ${error.message}` };
    throw error;
  }
};

/** Previews re-importing `source` (Fountain or Final Draft) into `existing`; pure, so it runs as the creator types. */
export const previewReimport = (source: string, existing: GraphDocument): ReimportPreview => {
  const { format, fountain, places, shotLines, refusal } = readDraft(source);
  const { document, report } = importScreenplay(fountain, { existing, ...(shotLines ? { shotLines } : {}) });
  if (places) report.warnings = placeWarnings(report.warnings, places);
  const before = byId(existing.nodes);
  const after = byId(document.nodes);
  const { changes } = report;
  const flaggedIds = new Set(changes.flaggedScenes);
  const named = (ids: readonly string[], nodes: Map<string, GraphNode>) =>
    ids.flatMap((id) => {
      const node = nodes.get(id);
      return node ? [nameNode(node)] : [];
    });
  const updated = changes.updatedNodes
    .filter((id) => !flaggedIds.has(id))
    .flatMap((id) => {
      const was = before.get(id);
      const now = after.get(id);
      return was && now ? [{ ...nameNode(now), fields: changedFields(was, now) }] : [];
    });
  const touched = new Set([...changes.updatedNodes, ...changes.flaggedScenes]);
  const kept = new Map<string, number>();
  for (const node of existing.nodes) {
    if (touched.has(node.id)) continue;
    const label = typeLabelOf(node.type);
    kept.set(label, (kept.get(label) ?? 0) + 1);
  }
  const links = { added: changes.addedEdges.length, replaced: changes.replacedEdges.length };
  return {
    format,
    ...(refusal === undefined ? {} : { refusal }),
    report,
    added: named(changes.addedNodes, after),
    updated,
    // A scene already flagged by an earlier re-import stays flagged without a change; list it anyway.
    flagged: named(changes.flaggedScenes, after),
    kept: [...kept].map(([typeLabel, count]) => ({ typeLabel, count })),
    links,
    unchanged: changes.addedNodes.length + changes.updatedNodes.length + links.added + links.replaced === 0,
  };
};
