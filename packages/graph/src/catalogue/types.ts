import type { z } from 'zod';
import type { PortDefinition } from '../ports.js';

/** Everything the product knows about one kind of node: fields, ports and functions. */
export interface NodeTypeDefinition<TType extends string = string, TFields extends z.ZodObject = z.ZodObject> {
  type: TType;
  label: string;
  description: string;
  /** Accent colour of the node on the canvas. */
  accent: string;
  /** The node's fields; parsing `{}` yields a complete set of defaults. */
  fields: TFields;
  /** Field groups in the order the properties panel shows them. */
  fieldGroups: ReadonlyArray<{ title: string; fields: ReadonlyArray<keyof z.infer<TFields> & string> }>;
  /** The fields a node card shows at a glance. */
  summaryFields: ReadonlyArray<keyof z.infer<TFields> & string>;
  inputs: readonly PortDefinition[];
  outputs: readonly PortDefinition[];
  /** Names of the node's functions, run by the Function Runner. */
  functions: readonly string[];
}

/** Declares a node type with its field types kept precise. */
export const defineNodeType = <TType extends string, TFields extends z.ZodObject>(
  definition: NodeTypeDefinition<TType, TFields>,
): NodeTypeDefinition<TType, TFields> => definition;
