import { z } from '@hono/zod-openapi';
import { IMPORT_WARNING_CODES, type ImportReport } from '@pc/screenplay';
import type { ImportedGraph } from '../../graphs/importers.js';
import { graphSchema, type GraphResponse } from './schemas.js';

/** What both import routes say of the file formats (packages/screenplay-files). */
export const SCREENPLAY_FILES_DESCRIPTION =
  ' Formats "fadein" (a Fade In `.fadein`, or Open Screenplay Format `.osf` XML), "highland" (a Highland 2 `.highland` textbundle zip) and "docx" (a Word screenplay: paragraph styles such as Scene Heading, Character, Dialogue, or indents as typed) carry the file as base64 in `source`, at most 5,000,000 bytes; each is converted to Fountain and imported as an `.fdx` is, warnings naming the paragraph and scene of the file. Refused with 422 `validation_failed` and a code on `source`: `invalid_base64`, `too_large`, `not_zip`, `zip_refused` (zip bomb, path outside the archive, too many entries), `doctype_refused`, `not_xml`, `not_fade_in`, `not_highland`, `not_docx`, `no_scene_headings`.';

/** The body both import routes take. */
export const importSource = z
  .union([z.string(), z.record(z.string(), z.unknown())])
  .openapi({
    description:
      'GraphJSON as an object or as JSON text (format "json"; a Project JSON export is read for its `graph` and `name`), a Fountain screenplay as text (format "fountain"), a Final Draft `.fdx` file’s XML as text (format "fdx"), a Fade In (`.fadein`), Highland (`.highland`) or Word (`.docx`) file as base64 of its bytes (formats "fadein", "highland", "docx"; Fade In’s `.osf` XML may also be sent as text), or a screenplay PDF’s bytes in base64 (format "pdf"; at most 6,000,000 bytes, 8,000,000 base64 characters). Base64 may carry a `data:…;base64,` prefix and line breaks.',
  });

export const importReportSchema = z
  .object({
    title: z.string(),
    scenes: z.int(),
    characters: z.int(),
    locations: z.int(),
    shots: z.int().openapi({ description: 'Shot lines of a shooting script (`CLOSE ON MARIA`, a Final Draft `Shot`), each a Shot node under its Scene.' }),
    changes: z.object({
      addedNodes: z.array(z.string()),
      updatedNodes: z.array(z.string()),
      flaggedScenes: z.array(z.string()).openapi({ description: 'Scenes the script no longer has, tagged "removed-from-script" (never deleted).' }),
      addedEdges: z.array(z.string()),
      replacedEdges: z.array(z.string()),
    }),
    warnings: z.array(
      z.object({
        code: z.enum(IMPORT_WARNING_CODES),
        message: z.string().openapi({ description: 'For people: what did not come through, and where (for an `.fdx`, its paragraph and scene; for a PDF, its page).' }),
        line: z.int().optional().openapi({ description: 'A Fountain source’s line, 1-based.' }),
        paragraph: z.int().optional().openapi({ description: 'An `.fdx` source’s `<Paragraph>`, 1-based in the script body (Fountain lines mean nothing in Final Draft).' }),
        scene: z.string().optional().openapi({ description: 'An `.fdx` source’s scene the warning is in: its number (or position) and heading, `12 INT. DOCK - NIGHT`.' }),
        page: z.int().optional().openapi({ description: 'A PDF source’s page, 1-based (the PDF’s own page, title page included).' }),
      }),
    ),
  })
  .openapi('ImportReport', { description: 'What a screenplay import found in the script and changed in the graph.' });

/** A graph written by an import; `importReport` is present for a screenplay. */
export const importedGraphSchema = graphSchema.extend({ importReport: importReportSchema.optional() }).openapi('ImportedGraph');
export type ImportedGraphResponse = z.infer<typeof importedGraphSchema>;

export const withImportReport = (graph: GraphResponse, imported: ImportedGraph): ImportedGraphResponse =>
  imported.report ? { ...graph, importReport: imported.report satisfies ImportReport } : graph;
