import { createHmac, timingSafeEqual } from 'node:crypto';
import { batchWebhookDeliveries, batches, type Db } from '@pc/db';
import { decryptSecret, encryptSecret } from '@pc/functions';
import { and, asc, eq, inArray, lte } from 'drizzle-orm';
import type { EngineLogger } from '../runs/run-engine.js';
import { postPinned } from './webhook-target/pinned-post.js';
import { PUBLIC_ONLY, type WebhookTargetPolicy } from './webhook-target/policy.js';
import { systemResolver, vetWebhookTarget, type ResolveHost } from './webhook-target/vet.js';

/**
 * `PC-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`: the
 * timestamp is signed with the body, so a receiver can refuse old replays.
 */
export function signWebhook(secret: string, body: string, unixSeconds: number): string {
  const mac = createHmac('sha256', secret).update(`${unixSeconds}.${body}`).digest('hex');
  return `t=${unixSeconds},v1=${mac}`;
}

/** A receiver's check: the header's MAC matches and its time is within `toleranceS` of now. */
export function verifyWebhookSignature(secret: string, header: string, body: string, options: { nowS?: number; toleranceS?: number } = {}): boolean {
  const parts = Object.fromEntries(header.split(',').map((part) => part.split('=', 2) as [string, string]));
  const t = Number(parts['t']);
  const v1 = parts['v1'];
  if (!Number.isSafeInteger(t) || !v1 || !/^[0-9a-f]{64}$/.test(v1)) return false;
  const nowS = options.nowS ?? Math.floor(Date.now() / 1000);
  if (Math.abs(nowS - t) > (options.toleranceS ?? 300)) return false;
  const expected = createHmac('sha256', secret).update(`${t}.${body}`).digest();
  return timingSafeEqual(expected, Buffer.from(v1, 'hex'));
}

export interface WebhookDeliveryOptions {
  db: Db;
  /** The key webhook secrets are encrypted with (SECRETS_KEY, or the server's generated one). */
  secretsKey: () => Promise<Uint8Array>;
  /** Which addresses deliveries may connect to; default public ones only (WEBHOOK_ALLOW_PRIVATE widens it). */
  policy?: WebhookTargetPolicy;
  /** Host name → addresses; default the system resolver (`dns.lookup`). */
  resolve?: ResolveHost;
  clock?: () => Date;
  /** Delay before the n-th retry: `retryBaseMs · 2^(n-1)`. Default 5 s. */
  retryBaseMs?: number;
  /** Attempts before a delivery is `failed`. Default 8 (about 10 minutes of retries at the default base). */
  maxAttempts?: number;
  /** Per attempt. Default 10 s. */
  timeoutMs?: number;
  logger?: EngineLogger;
  /** Told when an attempt failed and the delivery will be retried at `at` (the service wakes for it). */
  onRetryScheduled?: (at: Date) => void;
}

/** The encryption context of a batch's webhook secret: a blob copied to another batch does not decrypt. */
const webhookSecretContext = (batchId: string) => `batch:${batchId}`;

/** Encrypts a batch's webhook secret for storage (AES-256-GCM under the secrets key, bound to the batch id). */
export const encryptWebhookSecret = (secret: string, key: Uint8Array, batchId: string): Promise<string> => encryptSecret(secret, key, webhookSecretContext(batchId));

/**
 * Delivers due webhooks. Each call claims up to 10 due deliveries by pushing their
 * `next_attempt_at` a lease into the future (`FOR UPDATE SKIP LOCKED`: another server
 * skips them), attempts each once, and records the answer. Returns how many it attempted.
 */
