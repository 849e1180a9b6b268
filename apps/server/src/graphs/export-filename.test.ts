import { describe, expect, it } from 'vitest';
import { attachment, exportFilename } from './export-filename.js';

describe('exportFilename', () => {
  it('slugs the graph name and adds the .pcanvas.json suffix', () => {
    expect(exportFilename('Harbour — Pilot, Ep. 1')).toBe('harbour-pilot-ep-1.pcanvas.json');
  });

  it('folds accents and drops everything that is not a letter or digit', () => {
    expect(exportFilename('Café "Noir" / Scène 12')).toBe('cafe-noir-scene-12.pcanvas.json');
  });

  it('falls back to "graph" when nothing is left', () => {
    expect(exportFilename('東京 ✨')).toBe('graph.pcanvas.json');
  });

  it('makes an attachment header whose filename cannot break out of its quotes', () => {
    expect(attachment(exportFilename('a"b\r\nc'))).toBe('attachment; filename="a-b-c.pcanvas.json"');
  });
});
