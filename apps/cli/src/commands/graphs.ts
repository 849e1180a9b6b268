import { collect } from '@pc/sdk';
import type { CommandContext } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { idOption, limitOption, parseOption } from '../options.js';
import { noteIfEmpty, printJson, printTable } from '../output.js';

export async function listGraphs(context: CommandContext, options: { workspace?: string; limit: string }): Promise<number> {
  const limit = parseOption(limitOption, options.limit, '--limit');
  const workspaceId = options.workspace === undefined ? undefined : parseOption(idOption, options.workspace, '--workspace');
  const client = await context.client();
  const graphs = await collect(client.graphs.list({ ...(workspaceId ? { workspaceId } : {}), limit: Math.min(limit, 100) }), limit);
  noteIfEmpty(
    context.out,
    graphs,
    workspaceId ? `No graphs in workspace ${workspaceId}.` : 'No graphs yet: create one with `pcanvas graphs import SCREENPLAY` (Fountain, FDX, PDF …), or in the web app.',
  );
  if (context.out.json) printJson(context.out, graphs);
  else printTable(context.out, ['ID', 'NAME', 'REVISION', 'NODES', 'UPDATED'], graphs.map((graph) => [graph.id, graph.name, graph.revision, graph.nodeCount, graph.updatedAt]));
  return EXIT.ok;
}

/** What a person calls a node: a character's name, a scene's or shot's number, else its title. */
const labelOf = (data: Record<string, unknown>): string | undefined => {
  for (const key of ['name', 'title', 'sceneNumber', 'shotNumber']) if (typeof data[key] === 'string' && data[key] !== '') return data[key];
  return undefined;
};

/** `pcanvas graphs get ID`: the graph and its node ids (what batch overrides and `run start --node` name). */
export async function getGraph(context: CommandContext, id: string): Promise<number> {
  const graph = await (await context.client()).graphs.get(parseOption(idOption, id, 'graph id'));
  if (context.out.json) {
    printJson(context.out, graph);
    return EXIT.ok;
  }
  context.out.stdout.write(`graph     ${graph.id}\nname      ${graph.name}\nrevision  ${graph.revision}\nissues    ${graph.issues.length}\n\n`);
  printTable(
    context.out,
    ['NODE', 'TYPE', 'LABEL'],
    graph.document.nodes.map((node) => [node.id, node.type, labelOf(node.data as Record<string, unknown>)]),
  );
  return EXIT.ok;
}
