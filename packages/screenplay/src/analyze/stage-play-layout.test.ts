import { describe, expect, it } from 'vitest';
import { analyzeScreenplay } from './analyze.js';
import { withStagePlaySpeeches } from './stage-play-layout.js';

const speakers = (script: string) => analyzeScreenplay(script).scenes.map((scene) => scene.speakers);

describe('the stage-play layout, NAME: speech', () => {
  it('reads each NAME: line as a cue and its speech, a bracket after the name as the voice or a direction', () => {
    expect(withStagePlaySpeeches("ELSIE: (not turning round) You're late.\nARTHUR (O.S.): The boat was late.\nElsie (quietly): Always.")).toBe(
      "ELSIE\n(not turning round)\nYou're late.\n\nARTHUR (O.S.)\nThe boat was late.\n\nELSIE\n(quietly)\nAlways.\n",
    );
  });

  it('casts the speakers of a pasted script that writes its speeches so, and keeps SUPER:, NOTE:, SFX: and 10:30 as action', () => {
    const script = [
      'INT. LIGHTHOUSE - LAMP ROOM - NIGHT',
      '',
      'SUPER: Godrevy, Cornwall. 1952.',
      '',
      "ELSIE: You're late.",
      'ARTHUR: The boat was late.',
      '(He hangs his oilskin on the hook.)',
      'ELSIE: The boat is always late.',
      '',
      'NOTE: the letter is the one Elsie burns later.',
      'SFX: A foghorn, far off.',
      '',
      'At 10:30 the lamp stutters.',
    ].join('\n');
    const [scene] = analyzeScreenplay(script).scenes;
    expect(scene?.speakers).toEqual(['ELSIE', 'ARTHUR']);
    // Packed one under another, the line under a speech is a direction of its own, not more of the speech.
    expect(scene?.elements.filter((element) => element.type === 'action').map((element) => element.text)).toEqual([
      'SUPER: Godrevy, Cornwall. 1952.',
      '(He hangs his oilskin on the hook.)',
      'NOTE: the letter is the one Elsie burns later.\nSFX: A foghorn, far off.',
      'At 10:30 the lamp stutters.',
    ]);
  });

  it('goes on over the lines under a speech when the script sets its speeches apart with blank lines', () => {
    const script = 'INT. STUDIO - NIGHT\n\nMAGS: Good evening.\nThis is the late news.\n\nTONY: And the weather.\n\nMAGS: Back to you.';
    expect(analyzeScreenplay(script).scenes[0]?.elements.filter((element) => element.type === 'dialogue').map((element) => element.text)).toEqual([
      'Good evening.\nThis is the late news.',
      'And the weather.',
      'Back to you.',
    ]);
  });

  it('leaves a Fountain script alone, and one that only labels its lines with a colon', () => {
    // A text exchange on her phone, in a script whose speeches are Fountain cues: what the screen shows.
    const fountain = [
      'INT. BUS - NIGHT', '', 'ANNA', 'Is this the last one?', '', 'DRIVER', 'Last one.', '', 'Her phone lights up:', '',
      'MAX: where r u', 'MUM: Call me when you get in.', 'MAX: ???', '', 'She pockets the phone.',
    ].join('\n');
    expect(speakers(fountain)).toEqual([['ANNA', 'DRIVER']]);
    const labels = 'INT. A - DAY\n\nSUPER: Paris.\nTITLE: Day One.\nNOTE: rain.\nINT: the flat.\nSFX: A bell.\n\nAt 10:30: nothing.';
    expect(speakers(labels)).toEqual([[]]);
    // One speaker alone is no layout: a man reading out a list.
    expect(speakers('INT. A - DAY\n\nJOHN: One.\nJOHN: Two.\nJOHN: Three.')).toEqual([[]]);
  });

  it('takes the lines above the first heading as the title and notes, not as a cue called THE KEEPER’S WIFE', () => {
    const analysis = analyzeScreenplay("THE KEEPER'S WIFE\na short film by Tom Ashby\n\nINT. LAMP ROOM - NIGHT\n\nELSIE: Late.\nARTHUR: Yes.\nELSIE: Again.");
    expect(analysis.title).toBe("THE KEEPER'S WIFE");
    expect(analysis.characters.map((character) => character.name)).toEqual(['ELSIE', 'ARTHUR']);
  });
});
