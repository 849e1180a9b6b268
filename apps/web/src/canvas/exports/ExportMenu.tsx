import { PROJECT_EXPORTS, projectExportFormats } from '@pc/exports/formats';
import { Download } from 'lucide-react';
import { useRef } from 'react';
import { api } from '../../api/client.js';

/**
 * The toolbar's Export menu: GraphJSON, then every production document the API writes
 * (shot list and breakdown CSV, storyboard and shot-list PDF, OTIO, EDL, frames). Each
 * item is a plain download link to the last saved revision; the menu closes on choice.
 */
export const ExportMenu = ({ graphId }: { graphId: string }) => {
  const menu = useRef<HTMLDetailsElement>(null);
  const close = () => menu.current?.removeAttribute('open');
  return (
    <details className="export-menu" ref={menu} data-testid="export-menu">
      <summary className="icon-button export-menu__button" aria-label="Export" title="Export (the server’s copy: the last 2 s of edits may be missing)">
        <Download size={15} aria-hidden />
      </summary>
      <div className="export-menu__panel" role="menu" aria-label="Export">
        <a role="menuitem" className="export-menu__item" href={api.exportUrl(graphId)} download onClick={close} data-testid="export-graphjson">
          GraphJSON (re-importable)
        </a>
        {projectExportFormats.map((format) => (
          <a key={format} role="menuitem" className="export-menu__item" href={api.projectExportUrl(graphId, format)} download onClick={close} data-testid={`export-${format}`}>
            {PROJECT_EXPORTS[format].title}
          </a>
        ))}
      </div>
    </details>
  );
};
