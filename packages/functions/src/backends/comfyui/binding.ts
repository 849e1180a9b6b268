/*
 * A ComfyUI binding maps our prompt slots to inputs of an API-format workflow by path:
 * `"6.inputs.text"` is input `text` of node `6`. Paths are checked against the workflow
 * before anything is sent, so a renamed node is a config error naming the slot and path,
 * not a confusing 400 from the server.
 */
import { z } from 'zod';

/** An API-format workflow: `{nodeId: {class_type, inputs}}`; a link is `[nodeId, outputIndex]`. */
export const ComfyWorkflowSchema = z.record(
  z.string(),
  z.looseObject({ class_type: z.string(), inputs: z.record(z.string(), z.unknown()) }),
);
export type ComfyWorkflow = z.infer<typeof ComfyWorkflowSchema>;

const inputPath = z.string().regex(/^[^.]+\.inputs\.[^.]+$/, 'a path like "6.inputs.text"');

/** Which workflow inputs receive which prompt slots; `output` is the SaveImage node whose images we return. */
export const ComfyBindingSchema = z.strictObject({
  positive: inputPath,
  negative: inputPath.optional(),
  seed: inputPath.optional(),
  width: inputPath.optional(),
  height: inputPath.optional(),
  steps: inputPath.optional(),
  /** A LoadImage input; receives the uploaded name of the first reference image. */
  referenceImage: inputPath.optional(),
  output: z.string().min(1),
});
export type ComfyBinding = z.infer<typeof ComfyBindingSchema>;
export type ComfyInputSlot = Exclude<keyof ComfyBinding, 'output'>;

/** One thing wrong with a binding: the slot, its path and why. */
export interface BindingProblem {
  slot: keyof ComfyBinding;
  path: string;
  reason: string;
}

const splitPath = (path: string): [nodeId: string, input: string] => {
  const [nodeId = '', , input = ''] = path.split('.');
  return [nodeId, input];
};

/** Every path in the binding that does not name an existing literal input (or, for `output`, a node). */
export function findBindingProblems(workflow: ComfyWorkflow, binding: ComfyBinding): BindingProblem[] {
  const problems: BindingProblem[] = [];
  for (const [slot, path] of Object.entries(binding) as [keyof ComfyBinding, string | undefined][]) {
    if (path === undefined) continue;
    if (slot === 'output') {
      if (!workflow[path]) problems.push({ slot, path, reason: `node ${path} is not in the workflow` });
      continue;
    }
    const [nodeId, input] = splitPath(path);
    const node = workflow[nodeId];
    if (!node) problems.push({ slot, path, reason: `node ${nodeId} is not in the workflow` });
    else if (!(input in node.inputs)) problems.push({ slot, path, reason: `node ${nodeId} (${node.class_type}) has no input "${input}"` });
    else if (Array.isArray(node.inputs[input])) problems.push({ slot, path, reason: `input "${input}" of node ${nodeId} is a link, not a value` });
  }
  return problems;
}

/**
 * A deep copy of the workflow with the values written at their bound paths. The binding
 * must have been checked with `findBindingProblems`; unbound slots are skipped.
 */
export function bindWorkflow(
  workflow: ComfyWorkflow,
  binding: ComfyBinding,
  values: Partial<Record<ComfyInputSlot, string | number>>,
): ComfyWorkflow {
  const bound = structuredClone(workflow);
  for (const [slot, value] of Object.entries(values) as [ComfyInputSlot, string | number | undefined][]) {
    const path = binding[slot];
    if (path === undefined || value === undefined) continue;
    const [nodeId, input] = splitPath(path);
    const node = bound[nodeId];
    if (node) node.inputs[input] = value;
  }
  return bound;
}
