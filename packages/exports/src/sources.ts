import { breakdownReportSchema, shotListSchema, timelineSchema, type BreakdownReport, type ShotList, type Timeline } from '@pc/functions';
import type { GraphDocument } from '@pc/graph';
import type { z } from 'zod';
import { computeNode, type ProjectOutputs } from './project-outputs.js';

/** A graph with the outputs of its nodes: what every exporter reads. */
export interface ExportProject {
  name: string;
  revision: number;
  graph: GraphDocument;
  outputs: ProjectOutputs;
}

const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The first node of `type` (by id) whose `port` output parses: the one the crew built. */
const firstOutput = <T>(project: ExportProject, type: string, port: string, schema: z.ZodType<T>): T | undefined => {
  for (const node of project.graph.nodes.filter((candidate) => candidate.type === type).sort(byId)) {
    const parsed = schema.safeParse(project.outputs[node.id]?.values[port]);
    if (parsed.success) return parsed.data;
  }
  return undefined;
};

/** Runs a report node that is not on the canvas over every node of `inputType`, wired to `port`. */
const computeOver = async <T>(project: ExportProject, node: { id: string; type: string; data: Record<string, unknown> }, inputs: Record<string, string[]>, output: string, schema: z.ZodType<T>): Promise<T> => {
  const upstream = Object.fromEntries(
    Object.entries(inputs).map(([port, types]) => [
      port,
      project.graph.nodes
        .filter((candidate) => types.includes(candidate.type))
        .sort(byId)
        .map((candidate) => ({ nodeId: candidate.id, type: candidate.type, data: candidate.data, outputs: project.outputs[candidate.id]?.values ?? {} })),
    ]),
  );
  const result = await computeNode(node, upstream);
  return schema.parse(result.values[output]);
};

/** The project's Shot List: a Shot List node's report, else one over every Shot in story order. */
export const projectShotList = async (project: ExportProject): Promise<ShotList> =>
  firstOutput(project, 'shotList', 'report', shotListSchema) ??
  computeOver(project, { id: 'export_shot_list', type: 'shotList', data: { name: project.name } }, { shots: ['shot'] }, 'report', shotListSchema);

/** The project's Breakdown Report: a Breakdown Report node's, else one over every Scene. */
export const projectBreakdown = async (project: ExportProject): Promise<BreakdownReport> =>
  firstOutput(project, 'breakdownReport', 'report', breakdownReportSchema) ??
  computeOver(project, { id: 'export_breakdown', type: 'breakdownReport', data: { name: project.name } }, { scenes: ['scene'] }, 'report', breakdownReportSchema);

/** The project's Timeline: a Timeline node's cut, else every Shot and Audio cue at 24 fps from 01:00:00:00. */
export const projectTimeline = async (project: ExportProject): Promise<Timeline> =>
  firstOutput(project, 'timeline', 'timeline', timelineSchema) ??
  computeOver(project, { id: 'export_timeline', type: 'timeline', data: { name: project.name } }, { shots: ['shot'], audio: ['audio'] }, 'timeline', timelineSchema);
