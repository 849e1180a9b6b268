import { useEffect, useRef, useState } from 'react';
import { FilePicker } from '../ui/FilePicker.js';
import { importFormatOf, SCREENPLAY_FILES } from './import-name.js';
import { readScreenplayFile } from './read-import-file.js';
import { whyNotScreenplay } from './screenplay-check.js';

export type ScreenplayFormat = 'fountain' | 'fdx';

interface ScreenplayFormProps {
  busy: boolean;
  onImport(source: string, format: ScreenplayFormat, fileName?: string): void;
  onCancel(): void;
}

/** The screenplay format of a paste or a file, by its content: Final Draft's XML, else Fountain. */
const screenplayFormatOf = (source: string): ScreenplayFormat => (importFormatOf('', source) === 'fdx' ? 'fdx' : 'fountain');

/**
 * Paste a screenplay, drop its file on the text box or choose it: Fountain or Final Draft
 * (.fdx), told apart by content; a PDF, Fade In, Highland or Word file fills the box with its
 * Fountain. The import makes its Scenes, Characters and Locations.
 */
export const ScreenplayForm = ({ busy, onImport, onCancel }: ScreenplayFormProps) => {
  const [source, setSource] = useState('');
  // The file the text came from, for the graph's name; forgotten once the text is edited.
  const [fileName, setFileName] = useState<string | undefined>(undefined);
  // Checked on submit (a 120-page script takes milliseconds to read), cleared on the next edit.
  const [refusal, setRefusal] = useState<string | null>(null);
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  useEffect(() => inputRef.current?.focus(), []);
  const empty = source.trim() === '';
  const format = screenplayFormatOf(source);
  const openFile = (file: File) => {
    // A PDF, Fade In, Highland or Word file fills the box with its Fountain, read here: the writer sees what the import will read.
    readScreenplayFile(file).then(
      (text) => {
        setSource(text);
        setFileName(file.name);
        setRefusal(null);
      },
      (error: unknown) => setRefusal(error instanceof Error ? error.message : String(error)),
    );
  };
  return (
    <form
      className="new-graph-form screenplay-form"
      data-testid="screenplay-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (empty) return;
        // A Final Draft file is read on the server, which refuses one without a scene heading.
        const why = format === 'fountain' ? whyNotScreenplay(source) : null;
        setRefusal(why);
        if (why === null) onImport(source, format, fileName);
      }}
    >
      <label htmlFor="screenplay-source" className="new-graph-form__label">
        Screenplay (Fountain, Final Draft or PDF){format === 'fdx' && <span className="muted" data-testid="screenplay-format"> — Final Draft file</span>}
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
          setFileName(undefined);
          setRefusal(null);
        }}
        onDragOver={(event) => {
          if (event.dataTransfer.types.includes('Files')) event.preventDefault();
        }}
        onDrop={(event) => {
          const file = event.dataTransfer.files[0];
          if (!file) return;
          event.preventDefault();
          openFile(file);
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
      <FilePicker inputRef={fileRef} accept={SCREENPLAY_FILES} label="Choose a screenplay file (Fountain, Final Draft, PDF, Fade In, Highland, Word)" testId="screenplay-file" onFile={openFile} />
      <div className="screenplay-form__actions">
        <span className="muted">A graph with the script’s scenes, characters and locations, linked. Paste, drop a file here, or </span>
        <button type="button" className="button button--ghost" onClick={() => fileRef.current?.click()}>
          Choose a file…
        </button>
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
