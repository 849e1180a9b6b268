import { describe, expect, it } from 'vitest';
import { FIT_CLEARANCE, centreBesideSheet, fitAllOptions, panelCover } from './fit-view.js';

const box = (left: number, top: number, width: number, height: number) => ({ left, top, right: left + width, bottom: top + height });

describe('a fit beside the open Continuity list', () => {
  it('leaves nothing when no list is open', () => {
    expect(fitAllOptions(0, panelCover(box(0, 48, 1280, 672), null)).padding).toEqual(fitAllOptions().padding);
  });

  it('keeps the cards right of a tall list on a laptop canvas', () => {
    // The list: 340 px wide at 56 px from the canvas's left, 550 px tall.
    const cover = panelCover(box(240, 48, 1040, 672), box(296, 155, 340, 550));
    expect(cover).toEqual({ left: 56 + 340 + FIT_CLEARANCE.left, bottom: 0 });
    expect(fitAllOptions(0, cover).padding.left).toBe(`${56 + 340 + FIT_CLEARANCE.left}px`);
  });

  it('keeps the cards above a list that spans a phone’s canvas', () => {
    const cover = panelCover(box(0, 56, 390, 500), box(64, 400, 316, 141));
    expect(cover).toEqual({ left: 0, bottom: 556 - 400 + FIT_CLEARANCE.left });
    expect(fitAllOptions(0, cover).padding.bottom).toBe(`${556 - 400 + FIT_CLEARANCE.left}px`);
  });

  it('never leaves less than the chrome’s own clearance', () => {
    const low = panelCover(box(0, 0, 390, 700), box(64, 660, 316, 30));
    expect(fitAllOptions(0, low).padding.bottom).toBe(`${FIT_CLEARANCE.bottom}px`);
  });
});

describe('centreBesideSheet', () => {
  it('centres a card in the part of the canvas left of the open sheet', () => {
    // A 1000 px canvas with a 300 px sheet at 50 %: the middle of the uncovered 700 px is 150 px left of the whole's.
    expect(centreBesideSheet(400, 300, 0.5)).toBe(700);
  });

  it('is the card itself with the sheet folded', () => {
    expect(centreBesideSheet(400, 0, 0.5)).toBe(400);
  });
});
