import { z } from '@hono/zod-openapi';
import { FinalDraftError, finalDraftToFountain, placeWarnings, type FinalDraftConversion } from '@pc/final-draft';
import { graphDocumentSchema, type GraphDocument } from '@pc/graph';
import { PdfScreenplayError, pdfToFountain, placeWarnings as placePdfWarnings, type PdfConversion } from '@pc/pdf-screenplay';
import { importScreenplay, type ImportReport } from '@pc/screenplay';
import { ApiError, fieldErrorsFromZod } from '../errors/api-error.js';
import { pdfBytes } from './pdf-source.js';
import { isScreenplayFileFormat, screenplayFileConversion } from './screenplay-file-source.js';

/** Formats `POST /graphs/import` accepts. Adding one is a line here and an importer below. */
export const importFormatSchema = z.enum([
  'json',
  'fountain',
  'fdx',
  // Files as base64 (packages/screenplay-files, packages/pdf-screenplay).
  'fadein',
  'highland',
  'docx',
  'pdf',
]);
export type ImportFormat = z.infer<typeof importFormatSchema>;

/** What an importer makes of a source: a document, a name when the source has one, and what a screenplay import found. */
export interface ImportedGraph {
  document: GraphDocument;
  name?: string;
  report?: ImportReport;
}

/** `source` as the request carries it: text, or (for JSON) the parsed document itself. */
export type ImportSource = string | Record<string, unknown>;

type Importer = (source: ImportSource) => ImportedGraph | Promise<ImportedGraph>;

const importers: Record<ImportFormat, Importer> = {
  json: importGraphJson,
  fountain: (source) => importFountain(source),
  fdx: (source) => importFinalDraft(source),
  fadein: (source) => importScreenplayFile('fadein', source),
  highland: (source) => importScreenplayFile('highland', source),
  docx: (source) => importScreenplayFile('docx', source),
  pdf: (source) => importPdf(source),
};

const SCREENPLAY_FORMATS: readonly ImportFormat[] = ['fountain', 'fdx', 'fadein', 'highland', 'docx', 'pdf'];

/**
 * Turns a source into a document, or throws a 422 whose errors point into `source`.
 * The document is only parsed here; the caller validates it like any other write.
 */
export const importGraph = async (format: ImportFormat, source: ImportSource): Promise<ImportedGraph> => importers[format](source);

/**
 * Re-imports a source into an existing graph's document (`POST /graphs/:id/import`):
 * a screenplay syncs (matched scenes updated, user work kept, removed scenes flagged; see
 * packages/screenplay). GraphJSON has nothing to sync, so it is refused: PUT replaces.
 */
export const reimportGraph = async (format: ImportFormat, source: ImportSource, existing: GraphDocument): Promise<ImportedGraph> => {
  if (format === 'fountain') return importFountain(source, existing);
  if (format === 'fdx') return importFinalDraft(source, existing);
  if (isScreenplayFileFormat(format)) return importScreenplayFile(format, source, existing);
  if (format === 'pdf') return importPdf(source, existing);
  throw new ApiError('unsupported_format', {
    detail: `Only a screenplay (format ${SCREENPLAY_FORMATS.map((name) => `"${name}"`).join(' or ')}) can be re-imported into a graph; replace a document with PUT /graphs/{id}.`,
    errors: [{ path: 'format', code: 'unsupported_format', message: `"${format}" cannot be re-imported.` }],
  });
};

const screenplayText = (source: ImportSource, kind: string): string => {
  if (typeof source === 'string') return source;
  throw new ApiError('validation_failed', {
    detail: `A ${kind} source is the screenplay as text.`,
    errors: [{ path: 'source', code: 'invalid_type', message: 'Expected the screenplay as a string.' }],
  });
};

/** How a converted file (`.fdx`, Fade In, Highland, Word, PDF) is imported: a file with no scene is the wrong file, and Final Draft marks its shots. */
interface ConvertedScript {
  shotLines?: number[];
}

function importFountain(source: ImportSource, existing?: GraphDocument, converted?: ConvertedScript): ImportedGraph {
  const requireScenes = converted !== undefined;
  const { document, report } = importScreenplay(screenplayText(source, 'Fountain'), { ...(existing ? { existing } : {}), ...(converted?.shotLines ? { shotLines: converted.shotLines } : {}) });
  // A re-import of a text with no scene (the wrong file, a title page alone) would tag every
  // scene of the graph removed-from-script and replace the Script's source: refused, as the
  // web app refuses it. A new graph from such a text is harmless and keeps its warning.
  if ((existing || requireScenes) && report.scenes === 0) {
    throw new ApiError('validation_failed', {
      detail: 'The screenplay has no scene heading (INT. / EXT.): re-importing it would flag every scene of the graph as removed from the script.',
      errors: [{ path: 'source', code: 'no_scene_headings', message: 'No scene heading (INT. / EXT.) found.' }],
    });
  }
  return { document, report, ...(report.title ? { name: report.title } : {}) };
}

