import { useEffect, useRef, useState } from 'react';
import { whyNotScreenplay } from './screenplay-check.js';

interface ScreenplayFormProps {
  busy: boolean;
  onImport(source: string): void;
  onCancel(): void;
}

/** Paste a Fountain screenplay; the import makes its Scenes, Characters and Locations. */
export const ScreenplayForm = ({ busy, onImport, onCancel }: ScreenplayFormProps) => {
  const [source, setSource] = useState('');
  // Checked on submit (a 120-page script takes milliseconds to read), cleared on the next edit.
  const [refusal, setRefusal] = useState<string | null>(null);
  const inputRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => inputRef.current?.focus(), []);
  const empty = source.trim() === '';
  return (
    <form
      className="new-graph-form screenplay-form"
      data-testid="screenplay-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (empty) return;
        const why = whyNotScreenplay(source);
        setRefusal(why);
        if (why === null) onImport(source);
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
        aria-invalid={refusal !== null}
        aria-describedby={refusal !== null ? 'screenplay-refusal' : undefined}
        onChange={(event) => {
          setSource(event.target.value);
          setRefusal(null);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onCancel();
        }}
      />
      {refusal !== null && (
        <p id="screenplay-refusal" className="screenplay-form__refusal" role="alert" data-testid="screenplay-refusal">
          {refusal}
        </p>
      )}
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
