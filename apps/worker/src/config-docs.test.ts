import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { documentedEnvVariables } from '@pc/observability/testing';
import { describe, expect, it } from 'vitest';
import { workerEnvSchema } from './config.js';

describe('docs/configuration.md', () => {
  it('documents exactly the variables the worker reads', () => {
    const markdown = readFileSync(fileURLToPath(new URL('../../../docs/configuration.md', import.meta.url)), 'utf8');
    expect(documentedEnvVariables(markdown, 'Worker').sort()).toEqual(Object.keys(workerEnvSchema.shape).sort());
  });
});
