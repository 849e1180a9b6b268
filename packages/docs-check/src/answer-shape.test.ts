import { describe, expect, it } from 'vitest';
import { getShapeDifferences, getShownAnswers, parseDocumentedJson } from './answer-shape.js';

describe('an answer a page shows', () => {
  it('matches an answer with the same keys and kinds of value, whatever the values', () => {
    const documented = parseDocumentedJson(`{
  "id": "bat…", "status": "running",          // "queued" | "running"
  "counts": { "total": 1000, "failed": 2 },
  "webhook": { "url": "https://…" },          // the secret is never returned
  "etaSeconds": 41, "finishedAt": null
}`);
    const actual = { id: 'bat5vv4', status: 'completed', counts: { total: 4, failed: 0 }, webhook: { url: 'https://example.com/hooks' }, etaSeconds: null, finishedAt: '2026-11-23T08:32:39.609Z' };
    expect(getShapeDifferences(documented, actual)).toEqual([]);
  });

  it('names each key only one side has, and each value of another kind', () => {
    const differences = getShapeDifferences({ id: 'x', counts: { total: 1 }, items: [{ ref: 'a' }] }, { id: 1, counts: { total: 1, queued: 0 }, items: [{ index: 0 }], extra: true });
    expect(differences).toEqual([
      '$.extra: in the answer, not on the page',
      '$.id: the page shows string, the server answers number',
      '$.counts.queued: in the answer, not on the page',
      '$.items[0].ref: on the page, not in the answer',
      '$.items[0].index: in the answer, not on the page',
    ]);
  });
});

describe('the answers a shell block shows after its curls', () => {
  it('are the whole-JSON comments on curls that print to the terminal, numbered by call', () => {
    const script = [
      'BASE=http://localhost:3000/api/v1',
      '# Whether the install has its owner yet',
      'curl -sS "$BASE/auth/instance"          # {"hasOwner": false}',
      'curl -sS -c cookies.txt "$BASE/auth/signup" -d @me.json',
      'ID=$(curl -sS "$BASE/graphs" | jq -r ".graphs[0].id")   # {"id": "gr_…", …}',
      'curl -sS "$BASE/graphs/$ID" | jq .revision   # [1]',
      'curl -sS "$BASE/me"   # {"id": "us_…"}',
    ].join('\n');
    expect(getShownAnswers(script)).toEqual([
      { call: 1, line: 'curl -sS "$BASE/auth/instance"          # {"hasOwner": false}', documented: { hasOwner: false } },
      { call: 5, line: 'curl -sS "$BASE/me"   # {"id": "us_…"}', documented: { id: 'us_…' } },
    ]);
  });

  it('refuses to guess which call printed an answer shown after a loop', () => {
    const script = ['for id in a b; do curl -sS "$BASE/graphs/$id"; done', 'curl -sS "$BASE/me"   # {"id": "us_1"}'].join('\n');
    expect(() => getShownAnswers(script)).toThrow('runs curl an unknown number of times');
  });
});
