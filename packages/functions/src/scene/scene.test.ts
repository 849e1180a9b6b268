import { parseFountain } from '@pc/fountain';
import { analyzeScreenplay } from '@pc/screenplay';
import { describe, expect, it } from 'vitest';
import { runFunction } from '../registry.js';
import { asUpstream, anna } from '../testing/story.js';
import { buildCast } from './cast.js';
import { readDialogueLines } from './dialogue.js';
import { formatSceneHeading } from './heading.js';
import { formatEighths, measureScene, TIMING } from './timing.js';

describe('scene heading', () => {
  it('reads like a slugline', () => {
    expect(formatSceneHeading({ intExt: 'INT', locationName: ' kitchen ', timeOfDay: 'night' })).toBe('INT. KITCHEN - NIGHT');
    expect(formatSceneHeading({ intExt: 'INT/EXT', locationName: 'CAR', timeOfDay: '' })).toBe('INT./EXT. CAR');
    // A forced heading (.THE VOID) names neither inside nor out: no prefix.
    expect(formatSceneHeading({ intExt: '', locationName: 'the void', timeOfDay: '' })).toBe('THE VOID');
  });
});

describe('page eighths and duration', () => {
  it.each([[1, '1/8'], [4, '4/8'], [8, '1'], [12, '1 4/8'], [17, '2 1/8']])('%i eighths read %s', (eighths, text) => {
    expect(formatEighths(eighths)).toBe(text);
  });

  it('counts a heading, wrapped action and dialogue, with the scene padding', () => {
    const action = 'word '.repeat(30).trim(); // 149 characters: 3 lines at 63
    const { elements } = parseFountain(`${action}\n\nANNA\nOne two three.`);
    const timing = measureScene(elements, false);
    expect(timing.lines).toBe(TIMING.headingLines + 3 + 1 + 2 + 1);
    // 10 lines of 55 is 1.45 eighths: an eighth.
    expect(timing.eighths).toBe(1);
    expect(timing.durationMs).toBe(2000 + (200 * 30 + 500) + (300 * 3 + 1000));
  });

  it('counts dual dialogue once, at its longer speech: side by side on the page, spoken over each other', () => {
    const single = measureScene(parseFountain('ANNA\nOne two three four.\n').elements, false);
    const dual = measureScene(parseFountain('ANNA\nOne two three four.\n\nBEN ^\nOne.\n\nShe leaves.\n').elements, false);
    const after = measureScene(parseFountain('She leaves.\n').elements, false);
    expect(dual.lines).toBe(single.lines + after.lines - TIMING.headingLines);
    expect(dual.durationMs).toBe(single.durationMs + after.durationMs - TIMING.scenePaddingMs);
  });

  it('times Japanese and Chinese, written without spaces, two characters to a word, and prints them two columns wide', () => {
    // 26 characters, four runs of letters (5, 1, 5, 12): 3 + 1 + 3 + 6 words, not 4; 52 columns, two lines at 35.
    const japanese = measureScene(parseFountain('健太\n昭和四十年、夏。この町には、まだ映画館がひとつあった').elements, false);
    const english = measureScene(parseFountain(`KENTA\n${'x'.repeat(52)}`).elements, false);
    expect(japanese.durationMs).toBe(2000 + 300 * 13 + 1000);
    expect(japanese.lines).toBe(TIMING.headingLines + 2 + 2);
    expect(english.lines).toBe(japanese.lines);
    // Korean is written in words: each counts once.
    expect(measureScene(parseFountain('준호\n그때 연락 못 해서 미안했어.').elements, false).durationMs).toBe(2000 + 300 * 5 + 1000);
  });

  it('measures to the nearest eighth, as a ruler on the page does, so the scenes add up to the pages', () => {
    // A heading, one line of action and SMASH CUT TO: — 7 lines, a hair over an eighth — is an eighth, not two.
    expect(measureScene(parseFountain('The city wakes.').elements, true)).toMatchObject({ lines: 7, eighths: 1 });
    // Half a page (27 and 28 lines of 55) is 4/8.
    const lines = (count: number) => measureScene(parseFountain(Array.from({ length: count }, (_, index) => `Line ${index}.`).join('\n\n')).elements, false);
    expect(lines(12)).toMatchObject({ lines: 27, eighths: 4 });
    expect(lines(12).eighths + lines(12).eighths).toBe(8);
  });

  it('is at least an eighth, for an empty scene', () => {
    expect(measureScene([], false)).toEqual({ lines: 3, eighths: 1, durationMs: 2000 });
  });
});

