import { parseFountain } from '@pc/fountain';
import { describe, expect, it } from 'vitest';
import { readMontages } from './montage.js';

const inScene = { intExt: 'INT', locationName: 'THE ANCHOR - BACK ROOM' };
const montages = (text: string, heading = inScene) => readMontages(parseFountain(text).elements, heading);

describe('montages in a scene', () => {
  it('reads BEGIN MONTAGE … END MONTAGE as one montage, a beat for each marked line, and what follows as the scene again', () => {
    const text = [
      'Howells glances at the trapdoor.',
      '',
      'BEGIN MONTAGE:',
      '',
      '-- Cerys hauls the trapdoor open.',
      '-- Torchlight on wet steps. Barrels. A ledger',
      'wrapped in a bin bag.',
      '-- Upstairs, DAI slides the bolt across the pub door.',
      '',
      'END MONTAGE',
      '',
      'The room goes dark.',
    ].join('\n');
    expect(montages(text)).toEqual([
      {
        kind: 'MONTAGE',
        title: '',
        beats: ['Cerys hauls the trapdoor open.', 'Torchlight on wet steps. Barrels. A ledger wrapped in a bin bag.', 'Upstairs, DAI slides the bolt across the pub door.'],
      },
    ]);
  });

  it('reads a titled montage, a series of shots lettered A) B) C) without a closing line, and unmarked paragraphs in a closed one', () => {
    expect(montages('SERIES OF SHOTS - THE FLOOD\nA) The river rises.\nB) Élodie carries books.\n\nÉlodie sits down, soaked.\n\nELODIE\nThat’s that.')).toEqual([
      { kind: 'SERIES OF SHOTS', title: 'THE FLOOD', beats: ['The river rises.', 'Élodie carries books.'] },
    ]);
    expect(montages('MONTAGE - THE STALL THROUGH A YEAR\n\nSnow on the green box.\n\nZoë skates past, falls.\n\nEND MONTAGE\n\nZOË\nOw.')).toEqual([
      { kind: 'MONTAGE', title: 'THE STALL THROUGH A YEAR', beats: ['Snow on the green box.', 'Zoë skates past, falls.'] },
    ]);
  });

  it('reads a scene whose forced heading is the montage as one, from its first line to its last', () => {
    expect(montages('- A fox crosses an empty zebra crossing.\n- Kebab shutters come down.', { intExt: '', locationName: 'MONTAGE - LONDON AFTER MIDNIGHT' })).toEqual([
      { kind: 'MONTAGE', title: 'LONDON AFTER MIDNIGHT', beats: ['A fox crosses an empty zebra crossing.', 'Kebab shutters come down.'] },
    ]);
  });

  it('finds none in a scene without one, nor in the word montage inside a sentence', () => {
    expect(montages('She edits a montage of the wedding.\n\n-- a list, not beats.\n\nANNA\nMontage!')).toEqual([]);
  });
});
