import { useEffect, useRef, useState } from 'react';

interface NewGraphFormProps {
  busy: boolean;
  onCreate(name: string): void;
  onCancel(): void;
}

export const NewGraphForm = ({ busy, onCreate, onCancel }: NewGraphFormProps) => {
  const [name, setName] = useState('Untitled graph');
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => inputRef.current?.select(), []);
  const trimmed = name.trim();
  return (
    <form
      className="new-graph-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (trimmed) onCreate(trimmed);
      }}
    >
      <label htmlFor="new-graph-name" className="new-graph-form__label">
        New graph name
      </label>
      <input
        ref={inputRef}
        id="new-graph-name"
        className="input"
        value={name}
        maxLength={200}
        onChange={(event) => setName(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onCancel();
        }}
      />
      <button type="submit" className="button button--primary" disabled={busy || !trimmed}>
        {busy ? 'Creating…' : 'Create and open'}
      </button>
      <button type="button" className="button button--ghost" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
};
