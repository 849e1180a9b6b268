import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockingIssues, kitchenStory } from '../testing/scripts.js';
import { importScreenplay } from './import-screenplay.js';

// Screenplay-shaped noise: headings, cues, transitions and markup mixed with anything.
const line = fc.oneof(
  fc.string(),
  fc.constantFrom('', '', 'INT. HOUSE - KITCHEN - NIGHT', 'ext. street #12A#', '.FLASHBACK', 'I/E CAR - MOVING', 'EST. CITY', 'INT. - DAY #1.1#'),
  fc.constantFrom('ANNA', 'BEN (V.O.)', 'ANNA & BEN', '@McCLANE ^', 'MRS. PARK', 'ZOË (CONT’D)', '(quietly)', 'CUT TO:', '> FADE OUT.'),
  fc.constantFrom('= synopsis', '# ACT I', '[[note', ']]', '/*', '*/', '===', 'Title: X', '  ', '\r', 'BEN watches ANNA.'),
);
const screenplay = fc.array(line, { maxLength: 40 }).map((lines) => lines.join('\n'));

describe('importScreenplay on any text', () => {
  it('never throws and always yields a document without blocking issues', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), screenplay), (source) => {
        const { document } = importScreenplay(source);
        expect(blockingIssues(document)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('is idempotent: importing a script into its own result changes nothing', () => {
    fc.assert(
      fc.property(screenplay, (source) => {
        const first = importScreenplay(source).document;
        const again = importScreenplay(source, { existing: first });
        expect(again.document).toEqual(first);
        expect(again.report.changes.addedNodes.length + again.report.changes.updatedNodes.length + again.report.changes.addedEdges.length).toBe(0);
      }),
      { numRuns: 200 },
    );
  });

  it('syncs any script into any other import without blocking issues', () => {
    fc.assert(
      fc.property(screenplay, screenplay, (a, b) => {
        const { document } = importScreenplay(b, { existing: importScreenplay(a).document });
        expect(blockingIssues(document)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps a large script within the graph limits', () => {
    const big = Array.from({ length: 2_100 }, (_, i) => `INT. ROOM ${i} - DAY\n\nCHAR${i % 700}\nHello.`).join('\n\n');
    const { document, report } = importScreenplay(big);
    expect(blockingIssues(document)).toEqual([]);
    expect(report.warnings.some((warning) => warning.code === 'truncated')).toBe(true);
    expect(importScreenplay(kitchenStory.repeat(3)).report.scenes).toBe(9);
    // A correctness check of a 2,100-scene import, not a timing: on a loaded 2-core box it takes 4–6 s.
  }, 60_000);
});
