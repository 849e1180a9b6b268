import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { portDataTypes } from '@pc/graph';
import { portColors } from '../port-colors.js';

const css = (file: string) => readFileSync(fileURLToPath(new URL(`../../styles/${file}`, import.meta.url)), 'utf8');

describe('port swatches', () => {
  it('give every port data type of the catalogue its colour in the tokens, handles, wires and drag highlight', () => {
    const tokens = css('tokens.css');
    const canvas = css('canvas.css');
    for (const type of portDataTypes) {
      expect(tokens).toContain(`--port-${type}: ${portColors[type]};`);
      expect(canvas).toContain(`[data-datatype='${type}'] {\n  --swatch: var(--port-${type});`);
      expect(canvas).toContain(`.edge--${type} {\n  --edge-color: var(--port-${type});`);
      expect(canvas).toContain(`[data-connecting='${type}'] .port-handle.target[data-datatype='${type}']`);
    }
  });
});
