import { useEffect, useRef, useState } from 'react';

interface ScreenplayFormProps {
  busy: boolean;
  onImport(source: string): void;
  onCancel(): void;
}

/** Paste a Fountain screenplay; the import makes its Scenes, Characters and Locations. */
export const ScreenplayForm = ({ busy, onImport, onCancel }: ScreenplayFormProps) => {
  const [source, setSource] = useState('');
  const inputRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => inputRef.current?.focus(), []);
  const empty = source.trim() === '';
  return (
    <form
      className="new-graph-form screenplay-form"
      data-testid="screenplay-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!empty) onImport(source);
      }}
    >
      <label htmlFor="screenplay-source" className="new-graph-form__label">
        Screenplay (Fountain)
      </label>
      <textarea
        ref={inputRef}
        id="screenplay-source"
        className="input textarea textarea--script"
        rows={12}
        spellCheck={false}
        placeholder={'Title: The Harbour\n\nEXT. HARBOUR - DAWN\n\nMARA watches the boats come in.'}
        value={source}
        onChange={(event) => setSource(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onCancel();
        }}
      />
      <div className="screenplay-form__actions">
        <span className="muted">A graph with the script’s scenes, characters and locations, linked.</span>
        <button type="button" className="button button--ghost" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button--primary" disabled={busy || empty}>
          {busy ? 'Importing…' : 'Import and open'}
        </button>
      </div>
    </form>
  );
};
