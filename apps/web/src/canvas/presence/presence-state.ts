import { z } from 'zod';

/*
 * What each client announces over awareness (y-protocols), and the schema every remote
 * state is parsed with: awareness is input from other people's browsers, relayed by the
 * server as is, so a malformed state is ignored rather than trusted.
 */

const finite = z.number().finite();
const point = z.object({ x: finite, y: finite });
const id = z.string().min(1).max(64);

export const presenceUserSchema = z.object({
  id: id,
  name: z.string().min(1).max(200),
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/),
});

export const presenceStateSchema = z.object({
  user: presenceUserSchema,
  /** The pointer over the canvas, in flow coordinates; null when it left the canvas. */
  cursor: point.nullable().optional(),
  /** Selected node ids. */
  selection: z.array(id).max(1_000).optional(),
  /** Nodes being dragged right now and their live positions (committed at drag end). */
  drag: z
    .record(id, point)
    .refine((drag) => Object.keys(drag).length <= 1_000)
    .nullable()
    .optional(),
  /** The centre of the view in flow coordinates and the zoom, for "follow". */
  view: z.object({ x: finite, y: finite, zoom: z.number().positive().max(100) }).nullable().optional(),
});

export type PresenceUser = z.infer<typeof presenceUserSchema>;
export type PresenceState = z.infer<typeof presenceStateSchema>;
/** The fields a client publishes after its user (each replaced whole). */
export type PresencePatch = Partial<Omit<PresenceState, 'user'>>;

/** Another client in the room (one person may have several tabs: several peers). */
export interface Peer {
  readonly clientId: number;
  readonly user: PresenceUser;
  readonly cursor: { readonly x: number; readonly y: number } | null;
  readonly selection: readonly string[];
  readonly drag: Readonly<Record<string, { readonly x: number; readonly y: number }>> | null;
  readonly view: { readonly x: number; readonly y: number; readonly zoom: number } | null;
}

/** A remote awareness state as a {@link Peer}, or null when it is not ours to show. */
export const toPeer = (clientId: number, raw: unknown): Peer | null => {
  const parsed = presenceStateSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { user, cursor, selection, drag, view } = parsed.data;
  return { clientId, user, cursor: cursor ?? null, selection: selection ?? [], drag: drag ?? null, view: view ?? null };
};
