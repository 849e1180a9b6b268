import { createRoute, z } from '@hono/zod-openapi';
import { insertGraph } from '@pc/db';
import { signedIn } from '../../auth/access.js';
import type { ApiApp } from '../../env.js';
import { problemResponses } from '../../errors/problem.js';
import { checkWritableDocument } from '../../graphs/document-check.js';
import { formatEtag } from '../../graphs/etag.js';
import { targetWorkspaceId } from '../../graphs/target-workspace.js';
import { importFormatSchema, importGraph } from '../../graphs/importers.js';
import type { RouteDeps } from '../deps.js';
import { importedGraphSchema, importSource, SCREENPLAY_FILES_DESCRIPTION, withImportReport } from './import-schemas.js';
import { graphName, toGraphResponse, workspaceId } from './schemas.js';

export const importGraphBody = z
  .object({
    format: importFormatSchema,
    source: importSource,
    name: graphName.optional().openapi({ description: 'Default: the screenplay’s title or the project file’s name, else "Imported graph".' }),
    workspaceId: workspaceId.optional(),
  })
  .openapi('ImportGraph');
export type ImportGraphBody = z.infer<typeof importGraphBody>;

const DEFAULT_IMPORTED_NAME = 'Imported graph';

// A Final Draft file as Final Draft 10–13 save it, cut to one scene: the XML goes in `source` as text.
const FDX_EXAMPLE = [
  '<?xml version="1.0" encoding="UTF-8" standalone="no" ?>',
  '<FinalDraft DocumentType="Script" Template="No" Version="5">',
  '  <Content>',
  '    <Paragraph Number="1" Type="Scene Heading"><SceneProperties Length="1/8" Page="1" Title=""/><Text>EXT. HARBOUR - DAWN</Text></Paragraph>',
  '    <Paragraph Type="Action"><Text>MARA watches the boats come in.</Text></Paragraph>',
  '  </Content>',
  '  <TitlePage><Content><Paragraph Alignment="Center"><Text>PILOT</Text></Paragraph></Content></TitlePage>',
  '</FinalDraft>',
].join('\n');

export const importGraphRoute = createRoute({
  ...signedIn('write'),
  method: 'post',
  path: '/graphs/import',
  tags: ['Graphs'],
  summary: 'Create a graph from an exported document or a screenplay',
  description:
    'Format "json": GraphJSON. Format "fountain": a Fountain screenplay becomes a Script node, a Scene per heading (numbers such as 12A, A12 and 110A.1 kept), a Character per speaker, a Location per place, a Shot under its Scene per shot line of a shooting script (`CLOSE ON MARIA`) and their links; the response carries an `importReport`. Format "fdx": a Final Draft file (the `.fdx` XML, as text) is converted to Fountain and imported the same way (scene numbers, dual dialogue, acts, `Shot` paragraphs and the title page kept; the Script node holds the Fountain). An `.fdx` source over 5,000,000 characters, with a DOCTYPE, not well-formed, not a `<FinalDraft>` document, or without a scene heading is refused: 422 `validation_failed` with an error on `source` whose code says which (`too_large`, `doctype_refused`, `not_xml`, `not_final_draft`, `no_scene_headings`). Format "pdf": a screenplay PDF (Final Draft, Fade In, WriterDuet, Highland, Word, Google Docs…), its bytes in base64, is read by where each line sits on the page (action, cue, parenthetical, dialogue, transition; margin scene numbers, dual dialogue, the title page; page numbers, CONTINUED, (MORE)/(CONT’D) and revision marks dropped), converted to Fountain and imported the same way; warnings carry the PDF `page`. Refused with 422 `validation_failed` and a code on `source`: `invalid_base64`, `too_large` (over 6,000,000 bytes), `not_pdf`, `encrypted` (a password is asked), `unreadable`, `no_text` (a scan: it needs OCR first), `no_scene_headings`.' +
    SCREENPLAY_FILES_DESCRIPTION,
  request: {
    body: {
      required: true,
      content: {
        'application/json': {
          schema: importGraphBody,
          examples: {
            fountain: { summary: 'A Fountain screenplay', value: { format: 'fountain', name: 'Pilot', source: 'EXT. HARBOUR - DAWN\n\nMARA watches the boats come in.\n' } },
            fdx: { summary: 'A Final Draft (.fdx) file', value: { format: 'fdx', source: FDX_EXAMPLE } },
            json: { summary: 'A GraphJSON document', value: { format: 'json', name: 'Copy of Pilot', source: { schemaVersion: 1, nodes: [], edges: [] } } },
          },
        },
      },
    },
  },
  responses: {
    201: {
      description: 'The new graph',
      headers: z.object({ Location: z.string(), ETag: z.string() }),
      content: { 'application/json': { schema: importedGraphSchema } },
    },
    ...problemResponses('unauthenticated', 'insufficient_scope', 'forbidden', 'csrf_rejected', 'invalid_json', 'unsupported_media_type', 'validation_failed', 'invalid_graph', 'unsupported_format', 'not_found'),
  },
});

export function registerImportGraph(api: ApiApp, { database, collab }: RouteDeps): void {
  api.openapi(importGraphRoute, async (c) => {
    const body = c.req.valid('json');
    const imported = await importGraph(body.format, body.source);
    const issues = checkWritableDocument(imported.document, ['source']);
    const graph = await insertGraph(database.db, {
      name: body.name ?? imported.name ?? DEFAULT_IMPORTED_NAME,
      workspaceId: await targetWorkspaceId(database.db, c.var.actor, body.workspaceId),
      document: imported.document,
    });
    collab.graphChanged(graph.id, graph.workspaceId);
    c.header('Location', `/api/v1/graphs/${graph.id}`);
    c.header('ETag', formatEtag(graph.revision));
    return c.json(withImportReport(toGraphResponse(graph, issues), imported), 201);
  });
}