/**
 * A Final Draft file (`.fdx`) is converted to Fountain (packages/final-draft) and imported
 * as that: the Script node keeps the Fountain; warnings name the paragraph and scene of the
 * `.fdx` (a line of the Fountain means nothing in Final Draft). A file
 * that is not Final Draft, or one without a scene heading, is refused even for a new graph:
 * a structured file with no scene is the wrong file, not a draft in progress.
 */
function importFinalDraft(source: ImportSource, existing?: GraphDocument): ImportedGraph {
  const xml = screenplayText(source, 'Final Draft');
  let conversion: FinalDraftConversion;
  try {
    conversion = finalDraftToFountain(xml);
  } catch (error) {
    if (!(error instanceof FinalDraftError)) throw error;
    throw new ApiError('validation_failed', {
      detail: `The source is not a Final Draft (.fdx) script: ${error.message}`,
      errors: [{ path: 'source', code: error.code, message: error.line === undefined ? error.message : `Line ${error.line}: ${error.message}` }],
    });
  }
  const imported = importFountain(conversion.fountain, existing, conversion);
  return imported.report ? { ...imported, report: { ...imported.report, warnings: placeWarnings(imported.report.warnings, conversion.places) } } : imported;
}

/**
 * A Fade In, Highland or Word file (`source` as base64) is converted to Fountain and imported as
 * that, refused like an `.fdx` when it has no scene heading; warnings name the paragraph and
 * scene of the user's file (Highland's text is Fountain: its line numbers stand).
 */
function importScreenplayFile(format: 'fadein' | 'highland' | 'docx', source: ImportSource, existing?: GraphDocument): ImportedGraph {
  const { conversion, application } = screenplayFileConversion(format, source);
  const imported = importFountain(conversion.fountain, existing, conversion);
  if (!imported.report || conversion.places.length === 0) return imported;
  return { ...imported, report: { ...imported.report, warnings: placeWarnings(imported.report.warnings, conversion.places, application) } };
}

/**
 * A screenplay PDF (`source`: the file's bytes in base64) is converted to Fountain
 * (packages/pdf-screenplay) and imported as that; warnings name the PDF's page. A scan, a
 * password-protected file, anything not a PDF, or a PDF without a scene heading is refused.
 */
async function importPdf(source: ImportSource, existing?: GraphDocument): Promise<ImportedGraph> {
  const bytes = pdfBytes(source);
  let conversion: PdfConversion;
  try {
    conversion = await pdfToFountain(bytes);
  } catch (error) {
    if (!(error instanceof PdfScreenplayError)) throw error;
    throw new ApiError('validation_failed', {
      detail: error.code === 'no_text' ? error.message : `The source is not a readable screenplay PDF: ${error.message}`,
      errors: [{ path: 'source', code: error.code, message: error.message }],
    });
  }
  const imported = importFountain(conversion.fountain, existing, {});
  return imported.report ? { ...imported, report: { ...imported.report, warnings: placePdfWarnings(imported.report.warnings, conversion.places) } } : imported;
}

// The Project JSON export (docs/exports.md) carries GraphJSON under `graph`: importing the
// file the Export menu gave is what people try first.
const projectExportSchema = z.object({ format: z.literal('pcanvas-project'), name: z.string().optional(), graph: z.unknown() });

function importGraphJson(source: ImportSource): ImportedGraph {
  const value = typeof source === 'string' ? parseJsonSource(source) : source;
  const project = projectExportSchema.safeParse(value);
  const graph = project.success ? project.data.graph : value;
  const parsed = graphDocumentSchema.safeParse(graph);
  if (!parsed.success) {
    throw new ApiError('validation_failed', {
      detail: project.success ? 'The project file’s graph is not a GraphJSON document.' : 'The source is not a GraphJSON document.',
      errors: fieldErrorsFromZod(parsed.error, project.success ? ['source', 'graph'] : ['source']),
    });
  }
  const name = project.success ? project.data.name?.trim().slice(0, 200) : undefined;
  return { document: parsed.data, ...(name ? { name } : {}) };
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
