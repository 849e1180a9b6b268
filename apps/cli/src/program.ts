import { projectExportFormats } from '@pc/exports/formats';
import { Command, CommanderError, Option } from 'commander';
import * as batch from './commands/batch.js';
import { download } from './commands/download.js';
import { exportGraph } from './commands/export.js';
import { getGraph, listGraphs } from './commands/graphs.js';
import { importFormats, importGraph, type ImportOptions } from './commands/import.js';
import { login, whoami } from './commands/login.js';
import * as run from './commands/run.js';
import { watch } from './commands/watch.js';
import { createContext, type CommandContext } from './context.js';
import { EXIT, toCliError } from './exit-codes.js';
import type { Output } from './output.js';

const EXIT_CODES_HELP = `
Exit codes:
  0  ok
  1  the run or batch finished with failures or cancelled, or the server refused
     the operation (409, 412, 422)
  2  usage: wrong arguments or an invalid input file
  3  authentication: not logged in, or the key was refused (401/403)
  4  not found (404)
  5  server error or network failure (5xx, 429, unreachable)

Environment: PCANVAS_URL and PCANVAS_API_KEY override the stored login;
PCANVAS_CONFIG_DIR moves the config file. Docs: docs/sdk-cli.md`;

/** Runs one `pcanvas …` invocation and resolves to its exit code (never calls process.exit). */
export async function runCli(argv: string[], streams: { stdout: NodeJS.WriteStream; stderr: NodeJS.WriteStream }, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = new Command('pcanvas');
  const contextOf = (command: Command): CommandContext => {
    const out: Output = { json: Boolean(command.optsWithGlobals()['json']), ...streams };
    return createContext(out, env);
  };
  /** Wraps an action: its resolved number is the exit code; errors become a message and a code. */
  const action =
    <Args extends unknown[]>(handler: (context: CommandContext, ...args: Args) => Promise<number>) =>
    async (...args: unknown[]) => {
      const command = args[args.length - 1] as Command;
      exitCode = await handler(contextOf(command), ...(args.slice(0, -1) as Args));
    };

  program
    .description('Import screenplays, run graphs, submit batches, and download their results and production documents.')
    .version('0.1.0')
    .option('--json', 'print machine-readable JSON on stdout')
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', EXIT_CODES_HELP)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => streams.stdout.write(text),
      writeErr: (text) => streams.stderr.write(text),
      // Commander's usage errors start `error:`; every other message of the CLI starts `pcanvas:`.
      outputError: (text, write) => write(text.replace(/^error: /, 'pcanvas: ')),
    });

  program
    .command('login')
    .description('Store a server URL and API key (checked against the server first) in your config folder, readable only by you')
    .option('--url <url>', 'the server, e.g. http://localhost:3000 (default: PCANVAS_URL)')
    .option('--api-key <key>', 'an API key pc_… (default: PCANVAS_API_KEY, else read from stdin)')
    .action(action((context, options: { url?: string; apiKey?: string }) => login(context, options)));

  program
    .command('whoami')
    .description('Show who the API key acts for, and their workspaces')
    .action(action((context) => whoami(context)));

  const graphs = program.command('graphs').description('Graphs you can read');
  graphs
    .command('list')
    .description('List graphs, most recently updated first')
    .option('--workspace <id>', 'only this workspace')
    .option('--limit <n>', 'at most this many', '50')
    .action(action((context, options: { workspace?: string; limit: string }) => listGraphs(context, options)));
  graphs
    .command('get <graphId>')
    .description('Show a graph and its nodes: the ids batch overrides and `run start --node` name')
    .action(action((context, id: string) => getGraph(context, id)));
  graphs
    .command('import <file>')
    .description('Import a screenplay (Fountain, Final Draft .fdx, PDF, Word, Fade In, Highland) or GraphJSON as a new graph; prints its id')
    .addOption(new Option('--format <format>', 'the file format when the extension does not say').choices([...importFormats]))
    .option('--name <name>', 'the graph\'s name (default: the screenplay\'s title)')
    .option('--workspace <id>', 'the workspace to create it in (default: your personal one)')
    .option('--into <graphId>', 'sync the next draft into this graph instead: Shots, notes and positions are kept')
    .action(action((context, file: string, options: ImportOptions) => importGraph(context, file, options)));

  program
    .command('export <graphId>')
    .description('Download a production document of a graph: shot list or breakdown CSV, storyboard or shot-list PDF, OTIO, EDL, frames zip, project JSON')
    .addOption(new Option('--format <format>', 'what to write').choices([...projectExportFormats]).makeOptionMandatory())
    .requiredOption('--out <path>', 'the file to write, or a folder for the server\'s file name (<graph>.<extension>)')
    .option('--revision <n>', 'a saved revision (default: the current document)')
    .action(action((context, id: string, options: { format: string; out: string; revision?: string }) => exportGraph(context, id, options)));

  const runs = program.command('run').description('Runs: a graph\'s node functions, as the canvas\'s Run button starts them');
  runs
    .command('start <graphId>')
    .description('Run a graph (or --node ones and what they need); prints the run id')
    .option('--node <id>', 'run this node and its upstream (repeat for more)', (value: string, previous: string[]) => [...previous, value], [] as string[])
    .option('--revision <n>', 'run this saved revision (default: the current document)')
    .option('--idempotency-key <key>', 'reuse to make a re-run land on the same run (default: a new UUID, printed)')
    .option('--watch', 'follow the run to its end; exit 1 if it failed')
    .action(action((context, id: string, options: run.StartOptions) => run.start(context, id, options)));
  runs
    .command('watch <runId>')
    .description('Follow a run to its end, a line per finished node; exit 1 if it failed')
    .action(action((context, id: string) => run.watch(context, id)));
  runs
    .command('get <runId>')
    .description('Show a run: status, and each node\'s status, artifacts and error')
    .action(action((context, id: string) => run.get(context, id)));
  runs
    .command('list <graphId>')
    .description('List the runs of a graph, newest first (batch items\' runs included)')
    .option('--limit <n>', 'at most this many', '20')
    .action(action((context, id: string, options: { limit: string }) => run.list(context, id, options)));
  runs
    .command('download <runId>')
    .description('Write run.json and every artifact as <nodeId>/<file> under --out (re-run to resume: files already there are skipped by hash)')
    .requiredOption('--out <dir>', 'the folder to write into')
    .action(action((context, id: string, options: { out: string }) => run.download(context, id, options)));

  const batches = program.command('batch').description('Batches: one graph run per item of overrides');
  batches
    .command('submit')
    .description('Submit a batch from a JSON or CSV file of per-item node overrides')
    .requiredOption('--graph <id>', 'the graph to run')
    .requiredOption('--file <path>', 'items.json ([{ref?, overrides: {nodeId: {field: value}}}]) or items.csv (ref, nodeId.field … columns)')
    .addOption(new Option('--format <format>', 'the file format when the extension does not say').choices(['csv', 'json']))
    .option('--revision <n>', 'run this saved revision (default: a snapshot of the current document)')
    .addOption(new Option('--priority <priority>', 'scheduling priority').choices(['low', 'normal', 'high']))
    .option('--concurrency <n>', 'at most this many items of the batch running at once')
    .option('--webhook-url <url>', 'POSTed the batch when it completes, signed with --webhook-secret')
    .option('--webhook-secret <secret>', 'HMAC-SHA256 signing secret, 16+ characters (default: PCANVAS_WEBHOOK_SECRET)')
    .option('--idempotency-key <key>', 'reuse to make a re-run land on the same batch (default: a new UUID, printed)')
    .option('--watch', 'follow the batch to its end; exit 1 if any item failed')
    .action(action((context, options: batch.SubmitOptions) => batch.submit(context, options)));
  batches
    .command('watch <id>')
    .description('Follow a batch to its end (a progress bar on a terminal, lines otherwise); exit 1 if any item failed')
    .action(action((context, id: string) => watch(context, id)));
  batches
    .command('list')
    .description('List batches, newest first')
    .option('--graph <id>', 'only batches of this graph')
    .addOption(new Option('--status <status>', 'only batches in this state').choices(['queued', 'running', 'completed', 'cancelled']))
    .option('--limit <n>', 'at most this many', '20')
    .action(action((context, options: { graph?: string; status?: string; limit: string }) => batch.list(context, options)));
  batches
    .command('get <id>')
    .description('Show a batch: state, counts, progress, ETA')
    .action(action((context, id: string) => batch.get(context, id)));
  batches
    .command('items <id>')
    .description('List the items of a batch in order')
    .addOption(new Option('--status <status>', 'only items in this state').choices(['queued', 'running', 'succeeded', 'failed', 'cancelled']))
    .option('--limit <n>', 'at most this many', '1000')
    .action(action((context, id: string, options: { status?: string; limit: string }) => batch.items(context, id, options)));
  batches
    .command('cancel <id>')
    .description('Cancel the unfinished items of a batch')
    .action(action((context, id: string) => batch.cancel(context, id)));
  batches
    .command('retry <id>')
    .description('Run the failed items of a batch again')
    .option('--watch', 'follow the batch to its end')
    .action(action((context, id: string, options: { watch?: boolean }) => batch.retry(context, id, options)));
  batches
    .command('download <id>')
    .description('Write every item’s outputs.json and artifacts under --out (stable names; re-run to resume, files already there are skipped by hash)')
    .requiredOption('--out <dir>', 'the folder to write into')
    .action(action((context, id: string, options: { out: string }) => download(context, id, options)));

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? EXIT.ok : EXIT.usage;
    const failure = toCliError(error);
    streams.stderr.write(`pcanvas: ${failure.message}\n${failure.details.map((line) => `  ${line}\n`).join('')}`);
    return failure.exitCode;
  }
}
