import { z } from 'zod';

/**
 * Field builders for the node catalogue. Each attaches the metadata the UI and the
 * JSON Schemas need (`title`, `description`, `x-widget`), so a field is declared once.
 */

/** Hard caps on field sizes: a graph is a document people share, not a blob store. */
export const FIELD_LIMITS = {
  shortText: 200,
  mediumText: 4_000,
  longText: 100_000,
  /** A whole screenplay (a Script node's source): a 250-page feature is about 400,000 characters. */
  screenplay: 1_000_000,
  listItems: 100,
} as const;

export type FieldWidget = 'text' | 'textarea' | 'script' | 'select' | 'combo' | 'number' | 'tags' | 'color' | 'group';

interface FieldMeta {
  title: string;
  description?: string;
}

const meta = (m: FieldMeta, widget: FieldWidget, extra: Record<string, unknown> = {}) => ({
  title: m.title,
  ...(m.description ? { description: m.description } : {}),
  'x-widget': widget,
  ...extra,
});

/** A one-line text field; blank by default. */
export const text = (m: FieldMeta, max: number = FIELD_LIMITS.shortText) =>
  z.string().max(max).default('').meta(meta(m, 'text'));

/** A multi-line prose field (synopsis, bio, description). */
export const prose = (m: FieldMeta, max: number = FIELD_LIMITS.mediumText) =>
  z.string().max(max).default('').meta(meta(m, 'textarea'));

/** Long collaborative text (a Fountain fragment, a prompt): a Y.Text in the live document. */
export const longText = (m: FieldMeta, widget: 'textarea' | 'script' = 'textarea', max: number = FIELD_LIMITS.longText) =>
  z.string().max(max).default('').meta(meta(m, widget, { 'x-collaborative-text': true }));

/** A closed choice. */
export const choice = <const T extends readonly [string, ...string[]]>(values: T, fallback: T[number], m: FieldMeta) =>
  z.enum(values).default(fallback).meta(meta(m, 'select'));

/** Free text with suggested values (time of day: DAY, NIGHT … or anything a script says). */
export const suggested = (values: readonly string[], m: FieldMeta) =>
  z.string().max(FIELD_LIMITS.shortText).default('').meta(meta(m, 'combo', { examples: [...values] }));

/** A list of short strings (tags, aliases). */
export const list = (m: FieldMeta) =>
  z.array(z.string().min(1).max(FIELD_LIMITS.shortText)).max(FIELD_LIMITS.listItems).default([]).meta(meta(m, 'tags'));

/** An integer, or null when the value is derived (a seed derived from the node id). */
export const optionalInt = (m: FieldMeta, min: number, max: number) =>
  z.number().int().min(min).max(max).nullable().default(null).meta(meta(m, 'number'));

/** A finite number, or null when derived (a shot's duration derived from its action). */
export const optionalNumber = (m: FieldMeta, min: number, max: number) =>
  z.number().min(min).max(max).nullable().default(null).meta(meta(m, 'number'));

export const workflowStatuses = ['todo', 'wip', 'review', 'approved', 'retake', 'done'] as const;
export type WorkflowStatus = (typeof workflowStatuses)[number];

/** Largest seed a back end accepts everywhere (ComfyUI and most samplers take uint32). */
export const MAX_SEED = 4_294_967_295;

/** The fields every node carries, whatever its type. */
export const commonFields = {
  name: text({ title: 'Name' }),
  notes: prose({ title: 'Notes' }),
  tags: list({ title: 'Tags' }),
  status: choice(workflowStatuses, 'todo', { title: 'Status', description: 'Where this node is in the review loop.' }),
  color: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, 'Use a hex colour such as #4f46e5')
    .nullable()
    .default(null)
    .meta(meta({ title: 'Colour' }, 'color')),
};
