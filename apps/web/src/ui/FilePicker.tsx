import type { RefObject } from 'react';

interface FilePickerProps {
  inputRef: RefObject<HTMLInputElement | null>;
  accept: string;
  label: string;
  testId: string;
  onFile(file: File): void;
}

/**
 * The hidden file input a button opens (`inputRef.current?.click()`). Its value is cleared
 * after each pick, so choosing the same file again (the next draft, saved over) fires again.
 */
export const FilePicker = ({ inputRef, accept, label, testId, onFile }: FilePickerProps) => (
  <input
    ref={inputRef}
    type="file"
    accept={accept}
    className="visually-hidden"
    tabIndex={-1}
    aria-label={label}
    data-testid={testId}
    onChange={(event) => {
      const file = event.target.files?.[0];
      event.target.value = '';
      if (file) onFile(file);
    }}
  />
);
