import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ContinuityCode, ContinuityFinding, ContinuitySeverity } from '@pc/graph';

/** A node's share of the findings: the worst severity and every message about it. */
export interface NodeHint {
  readonly severity: ContinuitySeverity;
  readonly messages: readonly string[];
  /** Only findings every fresh import has (QUIET_CODES): the card shows them when selected. */
  readonly quiet: boolean;
}

/**
 * Findings true of every scene of a fresh import ("no shots yet"): sixty identical markers
 * and list lines are noise. The cards show them only when selected, the list as one line.
 */
export const QUIET_CODES: ReadonlySet<ContinuityCode> = new Set<ContinuityCode>(['SCENE_NO_SHOTS']);

/** The live continuity hints of one open canvas (session state: never saved, never undone). */
export interface HintsState {
  readonly findings: readonly ContinuityFinding[];
  readonly byNode: Readonly<Record<string, NodeHint>>;
  readonly open: boolean;
}

const rank: Record<ContinuitySeverity, number> = { info: 0, warning: 1, error: 2 };

const worse = (a: ContinuitySeverity, b: ContinuitySeverity) => (rank[b] > rank[a] ? b : a);

/** Groups findings per node they concern, keeping the worst severity (a quiet finding's only when nothing else is). */
export const groupByNode = (findings: readonly ContinuityFinding[]): Record<string, NodeHint> => {
  const byNode: Record<string, NodeHint> = Object.create(null) as Record<string, NodeHint>;
  for (const finding of findings) {
    const quiet = QUIET_CODES.has(finding.code);
    for (const id of finding.nodeIds) {
      const current = byNode[id];
      if (!current) {
        byNode[id] = { severity: finding.severity, messages: [finding.message], quiet };
        continue;
      }
      const messages = [...current.messages, finding.message];
      if (quiet) byNode[id] = { ...current, messages };
      else byNode[id] = { severity: current.quiet ? finding.severity : worse(current.severity, finding.severity), messages, quiet: false };
    }
  }
  return byNode;
};

/**
 * The findings as the list shows them: the quiet ones of one code folded into a single line
 * ("50 scenes have no shots yet") where the first of them stood, every other finding as is.
 */
export const foldQuiet = (findings: readonly ContinuityFinding[]): ContinuityFinding[] => {
  const folded: ContinuityFinding[] = [];
  const byCode = new Map<ContinuityCode, ContinuityFinding[]>();
  for (const finding of findings) {
    if (!QUIET_CODES.has(finding.code)) continue;
    byCode.set(finding.code, [...(byCode.get(finding.code) ?? []), finding]);
  }
  for (const finding of findings) {
    const group = byCode.get(finding.code);
    if (!group || group.length === 1) folded.push(finding);
    else if (group[0] === finding) folded.push({ ...finding, message: foldedMessage(finding.code, group.length), nodeIds: group.flatMap((each) => each.nodeIds) });
  }
  return folded;
};

const foldedMessage = (code: ContinuityCode, count: number): string =>
  code === 'SCENE_NO_SHOTS' ? `${count} scenes have no shots yet: select one and add starter coverage.` : `${count} similar notes.`;

export const createHintsStore = (): StoreApi<HintsState> => createStore<HintsState>(() => ({ findings: [], byNode: {}, open: false }));

// One store per open canvas, without a field on the Canvas object: the hints are a view of it.
const stores = new WeakMap<object, StoreApi<HintsState>>();

/** The hints store of a canvas, created on first use. */
export const getHintsStore = (canvas: object): StoreApi<HintsState> => {
  let store = stores.get(canvas);
  if (!store) {
    store = createHintsStore();
    stores.set(canvas, store);
  }
  return store;
};
