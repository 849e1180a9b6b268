import { describe, expect, it } from 'vitest';
import { bodyOf, type ApiHarness } from '../test/harness.js';

/** Probes, ending with the database closed: call it last in a file. */
export function describeReadiness(harness: () => ApiHarness): void {
  describe('probes', () => {
    it('answers /healthz and /readyz while the database is up', async () => {
      expect(await bodyOf(await harness().request('/healthz'))).toEqual({ status: 'ok' });
      const ready = await harness().request('/readyz');
      expect(ready.status).toBe(200);
      expect(await bodyOf(ready)).toEqual({ status: 'ready', checks: { database: 'ok', migrations: 'ok' } });
    });

    it('answers /readyz with 503 once the database is closed, and /healthz still with 200', async () => {
      await harness().test.database.close();
      const response = await harness().request('/readyz');
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('5');
      expect(response.headers.get('Content-Type')).toBe('application/problem+json');
      expect(await bodyOf(response)).toMatchObject({ code: 'service_unavailable', checks: { database: 'unreachable' } });
      expect((await harness().request('/healthz')).status).toBe(200);
    });
  });
}
