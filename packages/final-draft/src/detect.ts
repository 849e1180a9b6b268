/**
 * True when a text is a Final Draft file by its content: `<FinalDraft` as the root, after
 * a BOM, the XML declaration and comments. No XML is parsed (and nothing imported), so a
 * browser can tell an `.fdx` from Fountain before loading the reader.
 */
export const looksLikeFinalDraft = (source: string): boolean =>
  /^\uFEFF?\s*(?:<\?xml[^>]{0,200}\?>\s*)?(?:<!--[\s\S]{0,2000}?-->\s*)*<FinalDraft[\s>]/.test(source.slice(0, 4096));
