import { useRef } from 'react';
import { X } from 'lucide-react';
import { useCanvas, useDocument, useSession } from '../store/react.js';
import { selectReadOnly, selectShortcutsOpen } from '../store/selectors.js';
import { setPanel } from '../store/session-store.js';
import { Combo } from './Combo.js';
import { helpSectionsFor } from './keymap.js';
import { useModal } from '../../ui/use-modal.js';

/** Every shortcut this person can use, from the same keymap the keyboard uses. Opened by "?" or the toolbar. */
export const ShortcutsHelp = () => {
  const canvas = useCanvas();
  const open = useSession(selectShortcutsOpen);
  const readOnly = useDocument(selectReadOnly);
  const dialogRef = useRef<HTMLDialogElement>(null);

  useModal(dialogRef, open);

  return (
    <dialog
      ref={dialogRef}
      className="shortcuts-help"
      aria-labelledby="shortcuts-help-title"
      data-testid="shortcuts-help"
      onClose={() => setPanel(canvas.session, 'shortcuts', false)}
      onKeyDown={(event) => {
        if (event.key === '?') {
          event.preventDefault();
          setPanel(canvas.session, 'shortcuts', false);
        }
      }}
      onClick={(event) => {
        if (event.target === event.currentTarget) setPanel(canvas.session, 'shortcuts', false);
      }}
    >
      <header className="shortcuts-help__header">
        <h2 id="shortcuts-help-title">Keyboard shortcuts</h2>
        <button type="button" className="icon-button" aria-label="Close" onClick={() => setPanel(canvas.session, 'shortcuts', false)}>
          <X size={15} />
        </button>
      </header>
      <div className={`shortcuts-help__sections${readOnly ? ' shortcuts-help__sections--viewer' : ''}`}>
        {helpSectionsFor(readOnly).map((section) => (
          <section key={section.title}>
            <h3 className="panel-heading">{section.title}</h3>
            <dl className="shortcuts-help__list">
              {section.rows.map((row) => (
                <div key={row.label} className="shortcuts-help__row">
                  <dt>
                    {row.keys.map((combo, i) => (
                      <span key={combo}>
                        {i > 0 && <span className="shortcuts-help__or"> / </span>}
                        <Combo combo={combo} />
                      </span>
                    ))}
                  </dt>
                  <dd>{row.label}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
      <p className="shortcuts-help__note muted" data-testid="shortcuts-help-note">
        {readOnly ? 'You can view this graph, so its editing shortcuts are left out.' : 'Shortcuts never fire while you type in a field.'}
      </p>
    </dialog>
  );
};
