import { z } from '@hono/zod-openapi';

/** The SSE fields a reader sees besides `data`: the event name and, when the stream resumes, its id. */
const eventId = z.string().optional().openapi({ description: 'The `id:` field: send the last one back as `Last-Event-ID` to resume.' });

/** An event's data: the component name it is declared under, and the zod schema its data is built or validated with. */
export type EventData = readonly [component: string, schema: z.ZodType];

/**
 * The 200 of a Server-Sent Events operation. OpenAPI 3.1 has no way to describe one event of
 * a stream (3.2's `itemSchema`), so the `text/event-stream` schema is a union of what a reader
 * gets after parsing an event — `{event, id, data}`, `data` being the JSON of the event's
 * named schema — and the description lists each event with its schema. `events` maps each
 * event name to the zod schema the route builds (or the engine validates) its data with, so
 * the document cannot drift from what is sent.
 */
export function eventStreamResponse(description: string, events: Readonly<Record<string, EventData>>) {
  const envelopes = Object.entries(events).map(([name, [component, data]]) =>
    z.object({ event: z.literal(name).openapi({ description: 'The `event:` field.' }), id: eventId, data: data.openapi(component) }).openapi({ title: name }),
  );
  const listed = Object.entries(events).map(([name, [component]]) => `\`${name}\` → \`#/components/schemas/${component}\``);
  return {
    description: `${description} Events, each \`data\` the JSON of the schema referenced: ${listed.join(', ')}.`,
    content: {
      'text/event-stream': {
        schema: (envelopes.length === 1 ? envelopes[0]! : z.union(envelopes as unknown as [z.ZodType, z.ZodType, ...z.ZodType[]])).openapi({
          description: `One event of the stream, parsed (\`event\`, \`id\` and \`data\` as JSON): ${Object.keys(events).join(', ')}.`,
        }),
      },
    },
  };
}
