/**
 * SQLSTATEs with which Postgres (and PGlite) refuse a value that came in with the request,
 * not a fault of ours: text with a NUL character (`\u0000` in a name, `%00` in an id) is
 * valid JSON and a valid URL but cannot be stored in `text` or `jsonb`.
 */
const INPUT_REFUSALS = new Set([
  '22021', // character_not_in_repertoire: a NUL byte in text
  '22P05', // untranslatable_character: \u0000 in jsonb
]);

/** Whether `error` (or an error it wraps, as drizzle does) is the database refusing a value of the request. */
export function isDatabaseInputRefusal(error: unknown): boolean {
  for (let current = error, depth = 0; current && typeof current === 'object' && depth < 5; current = (current as { cause?: unknown }).cause, depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && INPUT_REFUSALS.has(code)) return true;
  }
  return false;
}
