import { describe, expect, it } from 'vitest';
import { analyzeScreenplay } from './analyze.js';

// An excerpt written for this test, after The Last Birthday Card's birthday card (Stu Maschwitz), which the Fountain spec quotes.
describe('what the action sets in', () => {
  it('reads a card set in under the action as written words: the name on it casts nobody', () => {
    const script = [
      'INT. FLAT - DAY',
      '',
      'Rosa tears open the envelope. Inside, in neat blue ink:',
      '',
      '          Rosa --',
      '',
      '          Ivo Brandt',
      '          Hotel Metropol, room 9',
      '',
      'She drops it on the table.',
      '',
      'INT. HOTEL METROPOL - ROOM 9 - NIGHT',
      '',
      'Brandt waits by the window.',
      '',
      'BRANDT',
      'You came.',
      '',
      'ROSA',
      'I came.',
      '',
    ].join('\n');
    const { scenes } = analyzeScreenplay(script);
    expect(scenes.map((scene) => [...scene.speakers, ...scene.mentioned])).toEqual([['ROSA'], ['BRANDT', 'ROSA']]);
    // The same lines in a script whose every action line is indented alike (a PDF's text) are the action itself.
    const shifted = script.split('\n').map((line) => (line.startsWith('          ') || line === '' || /^(?:INT\.|[A-Z]+$)/.test(line) ? line : `          ${line}`));
    expect(analyzeScreenplay(shifted.join('\n')).scenes[0]!.mentioned).toEqual(['ROSA', 'BRANDT']);
  });
});
