import { z } from 'zod';

/** The downloads a project offers, each with its media type and file extension. */
export const PROJECT_EXPORTS = {
  project_json: { title: 'Project (JSON)', mediaType: 'application/json', extension: 'project.json' },
  csv_shot_list: { title: 'Shot list (CSV)', mediaType: 'text/csv; charset=utf-8', extension: 'shot-list.csv' },
  csv_breakdown: { title: 'Breakdown (CSV)', mediaType: 'text/csv; charset=utf-8', extension: 'breakdown.csv' },
  pdf_storyboard: { title: 'Storyboard (PDF)', mediaType: 'application/pdf', extension: 'storyboard.pdf' },
  pdf_shot_list: { title: 'Shot list (PDF)', mediaType: 'application/pdf', extension: 'shot-list.pdf' },
  otio: { title: 'Timeline (OpenTimelineIO)', mediaType: 'application/vnd.opentimelineio+json', extension: 'otio' },
  edl: { title: 'Timeline (CMX3600 EDL)', mediaType: 'text/plain; charset=utf-8', extension: 'edl' },
  frames_zip: { title: 'Frames (ZIP of PNG/SVG)', mediaType: 'application/zip', extension: 'frames.zip' },
} as const;

export type ProjectExportFormat = keyof typeof PROJECT_EXPORTS;
export const projectExportFormats = Object.keys(PROJECT_EXPORTS) as [ProjectExportFormat, ...ProjectExportFormat[]];
export const projectExportFormatSchema = z.enum(projectExportFormats);

/** A name as a file slug: ASCII, accents folded, lower case, dashes, at most 80 characters; '' when nothing is left. */
export const fileSlug = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');

/** `<slug>.<extension>`: survives every file system and a plain `filename=`. */
export const exportFileName = (projectName: string, format: ProjectExportFormat): string => `${fileSlug(projectName) || 'project'}.${PROJECT_EXPORTS[format].extension}`;
