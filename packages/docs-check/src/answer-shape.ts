/*
 * Whether an answer a page shows has the shape the server gives: the same keys, the same kinds
 * of value. Values themselves differ (ids, times); `null` on either side matches any value (a
 * page shows one moment of a field that is sometimes null: `etaSeconds`, `finishedAt`).
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const kindOf = (value: Json) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

/** Every place the documented answer and the actual one differ in shape, as `path: what`. */
export function getShapeDifferences(documented: Json, actual: Json, path = '$'): string[] {
  if (documented === null || actual === null) return [];
  if (kindOf(documented) !== kindOf(actual)) return [`${path}: the page shows ${kindOf(documented)}, the server answers ${kindOf(actual)}`];
  if (Array.isArray(documented) && Array.isArray(actual)) {
    return documented.length > 0 && actual.length > 0 ? getShapeDifferences(documented[0]!, actual[0]!, `${path}[0]`) : [];
  }
  if (kindOf(documented) !== 'object') return [];
  const shown = documented as Record<string, Json>;
  const given = actual as Record<string, Json>;
  return [
    ...Object.keys(shown).filter((key) => !(key in given)).map((key) => `${path}.${key}: on the page, not in the answer`),
    ...Object.keys(given).filter((key) => !(key in shown)).map((key) => `${path}.${key}: in the answer, not on the page`),
    ...Object.keys(shown).filter((key) => key in given).flatMap((key) => getShapeDifferences(shown[key]!, given[key]!, `${path}.${key}`)),
  ];
}

/** A page's JSON with its `// notes` taken out (a note starts after whitespace, so `https://` stays). */
export function parseDocumentedJson(text: string): Json {
  return JSON.parse(text.replace(/\s\/\/ .*$/gm, '')) as Json;
}

/**
 * The answers a shell block shows after its curl commands (`curl … # {"hasOwner": false}`),
 * with the number of the curl call that prints each. Only comments that are whole JSON, on a
 * curl that prints straight to the terminal, count; an abbreviated one (`{"id": "be_…", …}`) is prose.
 */
export function getShownAnswers(script: string): { call: number; line: string; documented: Json }[] {
  const shown: { call: number; line: string; documented: Json }[] = [];
  let calls = 0;
  let loop: string | undefined;
  for (const line of script.split('\n')) {
    if (/^\s*#/.test(line)) continue;
    const [command = '', ...comment] = line.split(/\s#\s/);
    if (/(?:^|[|;&]\s*)(?:while|for|until)\s/.test(command)) loop = line.trim();
    calls += (command.match(/(?:^|[\s(|;])curl\s/g) ?? []).length;
    const answer = comment.join(' # ').trim();
    // After a pipe the comment shows what jq made of the answer, not the answer.
    if ((!answer.startsWith('{') && !answer.startsWith('[')) || command.includes('|')) continue;
    let documented: Json;
    try {
      documented = JSON.parse(answer) as Json;
    } catch {
      continue; // prose that starts with a brace: nothing the check can hold the server to
    }
    if (loop) throw new Error(`the loop "${loop}" runs curl an unknown number of times before the answer shown on: ${line.trim()}`);
    shown.push({ call: calls, line: line.trim(), documented });
  }
  return shown;
}