export function createWebhookDeliverer(options: WebhookDeliveryOptions): { deliverDue(): Promise<number> } {
  const { db } = options;
  const policy = options.policy ?? PUBLIC_ONLY;
  const resolve = options.resolve ?? systemResolver;
  const clock = options.clock ?? (() => new Date());
  const retryBaseMs = options.retryBaseMs ?? 5_000;
  const maxAttempts = options.maxAttempts ?? 8;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const leaseMs = timeoutMs + 30_000;

  const attempt = async (delivery: { id: string; batchId: string; event: string; payload: Record<string, unknown>; attempts: number }) => {
    const [batch] = await db.select({ url: batches.webhookUrl, secret: batches.webhookSecret }).from(batches).where(eq(batches.id, delivery.batchId));
    const attempts = delivery.attempts + 1;
    let outcome: { ok: boolean; status: number | null; error: string | null; refused?: boolean };
    if (!batch?.url || !batch.secret) {
      outcome = { ok: false, status: null, error: 'the batch has no webhook' };
    } else {
      try {
        const target = await vetWebhookTarget(batch.url, policy, resolve);
        if (!target.ok) {
          outcome = { ok: false, status: null, error: target.message, refused: target.refused };
        } else {
          const secret = await decryptSecret(batch.secret, await options.secretsKey(), webhookSecretContext(delivery.batchId));
          const body = JSON.stringify(delivery.payload);
          const status = await postPinned({
            url: target.url,
            address: target.address,
            family: target.family,
            timeoutMs,
            headers: {
              'Content-Type': 'application/json',
              'User-Agent': 'ProductionCanvas-Webhook/1',
              'PC-Event': delivery.event,
              'PC-Delivery': delivery.id,
              'PC-Signature': signWebhook(secret, body, Math.floor(clock().getTime() / 1000)),
            },
            body,
          });
          const ok = status >= 200 && status < 300;
          outcome = { ok, status, error: ok ? null : `answered ${status}` };
        }
      } catch (error) {
        outcome = { ok: false, status: null, error: (error instanceof Error ? error.message : String(error)).slice(0, 500) };
      }
    }
    const now = clock();
    // A target the policy refuses stays refused: no retries.
    const final = outcome.ok || attempts >= maxAttempts || !batch?.url || outcome.refused === true;
    const nextAttemptAt = new Date(now.getTime() + retryBaseMs * 2 ** (attempts - 1));
    const updated = await db
      .update(batchWebhookDeliveries)
      .set({
        attempts,
        lastStatus: outcome.status,
        lastError: outcome.error,
        status: outcome.ok ? 'delivered' : final ? 'failed' : 'pending',
        deliveredAt: outcome.ok ? now : null,
        nextAttemptAt,
      })
      .where(and(eq(batchWebhookDeliveries.id, delivery.id), eq(batchWebhookDeliveries.status, 'pending')))
      .returning({ id: batchWebhookDeliveries.id });
    if (!final && updated.length > 0) options.onRetryScheduled?.(nextAttemptAt);
    if (!outcome.ok) options.logger?.warn({ deliveryId: delivery.id, batchId: delivery.batchId, attempts, final, error: outcome.error }, 'webhook delivery failed');
  };

  let running: Promise<number> | undefined;
  const deliverDue = async (): Promise<number> => {
    const now = clock();
    const due = await db
      .update(batchWebhookDeliveries)
      .set({ nextAttemptAt: new Date(now.getTime() + leaseMs) })
      .where(
        inArray(
          batchWebhookDeliveries.id,
          db
            .select({ id: batchWebhookDeliveries.id })
            .from(batchWebhookDeliveries)
            .where(and(eq(batchWebhookDeliveries.status, 'pending'), lte(batchWebhookDeliveries.nextAttemptAt, now)))
            .orderBy(asc(batchWebhookDeliveries.nextAttemptAt))
            .limit(10)
            .for('update', { skipLocked: true }),
        ),
      )
      .returning({
        id: batchWebhookDeliveries.id,
        batchId: batchWebhookDeliveries.batchId,
        event: batchWebhookDeliveries.event,
        payload: batchWebhookDeliveries.payload,
        attempts: batchWebhookDeliveries.attempts,
      });
    await Promise.all(due.map(attempt));
    return due.length;
  };
  return {
    // One pass at a time per process; a call during a pass waits for it.
    deliverDue: () => (running ??= deliverDue().finally(() => (running = undefined))),
  };
}