describe('dialogue and cast', () => {
  const script = parseFountain('BEN watches.\n\nANNA\n(quietly)\nNo.\n(beat)\nNever.\n\nMRS. PARK (O.S.)\nHello?').elements;

  it('lists each dialogue run with its speaker and the parenthetical before it', () => {
    expect(readDialogueLines(script)).toEqual([
      { order: 1, speaker: 'ANNA', extensions: [], parenthetical: 'quietly', text: 'No.' },
      { order: 2, speaker: 'ANNA', extensions: [], parenthetical: 'beat', text: 'Never.' },
      { order: 3, speaker: 'MRS. PARK', extensions: ['O.S.'], parenthetical: '', text: 'Hello?' },
    ]);
  });

  it('lists a verse of lyrics under one cue as one sung line, and a verse after a parenthetical as another', () => {
    const { elements } = parseFountain('ANNA\n(singing)\n~Light the lamp\n~and the next.\n(spoken)\nThere.\n(singing again)\n~Never mind the dark.');
    expect(readDialogueLines(elements).map(({ parenthetical, text }) => [parenthetical, text])).toEqual([
      ['singing', 'Light the lamp\nand the next.'],
      ['spoken', 'There.'],
      ['singing again', 'Never mind the dark.'],
    ]);
    // A full-width parenthetical (Japanese, Chinese) loses its brackets as the ASCII one does.
    expect(readDialogueLines(parseFountain('ケン\n（小声で）\nうん').elements)[0]).toMatchObject({ parenthetical: '小声で', text: 'うん' });
  });

  it('flags a speaker nobody linked and a linked character absent from the script', () => {
    const linked = [asUpstream(anna), asUpstream({ id: 'char_cleo', type: 'character', data: { name: 'Cleo' } })];
    const cast = buildCast(linked, script, readDialogueLines(script));
    expect(cast.map((member) => [member.name, member.lineCount, member.flags])).toEqual([
      ['ANNA', 2, []],
      ['MRS. PARK', 1, ['speaker_not_linked']],
      ['CLEO', 0, ['linked_not_in_script']],
    ]);
  });

  it('does not flag a linked Korean or Chinese character the action names with a particle or inside a sentence', () => {
    const elements = parseFountain('창밖에서 민호가 손을 흔든다. 李明走进来。\n\n지수\n왔어?').elements;
    const linked = ['민호', '李明'].map((name, index) => asUpstream({ id: `char_${index}`, type: 'character', data: { name } }));
    expect(buildCast(linked, elements, readDialogueLines(elements)).map((member) => [member.name, member.inAction, member.flags])).toEqual([
      // Both first named in the one paragraph: by name.
      ['李明', true, []],
      ['민호', true, []],
      ['지수', false, ['speaker_not_linked']],
    ]);
  });

  it('flags a linked character the action only names as an owner or a topic, not one whose hand is seen', () => {
    const elements = parseFountain("MARIA's car is parked outside. They talk about JOHN. Ben's hand trembles.\n\nANNA\nHe's late.").elements;
    const linked = ['MARIA', 'JOHN', 'BEN'].map((name, index) => asUpstream({ id: `char_${index}`, type: 'character', data: { name } }));
    expect(buildCast(linked, elements, readDialogueLines(elements)).map((member) => [member.name, member.inAction, member.flags])).toEqual([
      ['BEN', true, []],
      ['ANNA', false, ['speaker_not_linked']],
      ['JOHN', false, ['linked_not_in_script']],
      ['MARIA', false, ['linked_not_in_script']],
    ]);
  });

  it('does not flag a linked titled character the action names without the title (O’Neil for DR. O’NEIL), unless two share the name', () => {
    const elements = parseFountain("Ruth at the gate. O'Neil beside her. Park waits.\n\nRUTH\nAfter you.").elements;
    const linked = ["DR. O'NEIL", 'MR. PARK', 'MRS. PARK'].map((name, index) => asUpstream({ id: `char_${index}`, type: 'character', data: { name } }));
    expect(buildCast(linked, elements, readDialogueLines(elements)).map((member) => [member.name, member.flags])).toEqual([
      ["DR. O'NEIL", []],
      ['RUTH', ['speaker_not_linked']],
      ['MR. PARK', ['linked_not_in_script']],
      ['MRS. PARK', ['linked_not_in_script']],
    ]);
  });

  it('counts a shared cue as a line for each speaker, not as a character of its own', () => {
    const elements = parseFountain('DAN & JACK\nHere they come.\n\nDAN\nGo.').elements;
    const cast = buildCast([asUpstream({ id: 'char_dan', type: 'character', data: { name: 'DAN' } })], elements, readDialogueLines(elements));
    expect(cast.map((member) => [member.name, member.lineCount, member.flags])).toEqual([
      ['DAN', 2, []],
      ['JACK', 1, ['speaker_not_linked']],
    ]);
  });

  it('does not flag the other end of an intercut, who is linked but speaks in the other scene’s text', () => {
    const elements = parseFountain('MAGGIE\nTell me.\n\nINTERCUT - BULLPEN / OFFICE\n\nBEN\nNow?').elements;
    const nair = asUpstream({ id: 'char_nair', type: 'character', data: { name: 'DR. NAIR' } });
    const cast = buildCast([nair], elements, readDialogueLines(elements), { intercut: true });
    expect(cast.map((member) => [member.name, member.flags])).toEqual([
      ['MAGGIE', ['speaker_not_linked']],
      ['BEN', ['speaker_not_linked']],
      ['DR. NAIR', []],
    ]);
    expect(buildCast([nair], elements, readDialogueLines(elements)).at(-1)?.flags).toEqual(['linked_not_in_script']);
  });

  it('reads a centred "> BACK TO SCENE <" in the scene’s text as an intercut too: the other end is not flagged', async () => {
    const nair = asUpstream({ id: 'char_nair', type: 'character', data: { name: 'DR. NAIR' } });
    const flagsOf = async (scriptText: string) => {
      const { outputs } = await runFunction('sceneBreakdown', { node: { id: 's', type: 'scene', data: { scriptText } }, upstream: { characters: [nair] } }, { signal: new AbortController().signal });
      return (outputs['breakdown'] as { cast: { name: string; flags: string[] }[] }).cast.find((member) => member.name === 'DR. NAIR')?.flags;
    };
    expect(await flagsOf('MAGGIE\nTell me.\n\n> BACK TO SCENE <\n\nMaggie hangs up.')).toEqual([]);
    expect(await flagsOf('MAGGIE\nTell me.\n\n> THE NEXT MORNING <\n\nMaggie hangs up.')).toEqual(['linked_not_in_script']);
  });

  it('times an intercut or a return as a transition, not as action', () => {
    const { elements } = parseFountain('Ben waits.\n\nBACK TO SCENE\n');
    expect(elements.map((element) => element.type)).toEqual(['action', 'transition']);
    expect(measureScene(elements, false).durationMs).toBe(2000 + (200 * 2 + 500) + TIMING.transitionMs);
  });

  it('marks a speaker whose every line is heard, not seen, as voice-only; one line on set or off camera (O.S.) puts them on set', () => {
    const elements = parseFountain(
      [
        'Anna dials. BEN is at the window.',
        '',
        'MOTHER (V.O.)',
        'Eat something.',
        '',
        'DISPATCH (ON RADIO)',
        'Unit four.',
        '',
        'DISPATCH (FILTERED)',
        'Respond.',
        '',
        'NEXT (PRE-LAP)',
        'Tomorrow, then.',
        '',
        'CALLER',
        '(into phone, quietly)',
        'It is me.',
        '',
        'BEN (O.S.)',
        'Who was it?',
        '',
        'ANNA (ON PHONE)',
        'Hello?',
        '',
        'ANNA',
        'Nobody.',
      ].join('\n'),
    ).elements;
    const cast = buildCast([], elements, readDialogueLines(elements));
    expect(cast.map((member) => [member.name, member.voiceOnly])).toEqual([
      ['ANNA', false],
      ['BEN', false],
      ['MOTHER', true],
      ['DISPATCH', true],
      ['NEXT', true],
      ['CALLER', true],
    ]);
  });

  it('hears a Russian (З.К.) as voice-only, and a speech continued with (ПРОД.) as it began', () => {
    const elements = parseFountain(['ГОЛОС ДИКТОРА (З.К.)', 'Станция Мичуринец.', '', 'МАРИНА (З.К.)', 'Я помню.', '', 'МАРИНА (ПРОД.)', 'Всё помню.'].join('\n')).elements;
    const cast = buildCast([], elements, readDialogueLines(elements));
    expect(cast.map((member) => [member.name, member.voiceOnly])).toEqual([
      ['ГОЛОС ДИКТОРА', true],
      ['МАРИНА', true],
    ]);
  });

  it('lists the extras the action calls for in the breakdown sheet, never a cast member', async () => {
    const scriptText = 'TWO COPS (20s) at the door. PASSENGERS doze. The WAITER pours.\n\nANNA\nCoffee.';
    const waiter = asUpstream({ id: 'char_waiter', type: 'character', data: { name: 'Waiter' } });
    const { outputs, artifacts } = await runFunction('sceneBreakdown', { node: { id: 's', type: 'scene', data: { scriptText } }, upstream: { characters: [waiter] } }, { signal: new AbortController().signal });
    expect((outputs['breakdown'] as { extras: unknown[] }).extras).toEqual([
      { name: 'COPS', count: 2, asWritten: 'TWO COPS (20s)' },
      { name: 'PASSENGERS', count: null, asWritten: 'PASSENGERS' },
    ]);
    const markdown = artifacts.find((artifact) => artifact.name === 'breakdown.md')?.text;
    expect(markdown).toContain('## Extras / atmosphere\n\n| Extras | Count | As written |\n| --- | ---: | --- |\n| COPS | 2 | TWO COPS (20s) |\n| PASSENGERS | — | PASSENGERS |\n');
  });

  it('reads a scene written NAME: speech throughout (a stage play pasted in) as its speakers and lines, SUPER: as action', async () => {
    const scriptText = "SUPER: Godrevy, 1952.\nELSIE: (not turning round) You're late.\nARTHUR: The boat was late.\nELSIE: It always is.";
    const { outputs } = await runFunction('sceneBreakdown', { node: { id: 's', type: 'scene', data: { scriptText } }, upstream: {} }, { signal: new AbortController().signal });
    const breakdown = outputs['breakdown'] as { dialogue: { speaker: string; parenthetical: string; text: string }[]; cast: { name: string; lineCount: number }[] };
    expect(breakdown.dialogue.map(({ speaker, parenthetical, text }) => [speaker, parenthetical, text])).toEqual([
      ['ELSIE', 'not turning round', "You're late."],
      ['ARTHUR', '', 'The boat was late.'],
      ['ELSIE', '', 'It always is.'],
    ]);
    expect(breakdown.cast.map(({ name, lineCount }) => [name, lineCount])).toEqual([['ELSIE', 2], ['ARTHUR', 1]]);
  });

  it('lists a montage and its beats in the breakdown sheet, a setup each, and times them as the scene’s action', async () => {
    const scriptText = 'BEGIN MONTAGE\n\n-- Cerys hauls the trapdoor open.\n-- Owen switches off the fruit machine.\n\nEND MONTAGE';
    const { outputs, artifacts } = await runFunction('sceneBreakdown', { node: { id: 's', type: 'scene', data: { scriptText } }, upstream: {} }, { signal: new AbortController().signal });
    expect((outputs['breakdown'] as { montages: unknown[] }).montages).toEqual([
      { kind: 'MONTAGE', title: '', beats: ['Cerys hauls the trapdoor open.', 'Owen switches off the fruit machine.'] },
    ]);
    expect(artifacts.find((artifact) => artifact.name === 'breakdown.md')?.text).toContain(
      '## MONTAGE (2 beats, a setup each)\n\n1. Cerys hauls the trapdoor open.\n2. Owen switches off the fruit machine.\n',
    );
  });

  it('marks a speaker on the phone voice-only in a Japanese script pasted in its own layout', async () => {
    const [scene] = analyzeScreenplay('○ 病院・ナースステーション（朝）\n　　電話が鳴る。\n陽太（電話）「お母さん」\n葵「帰ったら探そう」').scenes;
    const { outputs } = await runFunction('sceneBreakdown', { node: { id: 's', type: 'scene', data: { scriptText: scene?.scriptText ?? '' } }, upstream: {} }, { signal: new AbortController().signal });
    expect((outputs['breakdown'] as { cast: { name: string; voiceOnly: boolean }[] }).cast.map((member) => [member.name, member.voiceOnly])).toEqual([
      ['陽太', true],
      ['葵', false],
    ]);
  });

  it('keeps a speaker the action names on set, whatever their lines say (on camera into the phone, narrating over themselves)', () => {
    const elements = parseFountain('ADA walks fast, phone to her ear.\n\nADA\n(into phone)\nPage Dr. Lin.\n\nNURSE BELL (V.O.)\nIn surgery.').elements;
    expect(buildCast([], elements, readDialogueLines(elements)).map((member) => [member.name, member.voiceOnly])).toEqual([
      ['ADA', false],
      ['NURSE BELL', true],
    ]);
  });

  it('hears a radio, a television or a tannoy that speaks, never puts it on set, though the action shows the set it comes from', () => {
    const elements = parseFountain(
      'Cramped. A radio crackles with the shipping forecast. The TV is on.\n\nRADIO (V.O.)\nMalin, Hebrides.\n\nTV NEWSREADER\nStorms tonight.\n\nCAR RADIO\nAnd now the news.\n\nZOË\nTurn it off.',
    ).elements;
    expect(buildCast([], elements, readDialogueLines(elements)).map((member) => [member.name, member.voiceOnly])).toEqual([
      ['RADIO', true],
      ['TV NEWSREADER', false],
      ['CAR RADIO', true],
      ['ZOË', false],
    ]);
  });

  it('hears a message machine and a voice with nobody seen (My Living Memory, The Last Birthday Card), not a person on set', () => {
    const elements = parseFountain(
      'She presses play on the machine. A VOICE on the line too.\n\nMESSAGE MACHINE\nPlease call me back.\n\nVOICE\nDo you remember me?\n\nMALE VOICE\nIs this Scott?\n\nKATE\nWho is this?',
    ).elements;
    expect(buildCast([], elements, readDialogueLines(elements)).map((member) => [member.name, member.voiceOnly])).toEqual([
      ['VOICE', true],
      ['MESSAGE MACHINE', true],
      ['MALE VOICE', true],
      ['KATE', false],
    ]);
  });

  it('hears a Fountain cue Ｎ as the narrator, voice-only, as the Japanese layout’s ナレーター (V.O.)', () => {
    const elements = parseFountain('夕日。健太が走る。\n\nＮ\n昭和四十年、夏。\n\n健太\nすごい。').elements;
    const linked = [asUpstream({ id: 'char_n', type: 'character', data: { name: 'ナレーター' } })];
    expect(buildCast(linked, elements, readDialogueLines(elements)).map((member) => [member.name, member.lineCount, member.voiceOnly, member.flags])).toEqual([
      ['健太', 1, false, ['speaker_not_linked']],
      ['ナレーター', 1, true, []],
    ]);
  });

  it('hears a speech continued over a page break (CONT’D straight after) as it began: a pre-lap stays a pre-lap', () => {
    const elements = parseFountain(
      "Ruth puts down the spoon.\n\nDR. O'NEIL (PRE-LAP)\nNobody goes up the quarry road.\n\n\nDR. O'NEIL (CONT'D)\nNot since 1981.\n\nRUTH (V.O.)\nCome.\n\nRuth nods.\n\nRUTH (CONT'D)\nNow.",
    ).elements;
    const dialogue = readDialogueLines(elements);
    expect(dialogue.map((line) => [line.speaker, line.extensions])).toEqual([
      ["DR. O'NEIL", ['PRE-LAP']],
      ["DR. O'NEIL", ['PRE-LAP', "CONT'D"]],
      ['RUTH', ['V.O.']],
      // After action the speech is a new one, heard as its own cue says.
      ['RUTH', ["CONT'D"]],
    ]);
    expect(buildCast([], elements, dialogue).map((member) => [member.name, member.voiceOnly])).toEqual([
      ['RUTH', false],
      ["DR. O'NEIL", true],
    ]);
  });

  it('shows who is voice-only in the breakdown sheet', async () => {
    const { outputs, artifacts } = await runFunction(
      'sceneBreakdown',
      { node: { id: 's', type: 'scene', data: { scriptText: 'MOTHER (V.O.)\nEat something.\n\nANNA\nNo.' } }, upstream: {} },
      { signal: new AbortController().signal },
    );
    expect((outputs['breakdown'] as { cast: { name: string; voiceOnly: boolean }[] }).cast.map((member) => [member.name, member.voiceOnly])).toEqual([
      ['MOTHER', true],
      ['ANNA', false],
    ]);
    const markdown = artifacts.find((artifact) => artifact.name === 'breakdown.md')?.text;
    expect(markdown).toContain('| MOTHER | no | 1 | no | no (voice only) |');
    expect(markdown).toContain('| ANNA | no | 1 | no | yes |');
  });

  it('matches a speaker by alias', () => {
    const elements = parseFountain('ANNIE\nHi.').elements;
    expect(buildCast([asUpstream(anna)], elements, readDialogueLines(elements))).toMatchObject([{ name: 'ANNA', speaks: true, flags: [] }]);
  });
});
