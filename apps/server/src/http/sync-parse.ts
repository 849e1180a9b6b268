import { z, type OpenAPIHono } from '@hono/zod-openapi';

type OpenAPIRegistry = OpenAPIHono['openAPIRegistry'];

/**
 * A request body schema that hono's validator parses through zod's compiled path. zod 4
 * compiles an object's parser only for synchronous parses, and the validator calls
 * `safeParseAsync`: for a 1,000-node graph that is the interpreted path, ~1.7× the CPU.
 * Only for schemas with no async refinement (a sync parse would throw on one, a 500 the
 * route's tests would show).
 */
export function parsedSynchronously<Schema extends z.ZodType>(schema: Schema): Schema {
  schema.safeParseAsync = (data, params) => Promise.resolve(schema.safeParse(data, params));
  return schema;
}

/**
 * Every registered route's query, path-parameter and header schemas parsed synchronously: they are
 * small, but every request of a route pays for them, and the async parse is zod's
 * interpreted path with promises per field. A schema that turns out to need the async parse
 * (an async refinement: zod throws on the sync one) falls back to it, so this is safe for
 * any route. hono's validator looks `safeParseAsync` up per request: routes registered
 * before this call get it too.
 */
export function parseQueriesAndParamsSynchronously(registry: OpenAPIRegistry): void {
  for (const definition of registry.definitions) {
    if (definition.type !== 'route') continue;
    const { query, params, headers } = definition.route.request ?? {};
    // Headers may be declared as one object or as a list of schemas.
    for (const schema of [query, params, ...(Array.isArray(headers) ? headers : [headers])]) if (schema && !synchronous.has(schema)) parseSynchronouslyWhenItCan(schema);
  }
}

const synchronous = new WeakSet<z.ZodType>();

function parseSynchronouslyWhenItCan(schema: z.ZodType): void {
  const parseAsync = schema.safeParseAsync.bind(schema);
  schema.safeParseAsync = (data, params) => {
    try {
      return Promise.resolve(schema.safeParse(data, params));
    } catch (error) {
      if (error instanceof z.core.$ZodAsyncError) return parseAsync(data, params);
      throw error;
    }
  };
  synchronous.add(schema);
}
