/** Why a source is not read as a Final Draft script. */
export type FinalDraftErrorCode = 'too_large' | 'doctype_refused' | 'not_xml' | 'not_final_draft';

/** Thrown by {@link readFinalDraft}: the source is refused before or while it is read. */
export class FinalDraftError extends Error {
  override readonly name = 'FinalDraftError';

  constructor(
    readonly code: FinalDraftErrorCode,
    message: string,
    /** 1-based line of the source, when the XML reader knows it. */
    readonly line?: number,
  ) {
    super(message);
  }
}
