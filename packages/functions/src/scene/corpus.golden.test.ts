import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { finalDraftToFountain } from '@pc/final-draft';
import { importScreenplay, type ScreenplayImport } from '@pc/screenplay';
import {
  FINAL_DRAFT_FIXTURES,
  finalDraftFixture,
  FIXTURES,
  fountainFixture,
  LOCAL_LAYOUT_FIXTURES,
  localLayoutFixture,
} from '@pc/screenplay/testing';
import { describe, expect, it } from 'vitest';
import { breakdownScenes, renderCorpusBreakdowns } from '../testing/corpus.js';

// What the Scene node's breakdown says of every scene of the corpus (packages/fountain, final-draft and screenplay
// fixtures): page eighths, screen time, cast, extras, set. Read by hand as a first AD reads a breakdown;
// UPDATE_GOLDEN=1 rewrites the files after a deliberate change, and the diff is the review.
const update = process.env['UPDATE_GOLDEN'] === '1';

const compare = async (file: string, imported: ScreenplayImport) => {
  const text = renderCorpusBreakdowns(imported.report.title, await breakdownScenes(imported.document));
  const path = new URL(`../../__golden__/corpus/${file}.txt`, import.meta.url);
  if (update) writeFileSync(path, text);
  else if (!existsSync(path)) throw new Error(`Missing golden file corpus/${file}.txt: run with UPDATE_GOLDEN=1`);
  else expect(text).toBe(readFileSync(path, 'utf8'));
};

describe('the scene breakdowns of each corpus script', () => {
  it.each(FIXTURES)('%s', (name) => compare(name, importScreenplay(fountainFixture(name))));
  it.each(FINAL_DRAFT_FIXTURES)('%s.fdx', (name) => {
    const { fountain, shotLines } = finalDraftToFountain(finalDraftFixture(name));
    return compare(`${name}.fdx`, importScreenplay(fountain, { shotLines }));
  });
  it.each(LOCAL_LAYOUT_FIXTURES)('%s in its own layout', (name) => compare(name, importScreenplay(localLayoutFixture(name))));
});
