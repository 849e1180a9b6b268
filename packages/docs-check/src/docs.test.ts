import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBundle, exitOf, startServerProcess, type ServerProcess } from '@pc/server/testing';
import { getShapeDifferences, getShownAnswers, parseDocumentedJson } from './answer-shape.js';
import { getBlockAction, getDocBlocks, type BlockAction, type DocBlock } from './doc-blocks.js';
import { createReader, type BlockOutcome, type Reader } from './reader.js';

/*
 * Every page a user copies from, run top to bottom as one reader would: README.md first, then
 * the pages that set up what later ones use (api.md signs in and creates the key), then the
 * rest. A block fails on a non-zero exit, an unset variable, or an HTTP answer of 400 or more
 * that its page does not announce (`<!-- docs-check: allow 422 (why) -->`).
 */

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const FIRST = ['README.md', 'docs/quickstart.md', 'docs/api.md', 'docs/batches.md', 'docs/runs.md', 'docs/exports.md', 'docs/sdk-cli.md', 'docs/collaboration.md', 'docs/operations.md'];
const pages = [...FIRST, ...readdirSync(join(repoRoot, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`).filter((page) => !FIRST.includes(page)).sort()];
const BLOCK_TIMEOUT_MS = 150_000;

/** The reader's own files the pages send (their screenplay and its next draft), from the repository's fixtures. */
async function getReaderFiles(): Promise<Record<string, string | Uint8Array>> {
  const pilot = await readFile(join(repoRoot, 'packages/fountain/fixtures/writers-draft.fountain'), 'utf8');
  return {
    'pilot.fountain': pilot,
    'pilot-v2.fountain': `${pilot}\n\nEXT. HARBOUR WALL - NIGHT\n\nThe lamp goes out.\n`,
    'pilot.fdx': await readFile(join(repoRoot, 'packages/final-draft/fixtures/the-breakwater-lamp-fd12.fdx'), 'utf8'),
    'pilot.pdf': new Uint8Array(await readFile(join(repoRoot, 'packages/pdf-screenplay/fixtures/writers-draft-a4-pdflib.pdf'))),
  };
}

type Planned = { block: DocBlock; action: BlockAction } | { block: DocBlock; error: Error };

function plan(page: string): Planned[] {
  return getDocBlocks(page, readFileSync(join(repoRoot, page), 'utf8')).map((block) => {
    try {
      return { block, action: getBlockAction(block) };
    } catch (error) {
      return { block, error: error as Error };
    }
  });
}

const report = (outcome: BlockOutcome) => `exit ${outcome.code}\n--- stdout\n${outcome.stdout.slice(-4000)}\n--- stderr\n${outcome.stderr.slice(-4000)}`;

describe('the docs, run as written', () => {
  let server: ServerProcess;
  let dataDir: string;
  let reader: Reader;

  beforeAll(async () => {
    buildBundle('dist/docs-check');
    dataDir = await mkdtemp(join(tmpdir(), 'pc-docs-data-'));
    // `pnpm start`'s embedded mode in a fresh data folder: no account yet, as on a new install.
    server = await startServerProcess('dist/docs-check/main.js', { DATA_DIR: dataDir, PNG_THREADS: '1' }, { startTimeoutMs: 150_000 });
    reader = await createReader(server.url, execFileSync('bash', ['-c', 'command -v curl'], { encoding: 'utf8' }).trim());
    for (const [name, text] of Object.entries(await getReaderFiles())) await reader.saveFile(name, text);
  });

  afterAll(async () => {
    if (server?.child.exitCode === null) {
      server.child.kill('SIGTERM');
      await exitOf(server.child);
    }
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
    await reader?.dispose();
  });

  // Pages without a block to run, save or skip (configuration.md, security.md …) have nothing to check.
  for (const page of pages.filter((page) => plan(page).some((planned) => !('action' in planned) || planned.action.kind !== 'prose'))) {
    describe(page, () => {
      // An answer the page shows is compared once the page's commands ran (they make what it describes).
      const blocks = plan(page);
      const isAnswer = (entry: Planned) => 'action' in entry && entry.action.kind === 'answer';
      for (const planned of [...blocks.filter((entry) => !isAnswer(entry)), ...blocks.filter(isAnswer)]) {
        const { block } = planned;
        const name = `${page}:${block.line} (${block.lang || 'text'})`;
        if ('error' in planned) {
          it(name, () => {
            throw planned.error;
          });
          continue;
        }
        const { action } = planned;
        switch (action.kind) {
          case 'prose':
            break;
          case 'skip':
            // Shown as skipped with the page's reason: visible in every run, never silent.
            it.skip(`${name} — ${action.reason}`, () => {});
            break;
          case 'file':
            it(`${name} saved as ${action.name}`, () => reader.saveFile(action.name, block.text));
            break;
          case 'answer':
            it(`${name} is the shape of ${action.method} ${action.path}`, async () => {
              const response = await reader.request(action.method, action.path);
              const actual = await response.text();
              expect(response.status, actual).toBeLessThan(400);
              expect(getShapeDifferences(parseDocumentedJson(block.text), JSON.parse(actual)), actual).toEqual([]);
            });
            break;
          case 'shell':
          case 'typescript': {
            it(name, async () => {
              const outcome = action.kind === 'shell' ? await reader.runShell(block, { timeoutMs: BLOCK_TIMEOUT_MS, cwd: action.inRepository ? repoRoot : undefined }) : await reader.runTypeScript(block, BLOCK_TIMEOUT_MS);
              expect(outcome.code, report(outcome)).toBe(0);
              const unannounced = outcome.answers.filter((answer) => answer.status >= 400 && !action.allowed.includes(answer.status));
              expect(unannounced, report(outcome)).toEqual([]);
              for (const status of action.allowed) expect(outcome.answers.map((answer) => answer.status), `announced ${status} never came\n${report(outcome)}`).toContain(status);
              // An answer shown after a curl (`curl … # {"hasOwner": false}`) has the shape of what that curl printed.
              for (const shown of action.kind === 'shell' ? getShownAnswers(block.text) : []) {
                const printed = await outcome.printed(shown.call);
                expect(getShapeDifferences(shown.documented, JSON.parse(printed)), `${shown.line}\nprinted: ${printed}`).toEqual([]);
              }
            });
            break;
          }
          default: {
            const never: never = action;
            throw new Error(`unhandled ${String(never)}`);
          }
        }
      }
    });
  }
});
