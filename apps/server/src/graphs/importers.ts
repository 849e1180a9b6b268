import { z } from '@hono/zod-openapi';
import { graphDocumentSchema, type GraphDocument } from '@pc/graph';
import { ApiError, fieldErrorsFromZod } from '../errors/api-error.js';

/** Formats `POST /graphs/import` accepts. Adding one is a line here and an importer below. */
export const importFormatSchema = z.enum(['json', 'fountain']);
export type ImportFormat = z.infer<typeof importFormatSchema>;

/** What an importer makes of a source: a document, and a name when the source has one. */
export interface ImportedGraph {
  document: GraphDocument;
  name?: string;
}

/** `source` as the request carries it: text, or (for JSON) the parsed document itself. */
export type ImportSource = string | Record<string, unknown>;

type Importer = (source: ImportSource) => ImportedGraph;

const importers: Record<ImportFormat, Importer> = {
  json: importGraphJson,
  fountain: notYetSupported('fountain', 'Fountain screenplay import is not available yet; import GraphJSON (format "json") for now.'),
};

/**
 * Turns a source into a document, or throws a 422 whose errors point into `source`.
 * The document is only parsed here; the caller validates it like any other write.
 */
export const importGraph = (format: ImportFormat, source: ImportSource): ImportedGraph => importers[format](source);

function importGraphJson(source: ImportSource): ImportedGraph {
  const value = typeof source === 'string' ? parseJsonSource(source) : source;
  const parsed = graphDocumentSchema.safeParse(value);
  if (!parsed.success) {
    throw new ApiError('validation_failed', {
      detail: 'The source is not a GraphJSON document.',
      errors: fieldErrorsFromZod(parsed.error, ['source']),
    });
  }
  return { document: parsed.data };
}

function parseJsonSource(source: string): unknown {
  try {
    return JSON.parse(source);
  } catch (error) {
    const reason = error instanceof SyntaxError ? error.message : 'unreadable';
    throw new ApiError('validation_failed', {
      detail: 'The source is not valid JSON.',
      errors: [{ path: 'source', code: 'invalid_json', message: `Not valid JSON: ${reason}` }],
    });
  }
}

function notYetSupported(format: ImportFormat, detail: string): Importer {
  return () => {
    throw new ApiError('unsupported_format', { detail, errors: [{ path: 'format', code: 'unsupported_format', message: `"${format}" cannot be imported yet.` }] });
  };
}
