import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { describeNodeCatalogue } from '@pc/graph';
import { nodeIcon } from '../nodes/node-icons.js';
import { NODE_WIDTH } from '../placement.js';
import { useCanvas, useSession } from '../store/react.js';
import { selectQuickAdd } from '../store/selectors.js';
import { closeQuickAdd } from '../store/session-store.js';
import { filterQuickAdd } from './filter.js';

const catalogue = describeNodeCatalogue();

/**
 * The quick-add palette: opened at the pointer by Space or a double-click on the canvas.
 * Type to filter, ↑/↓ to choose, Enter to add there, Escape (or a click elsewhere) to
 * close. Focus stays in the search field (the list is its `aria-activedescendant`), and
 * Tab cannot leave the dialog.
 */
export const QuickAdd = () => {
  const anchor = useSession(selectQuickAdd);
  if (!anchor) return null;
  return <QuickAddDialog key={`${anchor.screen.x},${anchor.screen.y}`} />;
};

const QuickAddDialog = () => {
  const canvas = useCanvas();
  const anchor = useSession(selectQuickAdd);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();
  const matches = useMemo(() => filterQuickAdd(catalogue, query), [query]);
  const current = Math.min(active, Math.max(matches.length - 1, 0));

  useEffect(() => inputRef.current?.focus(), []);

  if (!anchor) return null;
  const close = () => closeQuickAdd(canvas.session);
  const add = (type: string | undefined) => {
    if (!type) return;
    close();
    // Centred under the pointer horizontally, its header at the pointer.
    canvas.execute({ kind: 'AddNodes', nodes: [{ type, position: { x: Math.round(anchor.flow.x - NODE_WIDTH / 2), y: Math.round(anchor.flow.y - 20) } }] });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        setActive((current + 1) % Math.max(matches.length, 1));
        break;
      case 'ArrowUp':
        setActive((current - 1 + matches.length) % Math.max(matches.length, 1));
        break;
      case 'Enter':
        add(matches[current]?.type);
        break;
      case 'Escape':
        close();
        break;
      case 'Tab':
        break; // the focus trap: the field is the dialog's only stop
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div
      className="quick-add"
      role="dialog"
      aria-modal="true"
      aria-label="Add a node"
      data-testid="quick-add"
      style={{ left: anchor.screen.x, top: anchor.screen.y }}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) close();
      }}
    >
      <input
        ref={inputRef}
        className="quick-add__input"
        type="text"
        role="combobox"
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={matches[current] ? `${listId}-${matches[current].type}` : undefined}
        aria-label="Node type"
        placeholder="Add a node…"
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul className="quick-add__list" id={listId} role="listbox" aria-label="Node types">
        {matches.map((entry, index) => {
          const Icon = nodeIcon(entry.type);
          return (
            <li
              key={entry.type}
              id={`${listId}-${entry.type}`}
              role="option"
              aria-selected={index === current}
              className={`quick-add__option quick-add__option--${entry.type}${index === current ? ' is-active' : ''}`}
              onMouseEnter={() => setActive(index)}
              // mousedown, not click: keeps the focus in the field, so blur does not close first.
              onMouseDown={(event) => {
                event.preventDefault();
                add(entry.type);
              }}
            >
              <span className="quick-add__icon" aria-hidden>
                <Icon size={14} />
              </span>
              <span className="quick-add__text">
                <span className="quick-add__label">{entry.label}</span>
                <span className="quick-add__description">{entry.description}</span>
              </span>
            </li>
          );
        })}
        {matches.length === 0 && <li className="quick-add__empty">No node type matches “{query}”</li>}
      </ul>
    </div>
  );
};
