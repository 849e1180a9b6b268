import { createHash } from 'node:crypto';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedServer, type EmbeddedServer } from '@pc/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, cliUser, type Cli } from './cli-process.js';

/*
 * A newcomer's day without curl: a screenplay file in, its next draft synced, the graph run and
 * followed, its artifacts downloaded — and the mistakes on the way, each a sentence and an exit code.
 */

let embedded: EmbeddedServer;
let user: Cli;
let work: string;

const FOUNTAIN = `Title: The Lighthouse

EXT. HARBOUR - DAWN

Fog over the water. MARA (30s) hauls a rope.

MARA
Where's the boat?

BEN
Gone since midnight.

CLOSE ON MARA

INT. LIGHTHOUSE - NIGHT

BEN climbs the stairs.
`;

// Final Draft's format, written by hand as a user would to try it.
const FDX = `<?xml version="1.0" encoding="UTF-8" standalone="no" ?>
<FinalDraft DocumentType="Script" Template="No" Version="5">
  <Content>
    <Paragraph Number="1" Type="Scene Heading"><Text>EXT. PIER - DAY</Text></Paragraph>
    <Paragraph Type="Action"><Text>Gulls. JUNE (40s) waits with a suitcase.</Text></Paragraph>
    <Paragraph Type="Character"><Text>JUNE</Text></Paragraph>
    <Paragraph Type="Dialogue"><Text>You're late.</Text></Paragraph>
    <Paragraph Type="Character"><Text>OTTO</Text></Paragraph>
    <Paragraph Type="Dialogue"><Text>The ferry was early.</Text></Paragraph>
  </Content>
</FinalDraft>
`;

