import { useState } from 'react';

/**
 * A field's draft text next to the document value. The draft follows the document when
 * the document changes elsewhere (another panel, a collaborator), unless the draft
 * already means the same value (typing "35." must not snap back to "35"). An invalid
 * draft is never written, so it stays on screen with its error until fixed.
 */
export const useDraft = <T,>(value: T, format: (value: T) => string, means: (draft: string, value: T) => boolean) => {
  const [draft, setDraft] = useState(() => format(value));
  const [error, setError] = useState<string | null>(null);
  const [seen, setSeen] = useState(value);
  if (!Object.is(seen, value)) {
    setSeen(value);
    if (!means(draft, value)) {
      setDraft(format(value));
      setError(null);
    }
  }
  return { draft, setDraft, error, setError };
};
