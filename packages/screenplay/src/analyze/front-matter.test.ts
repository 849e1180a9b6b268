import { describe, expect, it } from 'vitest';
import { analyzeScreenplay } from './analyze.js';

const scene = ['INT. LIGHTHOUSE - LAMP ROOM - NIGHT', '', 'Wind howls. ARTHUR (70s) trims the wick.', '', 'ARTHUR', 'Not tonight. Not again.', ''];
const read = (...front: string[]) => {
  const analysis = analyzeScreenplay([...front, ...scene].join('\n'));
  return { title: analysis.title, characters: analysis.characters.map((character) => character.name), warnings: analysis.warnings.map((warning) => warning.code) };
};

describe('the title block of a script pasted without a title page', () => {
  it('is the title, not a cue speaking the credit', () => {
    // As Word keeps a title page typed line under line.
    expect(read('THE LAST LIGHTHOUSE', 'Written by', "Margaret O'Neill", 'Second Draft - 14 March 2024', 'margaret.oneill@example.com', '', 'FADE IN:', '')).toEqual({
      title: 'THE LAST LIGHTHOUSE',
      characters: ['ARTHUR'],
      warnings: [],
    });
    expect(read('THE LAST LIGHTHOUSE', "by Margaret O'Neill", '')).toMatchObject({ title: 'THE LAST LIGHTHOUSE', characters: ['ARTHUR'], warnings: [] });
    expect(read('BLOOD ORANGE', 'An original screenplay', '', 'WRITTEN BY', 'JAMES HOLLOWAY', '', 'FIRST DRAFT', '07700 900123', '')).toMatchObject({
      title: 'BLOOD ORANGE',
      characters: ['ARTHUR'],
      warnings: [],
    });
  });

  it('is read without a credit when it gives the episode and the draft', () => {
    expect(read('DEAD RECKONING', 'Episode 1: "The Crossing"', '', 'Draft 3 - 02/05/24', '')).toMatchObject({ title: 'DEAD RECKONING', characters: ['ARTHUR'] });
  });

  it('is the title when it is one bare line above FADE IN: or the first heading', () => {
    expect(read('THE LAST LIGHTHOUSE', '')).toEqual({ title: 'THE LAST LIGHTHOUSE', characters: ['ARTHUR'], warnings: [] });
    // Typed straight above the heading, as a plain-text script is: not a cue speaking the heading.
    expect(read('THE LAST LIGHTHOUSE')).toEqual({ title: 'THE LAST LIGHTHOUSE', characters: ['ARTHUR'], warnings: [] });
    expect(read('The Last Lighthouse', '', 'FADE IN:', '')).toEqual({ title: 'The Last Lighthouse', characters: ['ARTHUR'], warnings: [] });
    expect(read('LA CASA DE LOS ESPEJOS', '')).toMatchObject({ title: 'LA CASA DE LOS ESPEJOS', warnings: [] });
  });

  it('leaves a bare cold open above the first heading as action', () => {
    for (const coldOpen of ['BLACK.', 'DARKNESS', 'SUPER: London, 1944', 'Rain hammers the glass.', 'the sea at night']) {
      expect(read(coldOpen, '')).toMatchObject({ title: '', warnings: ['text_outside_scenes'] });
    }
  });

  it('leaves a cold open before the first heading as written: a narrator still speaks', () => {
    expect(read('NARRATOR (V.O.)', 'By the river, I waited for him.', '')).toMatchObject({ title: '', characters: ['NARRATOR', 'ARTHUR'], warnings: ['text_outside_scenes'] });
    // A title block, then a cue before any heading: the title is kept, the narrator speaks.
    expect(read('THE LAST LIGHTHOUSE', 'by', "Margaret O'Neill", '', 'BLACK.', '', 'NARRATOR (V.O.)', 'Every light goes out.', '')).toMatchObject({
      title: 'THE LAST LIGHTHOUSE',
      characters: ['NARRATOR', 'ARTHUR'],
    });
  });
});
