import { describe, expect, it } from 'vitest';
import { getBlockAction, getDocBlocks } from './doc-blocks.js';
import { getAssignedNames } from './reader.js';

const page = (...lines: string[]) => getDocBlocks('docs/page.md', lines.join('\n'));

describe('the blocks of a page', () => {
  it('runs shell and TypeScript blocks, indented ones (in a list) without their indent', () => {
    const [shell, script] = page('1. Log in.', '', '   ```sh', '   pcanvas whoami', '   ```', '', '```ts', "console.log('hi');", '```');
    expect(shell).toMatchObject({ line: 3, lang: 'sh', text: 'pcanvas whoami' });
    expect(getBlockAction(shell!)).toEqual({ kind: 'shell', allowed: [], inRepository: false });
    expect(getBlockAction(script!)).toEqual({ kind: 'typescript', allowed: [], inRepository: false });
    const [longNames] = page('```typescript', 'export {};', '```');
    expect(getBlockAction(longNames!)).toMatchObject({ kind: 'typescript' });
  });

  it('reads the annotations right above a fence, and only those', () => {
    const [skipped, saved, allowed, plain] = page(
      '<!-- docs-check: skip (needs Docker) -->',
      '```sh',
      'docker compose up',
      '```',
      '<!-- docs-check: file episode1.pcanvas.json -->',
      '```json',
      '{}',
      '```',
      '<!-- docs-check: allow 422, 409 (ben has no account) -->',
      '<!-- docs-check: in-repository -->',
      '```sh',
      'curl -sS "$BASE/me"',
      '```',
      '<!-- docs-check: skip (not this one) -->',
      '',
      '```sh',
      'true',
      '```',
    );
    expect(getBlockAction(skipped!)).toEqual({ kind: 'skip', reason: 'needs Docker' });
    expect(getBlockAction(saved!)).toEqual({ kind: 'file', name: 'episode1.pcanvas.json' });
    expect(getBlockAction(allowed!)).toEqual({ kind: 'shell', allowed: [422, 409], inRepository: true });
    expect(getBlockAction(plain!)).toEqual({ kind: 'shell', allowed: [], inRepository: false });
  });

  it('refuses a JSON, JavaScript or CSV block that neither runs, is saved, nor says why not', () => {
    for (const lang of ['json', 'js', 'csv', 'console']) {
      const [block] = page(`\`\`\`${lang}`, '{}', '```');
      expect(() => getBlockAction(block!)).toThrow(`docs/page.md:1: a \`\`\`${lang} block needs`);
    }
    const [output] = page('```', 'event: snapshot', '```');
    expect(getBlockAction(output!)).toEqual({ kind: 'prose' });
  });

  it('refuses an annotation it does not understand, or a skip without a reason', () => {
    expect(() => page('<!-- docs-check: skpi (typo) -->', '```sh', 'true', '```')).toThrow('unknown docs-check annotation "skpi (typo)"');
    expect(() => page('<!-- docs-check: skip -->', '```sh', 'true', '```')).toThrow('unknown docs-check annotation');
  });

  it('refuses a fence that is never closed', () => {
    expect(() => page('```sh', 'pnpm start')).toThrow('docs/page.md:1: a fence that is never closed');
  });
});

describe('the variables a block hands on', () => {
  it('are the names it assigns at the start of a command, exported or not', () => {
    const script = ['BASE=http://localhost:3000/api/v1', 'export PCANVAS_API_KEY=$PC_KEY', 'ID=$(jq -r .id created.json); REV=2', 'curl -H "a=b" x'].join('\n');
    expect(getAssignedNames(script)).toEqual(['BASE', 'PCANVAS_API_KEY', 'ID', 'REV']);
  });
});
