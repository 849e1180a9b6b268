import { expect } from 'vitest';
import { bodyOf } from './harness.js';

/** An import refused as the routes refuse a bad source: 422 problem+json, `validation_failed`, the error's `code` on `source`. */
export const expectSourceRefusal = async (response: Response, code: string): Promise<void> => {
  expect(response.status).toBe(422);
  expect(response.headers.get('Content-Type')).toBe('application/problem+json');
  expect(await bodyOf(response)).toMatchObject({ status: 422, code: 'validation_failed', errors: [{ path: 'source', code }] });
};
