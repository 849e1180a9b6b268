import type { ExportFields } from '@pc/graph';
import { z } from 'zod';
import type { NodeFunction, UpstreamNode } from '../types.js';

/** Each format: its extension, media type, and which input and kind of data it reads. */
export const EXPORT_FORMATS: Record<ExportFields['format'], { extension: string; mediaType: string; port: 'timeline' | 'report'; reads: string[] }> = {
  csv_shot_list: { extension: 'csv', mediaType: 'text/csv; charset=utf-8', port: 'report', reads: ['shotList'] },
  csv_breakdown: { extension: 'csv', mediaType: 'text/csv; charset=utf-8', port: 'report', reads: ['breakdown'] },
  pdf_storyboard: { extension: 'pdf', mediaType: 'application/pdf', port: 'report', reads: ['shotList'] },
  pdf_shot_list: { extension: 'pdf', mediaType: 'application/pdf', port: 'report', reads: ['shotList'] },
  otio: { extension: 'otio', mediaType: 'application/json', port: 'timeline', reads: ['timeline'] },
  edl: { extension: 'edl', mediaType: 'text/plain; charset=utf-8', port: 'timeline', reads: ['timeline'] },
  json: { extension: 'json', mediaType: 'application/json', port: 'report', reads: ['shotList', 'breakdown', 'continuity'] },
};

/** What an Export node will write: the file, its source, and whether its input is ready. */
export const exportManifestSchema = z.object({
  format: z.string(),
  fileName: z.string(),
  mediaType: z.string(),
  source: z.object({ nodeId: z.string(), port: z.enum(['timeline', 'report']), kind: z.string() }).nullable(),
  ready: z.boolean(),
  problems: z.array(z.string()),
});
export type ExportManifest = z.infer<typeof exportManifestSchema>;

/** The kind of data an upstream output holds: a report's `kind`, or 'timeline'. */
const kindOf = (node: UpstreamNode | undefined, port: 'timeline' | 'report'): string | null => {
  const value = node?.outputs[port];
  if (typeof value !== 'object' || value === null) return null;
  if (port === 'timeline') return 'timeline';
  const kind = (value as Record<string, unknown>)['kind'];
  return typeof kind === 'string' ? kind : 'report';
};

const slug = (text: string): string => text.trim().replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^_+|_+$/g, '');

/**
 * Export → `exportManifest`: resolves the file name (the field, else the node's name, else
 * the format) with the format's extension, and checks that the input the format reads is
 * wired and holds the right kind of data. The byte serialisers (CSV, PDF, OTIO, EDL) read
 * the Shot List, Breakdown Report and Timeline outputs this points at.
 */
export const exportManifest: NodeFunction<'export'> = {
  name: 'exportManifest',
  nodeType: 'export',
  version: 1,
  description: 'The file an export writes: name, media type, source output and readiness.',
  async run({ node, upstream }, { signal }) {
    signal.throwIfAborted();
    const format = EXPORT_FORMATS[node.data.format];
    const source = (upstream[format.port] ?? [])[0];
    const kind = kindOf(source, format.port);
    const problems: string[] = [];
    if (!source) problems.push(`Wire a ${format.port === 'timeline' ? 'Timeline' : 'Shot List or Breakdown Report'} into the ${format.port === 'timeline' ? 'Timeline' : 'Report'} input.`);
    else if (kind === null) problems.push('The input has not produced its output yet: run it first.');
    else if (!format.reads.includes(kind)) problems.push(`This format reads ${format.reads.join(' or ')}, not ${kind}.`);
    const base = slug(node.data.fileName.replace(new RegExp(`\\.${format.extension}$`, 'i'), '')) || slug(node.data.name) || node.data.format;
    const manifest: ExportManifest = {
      format: node.data.format,
      fileName: `${base}.${format.extension}`,
      mediaType: format.mediaType,
      source: source && kind !== null ? { nodeId: source.nodeId, port: format.port, kind } : null,
      ready: problems.length === 0,
      problems,
    };
    return { outputs: { export: manifest }, artifacts: [] };
  },
};
