import { breakdownCsv, shotListCsv } from './csv-exports.js';
import { timelineEdl } from './edl.js';
import { exportFileName, PROJECT_EXPORTS, type ProjectExportFormat } from './formats.js';
import { shotFrames } from './frames.js';
import { timelineOtio } from './otio.js';
import { montagesByScene, shotListPdf } from './pdf/shot-list-pdf.js';
import { storyboardPdf } from './pdf/storyboard-pdf.js';
import { projectJson } from './project-json.js';
import { projectBreakdown, projectShotList, projectTimeline, type ExportProject } from './sources.js';
import { writeZip } from './zip.js';

export interface ExportFile {
  fileName: string;
  mediaType: string;
  bytes: Uint8Array;
}

const title = (project: ExportProject, what: string): string => `${project.name || 'Untitled'} — ${what}`;

const render = async (project: ExportProject, format: ProjectExportFormat): Promise<Uint8Array> => {
  switch (format) {
    case 'project_json':
      return projectJson(project);
    case 'csv_shot_list':
      return shotListCsv(await projectShotList(project));
    case 'csv_breakdown':
      return breakdownCsv(await projectBreakdown(project));
    case 'pdf_storyboard': {
      const list = await projectShotList(project);
      return storyboardPdf(list, shotFrames(project, list), title(project, 'Storyboard'));
    }
    case 'pdf_shot_list':
      return shotListPdf(await projectShotList(project), title(project, 'Shot list'), montagesByScene(await projectBreakdown(project)));
    case 'otio':
      return timelineOtio(await projectTimeline(project));
    case 'edl':
      return timelineEdl(await projectTimeline(project));
    case 'frames_zip': {
      const frames = shotFrames(project, await projectShotList(project));
      return writeZip(
        frames.flatMap((frame) => [
          ...(frame.png ? [{ name: `frames/${frame.stem}.png`, bytes: frame.png }] : []),
          ...(frame.svg ? [{ name: `frames/${frame.stem}.svg`, bytes: new TextEncoder().encode(frame.svg) }] : []),
        ]),
      );
    }
  }
};

/** One download of the project: its bytes (the same project gives the same bytes), file name and media type. */
export const exportProject = async (project: ExportProject, format: ProjectExportFormat): Promise<ExportFile> => ({
  fileName: exportFileName(project.name, format),
  mediaType: PROJECT_EXPORTS[format].mediaType,
  bytes: await render(project, format),
});
