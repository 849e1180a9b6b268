import { collect } from '@pc/sdk';
import type { CommandContext } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { idOption, limitOption, parseOption } from '../options.js';
import { printJson, printTable } from '../output.js';

export async function listGraphs(context: CommandContext, options: { workspace?: string; limit: string }): Promise<number> {
  const limit = parseOption(limitOption, options.limit, '--limit');
  const workspaceId = options.workspace === undefined ? undefined : parseOption(idOption, options.workspace, '--workspace');
  const client = await context.client();
  const graphs = await collect(client.graphs.list({ ...(workspaceId ? { workspaceId } : {}), limit: Math.min(limit, 100) }), limit);
  if (context.out.json) printJson(context.out, graphs);
  else printTable(context.out, ['ID', 'NAME', 'REVISION', 'NODES', 'UPDATED'], graphs.map((graph) => [graph.id, graph.name, graph.revision, graph.nodeCount, graph.updatedAt]));
  return EXIT.ok;
}
