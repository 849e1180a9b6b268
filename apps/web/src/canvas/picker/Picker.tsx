import { useEffect, useId, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react';
import { nodeIcon } from '../nodes/node-icons.js';

/** One choice: a node type's icon, a label and a faint line under it. */
export interface PickerEntry {
  readonly key: string;
  readonly type: string;
  readonly label: string;
  readonly description: string;
}

interface PickerProps<E extends PickerEntry> {
  /** What the dialog and its field are called for a screen reader. */
  label: string;
  fieldLabel: string;
  listLabel: string;
  placeholder: string;
  className?: string;
  style?: CSSProperties;
  testId: string;
  /** The entries for a query, best first (a stable function: the list is memoised on it). */
  filter(query: string): readonly E[];
  /** Shown under the list (a count of what is not shown, or why nothing matches). */
  footer(query: string, shown: number): ReactNode;
  onChoose(entry: E): void;
  onClose(): void;
}

/**
 * A search field over a list of node-typed entries, the quick-add and find dialogs' shared
 * body: type to filter, ↑/↓ to choose, Enter to take it, Escape (or a click elsewhere) to
 * close. Focus stays in the field (the list is its `aria-activedescendant`), and Tab
 * cannot leave the dialog; Escape gives it back to what had it before.
 */
export const Picker = <E extends PickerEntry>({ label, fieldLabel, listLabel, placeholder, className, style, testId, filter, footer, onChoose, onClose }: PickerProps<E>) => {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();
  const matches = useMemo(() => filter(query), [filter, query]);
  const current = Math.min(active, Math.max(matches.length - 1, 0));

  // What had the focus before (the toolbar's Find button, a card): Escape hands it back there,
  // where it had fallen to the page and a keyboard user started again from the top.
  const opener = useRef<Element | null>(null);
  useEffect(() => {
    opener.current = document.activeElement;
    inputRef.current?.focus();
  }, []);

  const choose = (entry: E | undefined) => {
    if (!entry) return;
    onClose();
    onChoose(entry);
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
        choose(matches[current]);
        break;
      case 'Escape':
        onClose();
        if (opener.current instanceof HTMLElement && opener.current.isConnected) opener.current.focus();
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
      className={`quick-add${className ? ` ${className}` : ''}`}
      role="dialog"
      aria-modal="true"
      aria-label={label}
      data-testid={testId}
      style={style}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) onClose();
      }}
    >
      <input
        ref={inputRef}
        className="quick-add__input"
        type="text"
        role="combobox"
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={matches[current] ? `${listId}-${matches[current].key}` : undefined}
        aria-label={fieldLabel}
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul className="quick-add__list" id={listId} role="listbox" aria-label={listLabel}>
        {matches.map((entry, index) => {
          const Icon = nodeIcon(entry.type);
          return (
            <li
              key={entry.key}
              id={`${listId}-${entry.key}`}
              role="option"
              aria-selected={index === current}
              className={`quick-add__option quick-add__option--${entry.type}${index === current ? ' is-active' : ''}`}
              onMouseEnter={() => setActive(index)}
              // mousedown, not click: keeps the focus in the field, so blur does not close first.
              onMouseDown={(event) => {
                event.preventDefault();
                choose(entry);
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
        {footer(query, matches.length)}
      </ul>
    </div>
  );
};
