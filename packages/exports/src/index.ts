export { exportProject, type ExportFile } from './export-project.js';
export { PROJECT_EXPORTS, projectExportFormats, projectExportFormatSchema, exportFileName, fileSlug, type ProjectExportFormat } from './formats.js';
export { resolveProjectOutputs, type ProjectOutputs, type NodeOutputs, type OutputFile } from './project-outputs.js';
export type { ExportProject } from './sources.js';
export { writeCsv } from './csv.js';
export { writeZip, crc32, type ZipEntry } from './zip.js';
export { timelineEdl } from './edl.js';
export { timelineOtio } from './otio.js';
