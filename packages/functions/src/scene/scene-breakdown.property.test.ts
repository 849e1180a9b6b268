import fc from 'fast-check';
import { canonicalJson } from '@pc/graph';
import { describe, expect, it } from 'vitest';
import { runFunction } from '../registry.js';

describe('sceneBreakdown on any script text', () => {
  it('never throws, outputs canonical JSON and at least an eighth of a page', async () => {
    const signal = new AbortController().signal;
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300 }), async (scriptText) => {
        const result = await runFunction('sceneBreakdown', { node: { id: 's', type: 'scene', data: { scriptText } } }, { signal });
        expect(() => canonicalJson(result.outputs)).not.toThrow();
        expect((result.outputs['breakdown'] as { eighths: number }).eighths).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 200 },
    );
  });
});
