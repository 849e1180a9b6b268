import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFountain } from './parse.js';

// Lines shaped like screenplay parts, so the generator reaches every branch, not only action.
const fountainLine = fc.oneof(
  fc.constantFrom('', '  ', 'INT. KITCHEN - NIGHT #1#', 'ANNA', 'BEN (V.O.) ^', '@mia', '(beat)', 'CUT TO:', '> X <', '>',
    '!', '!BANG', '#', '## Act', '= syn', '===', '~la', '[[', ']]', '[[note]]', '/*', '*/', '.', '...', 'Title: T', '\t', '\r'),
  fc.string({ maxLength: 12 }),
);
const fountainText = fc.array(fountainLine, { maxLength: 40 }).map((lines) => lines.join('\n'));

describe('parseFountain is total', () => {
  it('never throws on any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
      parseFountain(text);
    }), { numRuns: 500 });
    // fast-check's generation of 500 binary strings, not the parser (~90 ms of the run), takes
    // seconds on a loaded 2-core box: vitest's 5 s default failed it there.
  }, 30_000);

  it('on screenplay-shaped text: lines are in order and inside the source, no CR survives', () => {
    fc.assert(fc.property(fountainText, (text) => {
      const script = parseFountain(text);
      const lineCount = text.replace(/\r\n?/g, '\n').split('\n').length;
      let previous = 0;
      for (const element of script.elements) {
        expect(element.line).toBeGreaterThanOrEqual(Math.max(previous, 1));
        expect(element.line).toBeLessThanOrEqual(lineCount);
        previous = element.line;
        if ('text' in element) expect(element.text).not.toContain('\r');
      }
      expect(parseFountain(text)).toEqual(script);
    }), { numRuns: 1000 });
  });
});
