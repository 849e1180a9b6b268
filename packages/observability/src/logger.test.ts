import { Writable } from 'node:stream';
import { trace } from '@opentelemetry/api';
import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.js';
import { startTestTracing } from './testing.js';

const CANARY = 'canary-9f2c1e7d5b3a';

/** A logger writing into a string, to grep. */
const capture = () => {
  let output = '';
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      output += chunk.toString();
      done();
    },
  });
  return { logger: createLogger({ service: 'server', level: 'trace', destination }), output: () => output };
};

describe('createLogger', () => {
  it('never writes a password, key, token, cookie, authorization header or secret', () => {
    const { logger, output } = capture();
    logger.info({ password: CANARY, apiKey: CANARY, token: CANARY, secret: CANARY }, 'top level');
    logger.info({ body: { password: CANARY, newPassword: CANARY, currentPassword: CANARY } }, 'a sign-up body');
    logger.info({ req: { headers: { authorization: `Bearer ${CANARY}`, cookie: `pc_session=${CANARY}`, 'x-api-key': CANARY } } }, 'a request');
    logger.info({ res: { headers: { 'set-cookie': `pc_session=${CANARY}` } } }, 'a response');
    logger.info({ config: { databaseUrl: `postgres://u:${CANARY}@db/pc`, redisUrl: `redis://:${CANARY}@r`, tokenSecret: CANARY } }, 'config');
    logger.child({ runId: 'run-1', nodeId: 'sc1', jobId: 'run-1_sc1_1' }).warn({ key: CANARY, clientSecret: CANARY }, 'child');
    const text = output();
    expect(text.split('\n').filter(Boolean)).toHaveLength(6);
    expect(text).not.toContain(CANARY);
    // The lines are still there, with their ids and a visible censor.
    expect(text).toContain('"runId":"run-1"');
    expect(text).toContain('"nodeId":"sc1"');
    expect(text).toContain('[redacted]');
  });

  it('keeps ordinary fields and puts service and the active trace ids on each line', async () => {
    const { logger, output } = capture();
    const { tracing } = startTestTracing('logger-test');
    try {
      trace.getTracer('test').startActiveSpan('work', (span) => {
        logger.info({ userId: 'u1', requestId: 'r1' }, 'inside a span');
        span.end();
      });
    } finally {
      await tracing.shutdown();
    }
    const line = JSON.parse(output().trim()) as Record<string, unknown>;
    expect(line).toMatchObject({ service: 'server', userId: 'u1', requestId: 'r1', msg: 'inside a span' });
    expect(line['traceId']).toMatch(/^[0-9a-f]{32}$/);
    expect(line['spanId']).toMatch(/^[0-9a-f]{16}$/);
  });
});
