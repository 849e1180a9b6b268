import { describe, expect, it } from 'vitest';
import { named, ofType } from '../testing/scripts.js';
import { importScreenplay } from './import-screenplay.js';

const roles = (source: string) => Object.fromEntries(ofType(importScreenplay(source).document, 'character').map((node) => [node.data['name'], node.data['role']]));

// A short in four scenes: TEO on the first page and in every scene, with most of the lines.
const short = [
  'Title: Bread',
  '',
  'INT. BAKERY - NIGHT',
  '',
  'TEO (30s) kneads dough. LUCA leans on the counter.',
  '',
  'LUCA',
  'You never sleep.',
  '',
  'TEO',
  'Bread never sleeps.',
  '',
  'EXT. STREET - DAWN',
  '',
  'Teo pushes the cart. A DRIVER honks.',
  '',
  'DRIVER',
  'Move it!',
  '',
  'TEO',
  'Morning to you too.',
  '',
  'INT. CAFE - DAY',
  '',
  'Teo unloads loaves. LUCA counts coins.',
  '',
  'LUCA',
  'Short again.',
  '',
  'TEO',
  "We'll manage.",
  '',
  'INT. BAKERY - NIGHT',
  '',
  'TEO',
  'One more batch.',
  '',
].join('\n');

describe('billing the characters of an imported script', () => {
  it('makes the protagonist of a short a lead, a speaker in half the scenes supporting and a one-line bit minor', () => {
    expect(roles(short)).toEqual({ TEO: 'lead', LUCA: 'supporting', DRIVER: 'minor' });
  });

  it('makes a second lead of someone near the protagonist in scenes and lines', () => {
    // LUCA in three scenes of four, with as many lines as TEO.
    const twoHander = short
      .replace('Teo pushes the cart.', 'Teo pushes the cart. Luca yawns beside him.')
      .replace('LUCA\nShort again.', 'LUCA\nShort again.\n\nLUCA\nAnd the rent.');
    expect(roles(twoHander)).toMatchObject({ TEO: 'lead', LUCA: 'lead' });
  });

  it('makes a lead of the character the title names, when they have more than one line', () => {
    expect(roles(short.replace('Title: Bread', "Title: Luca's Bread"))).toMatchObject({ TEO: 'lead', LUCA: 'lead' });
    expect(roles(short.replace('Title: Bread', 'Title: The Driver'))).toMatchObject({ DRIVER: 'minor' });
  });

  it('never makes a lead of the narrator, and keeps the role a user gave on a re-import', () => {
    expect(roles('INT. ROOM - DAY\n\nＮ\nあの夏。\n\nＮ\n暑かった。\n\n健太\nただいま。')).toEqual({ ナレーター: 'supporting', 健太: 'lead' });
    const { document } = importScreenplay(short);
    named(document, 'character', 'LUCA').data['role'] = 'background';
    expect(named(importScreenplay(short, { existing: document }).document, 'character', 'LUCA').data['role']).toBe('background');
  });
});
