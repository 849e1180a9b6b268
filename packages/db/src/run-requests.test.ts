import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertGraph } from './graphs.js';
import { newRunId } from './ids.js';
import { claimRunRequest, releaseRunRequest, RUN_REQUEST_CLAIM_TTL_MS, settleRunRequest } from './run-requests.js';
import { runs } from './schema/runs.js';
import { castSceneShotDocument, createTestAccount, createTestDatabase, type TestAccount, type TestDatabase } from './testing/index.js';

describe.each(['pglite', 'postgres'] as const)('run requests (Idempotency-Key on runs) on %s', (kind) => {
  let test: TestDatabase;
  let account: TestAccount;
  let graphId: string;
  beforeAll(async () => {
    test = await createTestDatabase(kind);
    account = await createTestAccount(test.database.db);
    graphId = (await insertGraph(test.database.db, { workspaceId: account.workspaceId, name: 'Keys', document: castSceneShotDocument() })).id;
  });
  afterAll(() => test?.dispose());
  const db = () => test.database.db;
  const insertRun = async () => {
    const id = newRunId();
    await db().insert(runs).values({ id, graphId, workspaceId: account.workspaceId, revision: 1 });
    return id;
  };
  const t0 = new Date('2026-11-23T03:00:00.000Z');
  const at = (ms: number) => new Date(t0.getTime() + ms);

  it('claims a key once; the same body replays the run it started, another body is refused', async () => {
    const request = { createdBy: account.user.id, idempotencyKey: 'k-replay', requestHash: 'h1' };
    expect(await claimRunRequest(db(), { ...request, now: t0 })).toEqual({ kind: 'claimed' });
    expect(await claimRunRequest(db(), { ...request, now: at(10) })).toEqual({ kind: 'in_progress' });
    const runId = await insertRun();
    await settleRunRequest(db(), { ...request, runId });
    expect(await claimRunRequest(db(), { ...request, now: at(20) })).toEqual({ kind: 'replay', runId, status: 'queued' });
    expect(await claimRunRequest(db(), { ...request, requestHash: 'h2', now: at(30) })).toEqual({ kind: 'key_reused' });
    // A key is a user's own: another user's same key is another claim.
    const other = await createTestAccount(db(), 'Other user');
    expect(await claimRunRequest(db(), { ...request, createdBy: other.user.id, now: at(40) })).toEqual({ kind: 'claimed' });
  });

  it('of concurrent requests with one key exactly one claims it', async () => {
    const request = { createdBy: account.user.id, idempotencyKey: 'k-race', requestHash: 'h', now: t0 };
    const outcomes = await Promise.all(Array.from({ length: 8 }, () => claimRunRequest(db(), request)));
    expect(outcomes.filter((outcome) => outcome.kind === 'claimed')).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome.kind === 'in_progress')).toHaveLength(7);
  });

  it('frees a released key, and hands an abandoned claim over only after the claim TTL', async () => {
    const request = { createdBy: account.user.id, idempotencyKey: 'k-free', requestHash: 'h' };
    expect(await claimRunRequest(db(), { ...request, now: t0 })).toEqual({ kind: 'claimed' });
    await releaseRunRequest(db(), request);
    expect(await claimRunRequest(db(), { ...request, requestHash: 'another body', now: at(1) })).toEqual({ kind: 'claimed' });

    const abandoned = { createdBy: account.user.id, idempotencyKey: 'k-abandoned', requestHash: 'h' };
    expect(await claimRunRequest(db(), { ...abandoned, now: t0 })).toEqual({ kind: 'claimed' });
    expect(await claimRunRequest(db(), { ...abandoned, now: at(RUN_REQUEST_CLAIM_TTL_MS - 1) })).toEqual({ kind: 'in_progress' });
    const takeovers = await Promise.all([1, 2, 3].map(() => claimRunRequest(db(), { ...abandoned, now: at(RUN_REQUEST_CLAIM_TTL_MS + 1) })));
    expect(takeovers.filter((outcome) => outcome.kind === 'claimed')).toHaveLength(1);
  });

  it('frees the key when its run is deleted, and never releases a settled key', async () => {
    const request = { createdBy: account.user.id, idempotencyKey: 'k-deleted', requestHash: 'h' };
    await claimRunRequest(db(), { ...request, now: t0 });
    const runId = await insertRun();
    await settleRunRequest(db(), { ...request, runId });
    await releaseRunRequest(db(), request);
    expect(await claimRunRequest(db(), { ...request, now: at(1) })).toEqual({ kind: 'replay', runId, status: 'queued' });
    await db().delete(runs).where(eq(runs.id, runId));
    expect(await claimRunRequest(db(), { ...request, now: at(2) })).toEqual({ kind: 'claimed' });
  });
});
