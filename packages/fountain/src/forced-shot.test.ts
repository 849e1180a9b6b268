import { describe, expect, it } from 'vitest';
import { parseFountain } from './parse.js';

const types = (source: string) => parseFountain(source).elements.map((element) => `${element.type}${'shot' in element && element.shot ? ' (shot)' : ''}`);

// Writers force their secondary headings inside a scene (the Fountain sample The Last Birthday Card does
// throughout): each is a setup of the scene it is in, as a first AD breaks it down, not a scene of its own.
describe('a forced heading that is a shot of its scene', () => {
  it('is a shot when the action runs on from it or into it', () => {
    const source = [
      'EXT. QUARRY ROAD - DAY',
      '',
      'Ines watches the hill. She sees',
      '',
      '.THE TRACTOR',
      '',
      'roll backwards down the slope.',
      '',
      '.THE GATE,',
      '',
      'wide open. Nobody there.',
    ].join('\n');
    expect(types(source)).toEqual(['scene_heading', 'action', 'action (shot)', 'action', 'action (shot)', 'action']);
  });

  it('is a shot when it reads as camera words', () => {
    expect(types('INT. DEN - NIGHT\n\nThey drink.\n\n.ON THE TV\n\nThe late news.\n\n.BACK ON THE PAIR\n\nSilence.')).toEqual([
      'scene_heading',
      'action',
      'action (shot)',
      'action',
      'action (shot)',
      'action',
    ]);
  });

  it('stays a scene with a sentence of its own under it, or with INT./EXT.', () => {
    expect(types('INT. DEN - NIGHT\n\nThey drink.\n\n.THE VOID\n\nNothing at all.')).toEqual(['scene_heading', 'action', 'scene_heading', 'action']);
    expect(types('INT. DEN - NIGHT\n\nShe looks at\n\n.EXT. GARDEN - NIGHT\n\nthe rain.')).toEqual(['scene_heading', 'action', 'scene_heading', 'action']);
  });
});
