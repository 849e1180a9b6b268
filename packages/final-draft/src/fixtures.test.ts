import { readdirSync, readFileSync } from 'node:fs';
import { isTransitionText, parseFountain } from '@pc/fountain';
import { describe, expect, it } from 'vitest';
import { finalDraftToFountain, readFinalDraft } from './index.js';
import type { FinalDraftParagraph } from './types.js';

const fixtures = new URL('../fixtures/', import.meta.url);
const names = readdirSync(fixtures).filter((name) => name.endsWith('.fdx'));
const read = (name: string) => readFileSync(new URL(name, fixtures), 'utf8');

// The Fountain element each Final Draft paragraph type must come back as.
const EXPECTED: Record<string, string> = {
  'Scene Heading': 'scene_heading',
  Character: 'character',
  Dialogue: 'dialogue',
  Parenthetical: 'parenthetical',
  Transition: 'transition',
  'New Act': 'section',
  'End of Act': 'section',
};

// An Action the writer centred (THE END) or typed as a transition (FADE OUT.) is what they meant.
const asTyped = (paragraph: FinalDraftParagraph): string => {
  if (paragraph.type === 'Shot' || paragraph.type === 'Character') return 'action';
  if (paragraph.centered) return 'centered';
  return isTransitionText(paragraph.runs.map((run) => run.text).join('').trim().toUpperCase()) ? 'transition' : 'action';
};

// Each fixture's Fountain is reviewed by hand and kept beside it; `vitest -u` rewrites
// them after a deliberate change, and the diff is the review.
describe('Final Draft fixture corpus', () => {
  it.each(names)('%s converts to its reviewed Fountain', async (name) => {
    await expect(finalDraftToFountain(read(name)).fountain).toMatchFileSnapshot(`../fixtures/${name.replace(/\.fdx$/, '.fountain')}`);
  });

  it.each(names)('%s: the Fountain reader gives back every paragraph as its Final Draft type', (name) => {
    const script = readFinalDraft(read(name));
    const paragraphs = script.body
      .flatMap((block): FinalDraftParagraph[] => (block.kind === 'dual' ? block.paragraphs : [block]))
      .filter((paragraph) => paragraph.runs.some((run) => run.text.trim() !== '') && paragraph.omitted === undefined);
    const expected = paragraphs.map((paragraph) => EXPECTED[paragraph.type] ?? asTyped(paragraph));
    const elements = parseFountain(finalDraftToFountain(read(name)).fountain).elements.filter((element) => element.type !== 'synopsis');
    expect(elements.map((element) => element.type)).toEqual(expected);
    const headings = elements.flatMap((element) => (element.type === 'scene_heading' ? [element.sceneNumber] : []));
    expect(headings).toEqual(paragraphs.filter((paragraph) => paragraph.type === 'Scene Heading').map((paragraph) => paragraph.number));
  });
});
