import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../errors/api-error.js';
import { requestId } from '../request-id/index.js';
import { problemErrorHandler, problemNotFound } from './index.js';

const logged: unknown[] = [];
const logger = pino({ level: 'error' }, { write: (line: string) => logged.push(JSON.parse(line)) });

const app = new Hono()
  .use(requestId({ generate: () => 'req-1' }))
  .get('/conflict', () => {
    throw new ApiError('revision_conflict', { detail: 'Graph is at revision 4.', extensions: { currentRevision: 4 } });
  })
  .get('/invalid', () => {
    throw new ApiError('invalid_graph', { errors: [{ path: 'document.edges.0', message: 'Cycle', code: 'cycle' }] });
  })
  .get('/malformed', () => {
    throw new HTTPException(400, { message: 'Malformed JSON in request body' });
  })
  .get('/nul', () => {
    // drizzle wraps the driver's error; the SQLSTATE is on the cause.
    throw new Error('Failed query', { cause: Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), { code: '22021' }) });
  })
  .get('/bug', () => {
    throw new Error('connection string postgres://secret@db');
  });
app.onError(problemErrorHandler({ logger }));
app.notFound(problemNotFound);

const problemOf = async (path: string) => {
  const response = await app.request(path);
  expect(response.headers.get('Content-Type')).toBe('application/problem+json');
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

describe('problem+json errors', () => {
  it('renders an ApiError with its code, status, request id and extensions', async () => {
    expect(await problemOf('/conflict')).toEqual({
      status: 412,
      body: {
        type: 'urn:production-canvas:problem:revision_conflict',
        title: 'Revision conflict',
        status: 412,
        detail: 'Graph is at revision 4.',
        code: 'revision_conflict',
        requestId: 'req-1',
        currentRevision: 4,
      },
    });
  });

  it('lists field errors', async () => {
    const { body } = await problemOf('/invalid');
    expect(body['errors']).toEqual([{ path: 'document.edges.0', message: 'Cycle', code: 'cycle' }]);
  });

  it("maps Hono's malformed-JSON exception to invalid_json", async () => {
    expect(await problemOf('/malformed')).toMatchObject({ status: 400, body: { code: 'invalid_json' } });
  });

  it('hides the details of an unexpected error and logs them', async () => {
    const { status, body } = await problemOf('/bug');
    expect(status).toBe(500);
    expect(JSON.stringify(body)).not.toContain('secret');
    expect(body).toMatchObject({ code: 'internal_error', requestId: 'req-1' });
    expect(JSON.stringify(logged)).toContain('postgres://secret@db');
  });

  it('answers unknown routes with a 404 problem', async () => {
    expect(await problemOf('/nowhere')).toMatchObject({ status: 404, body: { code: 'not_found', detail: 'No route for GET /nowhere.' } });
  });

  it('answers 400, not 500, when the database refuses a NUL character of the request', async () => {
    const response = await app.request('/nul');
    expect(response.status).toBe(400);
    expect(((await response.json()) as { code: string }).code).toBe('bad_request');
  });
});
