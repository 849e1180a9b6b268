/*
 * Back-end configuration as stored per workspace: a zod discriminated union on `kind`.
 * Secrets appear only as `SecretRef`s; `createBackend` resolves them.
 */
import { z } from 'zod';
import { ComfyBindingSchema, ComfyWorkflowSchema, findBindingProblems } from './comfyui/binding.js';
import { SecretRefSchema } from './secrets.js';

const httpUrl = z.url({ protocol: /^https?$/ });
const timeoutMs = z.int().positive().max(3_600_000);

/** A ComfyUI server: the workflow to run and where our prompt slots go in it. */
export const ComfyUIConfigSchema = z
  .strictObject({
    kind: z.literal('comfyui'),
    /** Shown in provenance and logs; defaults to the kind. */
    name: z.string().min(1).optional(),
    url: httpUrl,
    workflow: ComfyWorkflowSchema,
    binding: ComfyBindingSchema,
    /** Sampler steps written at `binding.steps`; the workflow's own value when absent. */
    steps: z.int().positive().max(1_000).optional(),
    /** Sent as `client_id` and on the WebSocket; one per process when absent. */
    clientId: z.string().min(1).optional(),
    timeoutMs: timeoutMs.default(600_000),
    /** History polling interval when the WebSocket is lost. */
    pollIntervalMs: z.int().positive().default(1_000),
  })
  .check((ctx) => {
    for (const problem of findBindingProblems(ctx.value.workflow, ctx.value.binding)) {
      ctx.issues.push({
        code: 'custom',
        input: problem.path,
        path: ['binding', problem.slot],
        message: `${problem.path}: ${problem.reason}`,
      });
    }
  });
export type ComfyUIConfig = z.infer<typeof ComfyUIConfigSchema>;

/**
 * How our width × height becomes the `size` an OpenAI-compatible endpoint accepts:
 * `exact` sends it as is, `nearest` picks the allowed size closest in aspect ratio,
 * `fixed` always sends one size.
 */
export const SizePolicySchema = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('exact') }),
  z.strictObject({
    mode: z.literal('nearest'),
    sizes: z.array(z.string().regex(/^\d+x\d+$/)).min(1).default(['1024x1024', '1536x1024', '1024x1536']),
  }),
  z.strictObject({ mode: z.literal('fixed'), size: z.string().regex(/^\d+x\d+$/) }),
]);
export type SizePolicy = z.infer<typeof SizePolicySchema>;

/** An OpenAI-compatible images endpoint (OpenAI, LocalAI, vLLM-omni and kin). */
export const OpenAIImagesConfigSchema = z.strictObject({
  kind: z.literal('openai-images'),
  name: z.string().min(1).optional(),
  /** The API base, such as `https://api.openai.com/v1`. */
  url: httpUrl,
  model: z.string().min(1),
  apiKey: SecretRefSchema,
  size: SizePolicySchema.default({ mode: 'nearest', sizes: ['1024x1024', '1536x1024', '1024x1536'] }),
  /** Send our seed as `seed`; servers that do not know the field ignore it. */
  sendSeed: z.boolean().default(true),
  /** Extra body fields merged into the request (`quality`, `style`, server-specific knobs). */
  extra: z.record(z.string(), z.unknown()).default({}),
  timeoutMs: timeoutMs.default(180_000),
});
export type OpenAIImagesConfig = z.infer<typeof OpenAIImagesConfigSchema>;

/**
 * A workspace's generation back end. Parse stored JSON with `BackendConfigSchema.parse`;
 * binding paths are validated against the workflow.
 */
export const BackendConfigSchema = z.discriminatedUnion('kind', [ComfyUIConfigSchema, OpenAIImagesConfigSchema]);
export type BackendConfig = z.infer<typeof BackendConfigSchema>;
/** The config as written (defaults optional), for building configs in code. */
export type BackendConfigInput = z.input<typeof BackendConfigSchema>;
