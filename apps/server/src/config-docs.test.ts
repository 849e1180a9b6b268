import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { documentedEnvVariables } from '@pc/observability/testing';
import { describe, expect, it } from 'vitest';
import { serverEnvSchema } from './config.js';

describe('docs/configuration.md', () => {
  it('documents exactly the variables the server reads', () => {
    const markdown = readFileSync(fileURLToPath(new URL('../../../docs/configuration.md', import.meta.url)), 'utf8');
    expect(documentedEnvVariables(markdown, 'Server').sort()).toEqual(Object.keys(serverEnvSchema.shape).sort());
  });
});
