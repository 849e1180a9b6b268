import { Download } from 'lucide-react';
import { useRef } from 'react';
import { ExportLinks } from './ExportLinks.js';

/**
 * The toolbar's Export menu: GraphJSON, then every production document the API writes
 * (shot list and breakdown CSV, storyboard and shot-list PDF, OTIO, EDL, frames). Each
 * item is a plain download link to the server's copy; the menu closes on choice.
 */
export const ExportMenu = ({ graphId }: { graphId: string }) => {
  const menu = useRef<HTMLDetailsElement>(null);
  return (
    <details className="export-menu" ref={menu} data-testid="export-menu">
      <summary className="icon-button export-menu__button" aria-label="Export" title="Export (the server’s copy: the last 2 s of edits may be missing)">
        <Download size={15} aria-hidden />
      </summary>
      <div className="export-menu__panel" role="menu" aria-label="Export">
        <ExportLinks graphId={graphId} itemClassName="export-menu__item" testIds onChoose={() => menu.current?.removeAttribute('open')} />
      </div>
    </details>
  );
};
