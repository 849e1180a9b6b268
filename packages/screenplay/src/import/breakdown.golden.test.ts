import { finalDraftToFountain, placeWarnings } from '@pc/final-draft';
import { describe, expect, it } from 'vitest';
import { breakdown } from '../testing/breakdown.js';
import { FINAL_DRAFT_FIXTURES, finalDraftFixture, FIXTURES, fountainFixture, LOCAL_LAYOUT_FIXTURES, localLayoutFixture } from '../testing/scripts.js';
import { importScreenplay } from './import-screenplay.js';

// What a script supervisor checks after an import — scenes, sets, cast, characters,
// locations, warnings — for every script of the corpus. Each golden file is reviewed by
// hand; `vitest -u` rewrites them after a deliberate change, and the diff is the review.
describe('the breakdown of each corpus script', () => {
  it.each(FIXTURES)('%s imports to its reviewed breakdown', async (name) => {
    const { document, report } = importScreenplay(fountainFixture(name));
    await expect(`${breakdown(document, report).join('\n')}\n`).toMatchFileSnapshot(`../../fixtures/${name}.breakdown.txt`);
  });
});

// A Final Draft file imports as the Fountain it converts to (packages/final-draft), its warnings placed in the .fdx.
describe('the breakdown of each Final Draft script', () => {
  it.each(FINAL_DRAFT_FIXTURES)('%s.fdx imports to its reviewed breakdown', async (name) => {
    const { fountain, places, shotLines } = finalDraftToFountain(finalDraftFixture(name));
    const { document, report } = importScreenplay(fountain, { shotLines });
    report.warnings = placeWarnings(report.warnings, places);
    await expect(`${breakdown(document, report).join('\n')}\n`).toMatchFileSnapshot(`../../fixtures/${name}.fdx.breakdown.txt`);
  });
});

// A script pasted in its own layout imports as the Fountain it reads as (analyze/local-layout.ts).
describe('the breakdown of each script in its own layout', () => {
  it.each(LOCAL_LAYOUT_FIXTURES)('%s imports to its reviewed breakdown', async (name) => {
    const { document, report } = importScreenplay(localLayoutFixture(name));
    await expect(`${breakdown(document, report).join('\n')}\n`).toMatchFileSnapshot(`../../fixtures/${name}.breakdown.txt`);
  });
});
