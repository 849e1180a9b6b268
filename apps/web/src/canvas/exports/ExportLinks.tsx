import { PROJECT_EXPORTS, projectExportFormats } from '@pc/exports/formats';
import { api } from '../../api/client.js';

/**
 * The download links of a graph, as menu items: GraphJSON, then each production document.
 * `testIds`: give them `export-graphjson` / `export-<format>` (one menu only, so ids stay unique).
 */
export const ExportLinks = ({ graphId, itemClassName, onChoose, testIds = false }: { graphId: string; itemClassName: string; onChoose: () => void; testIds?: boolean }) => (
  <>
    <a role="menuitem" className={itemClassName} href={api.exportUrl(graphId)} download onClick={onChoose} data-testid={testIds ? 'export-graphjson' : undefined}>
      GraphJSON (re-importable)
    </a>
    {projectExportFormats.map((format) => (
      <a key={format} role="menuitem" className={itemClassName} href={api.projectExportUrl(graphId, format)} download onClick={onChoose} data-testid={testIds ? `export-${format}` : undefined}>
        {PROJECT_EXPORTS[format].title}
      </a>
    ))}
  </>
);
