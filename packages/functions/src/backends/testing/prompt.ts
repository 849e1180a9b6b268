import type { CompiledPrompt } from '../../shot/compile-prompt.js';
import type { GenerationRequest } from '../types.js';

export const samplePrompt = (overrides: Partial<CompiledPrompt> = {}): CompiledPrompt => ({
  positive: 'Medium close-up, low angle, 35mm lens. ANNA stirs the pot.',
  negative: 'text, watermark, blurry',
  seed: 1234,
  width: 1024,
  height: 576,
  references: [{ role: 'character', entityId: 'c_anna', name: 'ANNA', weight: 1 }],
  hash: 'f'.repeat(64),
  ...overrides,
});

export const sampleRequest = (overrides: Partial<GenerationRequest> = {}): GenerationRequest => ({
  prompt: samplePrompt(),
  references: [],
  idempotencyKey: 'run1_shot1',
  ...overrides,
});