describe('pcanvas graphs import and run against a running server (embedded mode)', () => {
  beforeAll(async () => {
    const bundle = buildCli('dist/test-import-run/pcanvas.js');
    embedded = await startEmbeddedServer('dist/test-import-run-server');
    user = await cliUser(bundle);
    expect((await user.run(['login', '--url', embedded.url, '--api-key', embedded.apiKey])).code).toBe(0);
    work = await mkdtemp(join(tmpdir(), 'pcanvas-import-'));
    await writeFile(join(work, 'pilot.fountain'), FOUNTAIN);
    await writeFile(join(work, 'pilot.fdx'), FDX);
  });
  afterAll(() => embedded?.stop());

  let graphId: string;

  it('imports a Fountain file as a new graph: its id on stdout, what was found on stderr', async () => {
    const imported = await user.run(['graphs', 'import', join(work, 'pilot.fountain')]);
    expect(imported.code).toBe(0);
    graphId = imported.stdout.trim();
    expect(graphId).toMatch(/^gr_\w+$/);
    expect(imported.stderr).toContain('Imported pilot.fountain as “The Lighthouse” (revision 1): 2 scenes, 2 characters, 2 locations, 1 shot;');

    const graph = await user.run(['graphs', 'get', graphId]);
    expect(graph.code).toBe(0);
    expect(graph.stdout).toMatch(/^NODE\s+TYPE\s+LABEL$/m);
    expect(graph.stdout).toMatch(/^chr_mara_\w+\s+character\s+MARA$/m);
    expect(graph.stdout).toMatch(/^sht_\S+\s+shot\s+CLOSE ON MARA$/m);
  });

  it('imports a Final Draft file under a given name, and --json gives the import report', async () => {
    const imported = await user.run(['--json', 'graphs', 'import', join(work, 'pilot.fdx'), '--name', 'Crossing']);
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ name: 'Crossing', revision: 1, importReport: { scenes: 1, characters: 2 } });
  });

  it('syncs the next draft into the same graph with --into', async () => {
    await writeFile(join(work, 'pilot-v2.fountain'), `${FOUNTAIN}\nEXT. CLIFF - DAY\n\nMARA looks down.\n`);
    const synced = await user.run(['graphs', 'import', join(work, 'pilot-v2.fountain'), '--into', graphId]);
    expect(synced.code).toBe(0);
    expect(synced.stdout.trim()).toBe(graphId);
    expect(synced.stderr).toMatch(/^Synced pilot-v2\.fountain into “The Lighthouse” \(revision 2\): 3 scenes, .*; \d+ nodes added/);
    const refused = await user.run(['graphs', 'import', join(work, 'pilot-v2.fountain'), '--into', graphId, '--name', 'Other']);
    expect(refused.code).toBe(2);
  });

  it('runs the graph and follows it to the end (exit 0), then lists, shows and downloads the run', async () => {
    const started = await user.run(['run', 'start', graphId, '--watch']);
    expect(started.stderr).toMatch(/^Started run (run\w+) of gr_\w+ \(idempotency key [0-9a-f-]{36}\)$/m);
    expect(started.stderr).toMatch(/^ {2}sht_\S+ succeeded$/m);
    expect(started.code).toBe(0);
    const runId = /^(run\w+) succeeded: \d+ nodes/.exec(started.stdout)![1]!;

    const list = JSON.parse((await user.run(['--json', 'run', 'list', graphId])).stdout) as { id: string }[];
    expect(list.map((run) => run.id)).toEqual([runId]);
    const shown = await user.run(['run', 'get', runId]);
    expect(shown.stdout).toMatch(/^status\s+succeeded$/m);
    expect(shown.stdout).toMatch(/^sht_\S+\s+shot\s+succeeded\s+.*frame\.png/m);

    const out = join(work, 'run');
    const first = await user.run(['--json', 'run', 'download', runId, '--out', out]);
    expect(first.code).toBe(0);
    const summary = JSON.parse(first.stdout) as { artifacts: { downloaded: number; skipped: number } };
    expect(summary.artifacts.downloaded).toBeGreaterThan(0);
    const run = JSON.parse(await readFile(join(out, 'run.json'), 'utf8')) as { nodes: { nodeId: string; type: string; outputs: { artifacts: Record<string, { hash: string }> } | null }[] };
    const shot = run.nodes.find((node) => node.type === 'shot')!;
    const frame = await readFile(join(out, shot.nodeId, 'frame.png'));
    expect(createHash('sha256').update(frame).digest('hex')).toBe(shot.outputs!.artifacts['frame.png']!.hash);
    const again = JSON.parse((await user.run(['--json', 'run', 'download', runId, '--out', out])).stdout) as typeof summary;
    expect(again.artifacts).toMatchObject({ downloaded: 0, skipped: summary.artifacts.downloaded });

    // A started run's id alone on stdout, for `RUN=$(pcanvas run start …)`; watch follows it later.
    const quiet = await user.run(['run', 'start', graphId, '--node', shot.nodeId]);
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).toMatch(/^run\w+\n$/);
    expect((await user.run(['run', 'watch', quiet.stdout.trim()])).code).toBe(0);
  }, 180_000);

  it('says what is wrong, with the exit codes of docs/sdk-cli.md', async () => {
    const missing = await user.run(['graphs', 'import', join(work, 'nope.fountain')]);
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toContain('nope.fountain: there is no such file.');
    const unknownKind = await user.run(['graphs', 'import', join(work, 'notes.csv')]);
    expect(unknownKind.code).toBe(2);
    expect(unknownKind.stderr).toContain('pass --format (fountain, fdx, pdf, docx, fadein, highland, json)');
    const wrongFormat = await user.run(['graphs', 'import', join(work, 'pilot.fountain'), '--format', 'fdx']);
    expect(wrongFormat.code).toBe(1);
    expect(wrongFormat.stderr).toMatch(/source: .*not XML.*\[not_xml\]/);
    expect((await user.run(['run', 'start', 'gr_missing'])).code).toBe(4);
    const unknownNode = await user.run(['run', 'start', graphId, '--node', 'nope']);
    expect(unknownNode.code).toBe(1);
    expect(unknownNode.stderr).toContain('The graph has no node nope');
    expect((await user.run(['run', 'get', 'run_missing'])).code).toBe(4);
  });
});
