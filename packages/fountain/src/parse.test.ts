import { describe, expect, it } from 'vitest';
import { parseFountain } from './parse.js';
import type { FountainElement } from './types.js';
import { outline } from './testing/outline.js';

const types = (source: string) => parseFountain(source).elements.map((element) => element.type);
const only = (source: string): FountainElement => {
  const { elements } = parseFountain(source);
  expect(elements).toHaveLength(1);
  return elements[0]!;
};

describe('scene headings', () => {
  it('read INT, EXT, EST, INT./EXT. and I/E in any case, with blank lines around', () => {
    const intExts = ['INT. A - DAY', 'ext. b - night', 'EST. C', 'INT./EXT. D - DAY', 'INT/EXT E', 'I/E F - DAY'].map((line) => {
      const element = only(line);
      return element.type === 'scene_heading' ? element.intExt : null;
    });
    expect(intExts).toEqual(['INT', 'EXT', 'EST', 'INT/EXT', 'INT/EXT', 'INT/EXT']);
  });

  it('split location and time of day on the last " - " and keep the scene number', () => {
    expect(only('INT. HOUSE - KITCHEN - NIGHT #12A#')).toMatchObject({
      location: 'HOUSE - KITCHEN',
      timeOfDay: 'NIGHT',
      sceneNumber: '12A',
      text: 'INT. HOUSE - KITCHEN - NIGHT',
    });
  });

  it('are forced by a single dot, but "..." stays action', () => {
    expect(only('.FLASHBACK')).toMatchObject({ type: 'scene_heading', intExt: null, location: 'FLASHBACK', forced: true });
    expect(only('...and then').type).toBe('action');
  });

  it('read German INNEN. / AUSSEN. headings, but not a sentence that starts with the word', () => {
    expect(only('INNEN. KÜCHE - NACHT')).toMatchObject({ type: 'scene_heading', intExt: 'INT', location: 'KÜCHE' });
    expect(only('AUSSEN BAHNHOF - TAG')).toMatchObject({ type: 'scene_heading', intExt: 'EXT' });
    expect(only('INNEN/AUSSEN. AUTO - TAG')).toMatchObject({ type: 'scene_heading', intExt: 'INT/EXT' });
    expect(types('Innen brennt noch Licht.')).toEqual(['action']);
    expect(only('FLASHBACK - INT. CHURCH - DAY')).toMatchObject({ type: 'scene_heading', text: 'FLASHBACK - INT. CHURCH - DAY', location: 'CHURCH' });
    expect(types('FLASHBACK - we see it all again.')).toEqual(['action']);
    expect(types('Außen ist es still.')).toEqual(['action']);
  });

  it('need a blank line before them; words that merely start like one are action', () => {
    expect(types('She walks in.\nINT. HALL - DAY')).toEqual(['action']);
    // Russian ИНТ./НАТ. are headings in capitals only, as German INNEN./AUSSEN. are; a numbered one too.
    expect(types('\n1. НАТ. ПЛАТФОРМА — НОЧЬ\n\nСнег.')).toEqual(['scene_heading', 'action']);
    expect(types('\nНат. Иван идёт.')).toEqual(['action']);
    expect(types('He shouts.\nANNA\nINT. HALL - DAY')).toEqual(['action']);
    expect(types('Internal affairs called.')).toEqual(['action']);
  });
});

describe('character cues and dialogue', () => {
  it('normalise the cue name and keep extensions apart', () => {
    expect(parseFountain("ANNA (V.O.) (cont’d)\nHello.").elements[0]).toMatchObject({
      type: 'character',
      name: 'ANNA',
      extensions: ['V.O.', "CONT'D"],
      text: 'ANNA (V.O.) (cont’d)',
    });
  });

  it('force mixed case with @ and pair dual dialogue with ^', () => {
    const [first, , second] = parseFountain('@McCLANE\nYes.\n\nHANS ^\nNo.').elements;
    expect(first).toMatchObject({ name: 'MCCLANE', forced: true, dual: 'left' });
    expect(second).toMatchObject({ name: 'HANS', dual: 'right' });
  });

  it('read parentheticals and multi-line dialogue until a blank line', () => {
    expect(types('BEN\n(quietly)\nOne.\nTwo.\n(beat)\nThree.\n\nHe leaves.')).toEqual([
      'character', 'parenthetical', 'dialogue', 'parenthetical', 'dialogue', 'action',
    ]);
    expect(parseFountain('BEN\nOne.\nTwo.').elements[1]).toMatchObject({ text: 'One.\nTwo.' });
  });

  it('keep a blank line inside dialogue written as two spaces', () => {
    expect(parseFountain('BEN\nOne.\n  \nTwo.').elements[1]).toMatchObject({ type: 'dialogue', text: 'One.\n\nTwo.' });
  });

  it('treat a cue with nothing after it, or a lowercase line, as action', () => {
    expect(types('BANG')).toEqual(['action']);
    expect(types('THE END\n\n')).toEqual(['action']);
    expect(types('anna\nHello.')).toEqual(['action']);
  });

  it('read an all-caps action paragraph (a multi-camera script’s) as action, not as a cue and its line', () => {
    expect(types('\nGLORIA STANDS AT THE THERMOSTAT, GLARING AT IT LIKE IT OWES\nHER MONEY.')).toEqual(['action']);
    expect(types('\nSHE EXITS.\nTOMMY SHRUGS.')).toEqual(['action']);
    // Short names, titles and "JR." stay cues.
    expect(types('\nTHE MAN IN THE HAT\nHi.\n\nSAMMY DAVIS JR.\nHey.\n\nMR. AND MRS. PARK\nNo.')).toEqual([
      'character', 'dialogue', 'character', 'dialogue', 'character', 'dialogue',
    ]);
  });

  it('read a multi-camera script’s double-spaced dialogue as one speech, when its action is in capitals', () => {
    const sitcom = [
      'INT. BREAK ROOM - DAY',
      '',
      'GLORIA STANDS AT THE THERMOSTAT.',
      '',
      'DEV ENTERS WITH A MUG.',
      '',
      'DEV',
      'Is it me, or is it',
      '',
      'freezing in here?',
      '',
      '(SHIVERING)',
      '',
      'Seriously.',
      '',
      'GLORIA CROSSES TO HIM.',
      '',
      'GLORIA',
      "It's Tommy.",
      '',
    ].join('\n');
    expect(outline(parseFountain(sitcom))).toEqual([
      'HEADING INT | BREAK ROOM | DAY | #',
      'ACTION "GLORIA STANDS AT THE THERMOSTAT."',
      'ACTION "DEV ENTERS WITH A MUG."',
      'CHARACTER DEV []',
      'DIALOGUE "Is it me, or is it\\nfreezing in here?"',
      'PARENTHETICAL "(SHIVERING)"',
      'DIALOGUE "Seriously."',
      'ACTION "GLORIA CROSSES TO HIM."',
      'CHARACTER GLORIA []',
      'DIALOGUE "It\'s Tommy."',
    ]);
    // A film script's action is mixed case: a paragraph after a speech stays action.
    expect(types('INT. A - DAY\n\nAnna sits.\n\nBen waits.\n\nANNA\nHi.\n\nShe leaves.')).toEqual(['scene_heading', 'action', 'action', 'character', 'dialogue', 'action']);
  });

  it('read a teleplay’s act and scene-letter lines as sections, not action', () => {
    const acts = parseFountain('COLD OPEN\n\nINT. A - DAY\n\nMAIN TITLES\n\nEND OF COLD OPEN\n\nACT ONE\n\nSCENE A\n\nINT. B - DAY\n\nEND OF ACT ONE\n').elements;
    expect(acts.filter((element) => element.type === 'section').map((element) => element.type === 'section' && element.text)).toEqual([
      'COLD OPEN', 'MAIN TITLES', 'END OF COLD OPEN', 'ACT ONE', 'SCENE A', 'END OF ACT ONE',
    ]);
  });

  it('are not read over a scene heading: a title typed straight above the first heading is no cue', () => {
    expect(parseFountain('THE LAST LIGHTHOUSE\nINT. LIGHTHOUSE - NIGHT\n\nARTHUR\nNot tonight.').elements.map((element) => element.type)).toEqual([
      'action',
      'scene_heading',
      'character',
      'dialogue',
    ]);
  });

  it('read an animation script’s sequence lines as sections, not action', () => {
    const sections = parseFountain('SEQ 1 - THE BURROW\n\nSC 1 INT. BURROW - NIGHT\n\nPip yawns.\n\nSEQUENCE 2: THE WOOD\n\nSEQ. 3\n').elements;
    expect(sections.map((element) => element.type)).toEqual(['section', 'scene_heading', 'action', 'section', 'section']);
    // In a sentence it stays action.
    expect(types('\nSeq 1 - the burrow is dark.\n')).toEqual(['action']);
  });

  it('need a blank line before the cue', () => {
    expect(types('He shouts.\nANNA\nWhat?')).toEqual(['action']);
  });
});

describe('transitions, centred text and other marks', () => {
  it('read an uppercase line ending in TO: between blank lines as a transition', () => {
    expect(types('\nCUT TO:\n\nINT. X - DAY')).toEqual(['transition', 'scene_heading']);
    expect(types('CUT TO:\nmore')).toEqual(['action']);
  });

  it('read a cut or fade to black or white between blank lines as a transition, however it is spelled', () => {
    for (const line of ['SMASH CUT TO BLACK.', 'HARD CUT TO BLACK.', 'FADE TO WHITE.', 'CUT TO BLACK.', 'MATCH DISSOLVE TO:', 'FADE OUT', 'FADE TO BLACK']) {
      expect(types(`\n${line}\n\nINT. X - DAY`)).toEqual(['transition', 'scene_heading']);
    }
    // A sentence in capitals going to black is action.
    expect(types('\nTHE SCREEN GOES TO BLACK.\n\nINT. X - DAY')).toEqual(['action', 'scene_heading']);
  });

  it('read the transitions of scripts written in German, Italian, Portuguese and Russian', () => {
    for (const line of ['СМЕНА КАДРА:', 'ЗТМ.', 'НАПЛЫВ:', 'ABBLENDE.', 'ABBLENDE', 'SCHNITT:', 'SCHNITT AUF:', 'ÜBERBLENDUNG:', 'ÜBERBLENDE AUF:', 'STACCO SU:', 'DISSOLVENZA IN NERO.', 'DISSOLVENZA IN CHIUSURA.', 'CORTA PARA:', 'CORTE PARA:', 'FUSÃO PARA:']) {
      expect([line, types(`\n${line}\n\nINT. X - DAY`)]).toEqual([line, ['transition', 'scene_heading']]);
    }
  });

  it('read a cue in a script without capitals (李明) as a speaker', () => {
    expect(parseFountain('INT. 茶馆 - 夜\n\n李明\n你好。\n').elements.slice(1)).toMatchObject([
      { type: 'character', name: '李明' },
      { type: 'dialogue', text: '你好。' },
    ]);
  });

  it('read a short unpunctuated line of action above a caseless cue as action, the line nearest the speech as the cue', () => {
    const cues = (text: string) => parseFountain(text).elements.filter((e) => e.type === 'character').map((e) => (e.type === 'character' ? e.name : ''));
    // 她转身 ("she turns") over 王芳's cue and speech; 문이 열린다 ("the door opens") over 지수's.
    expect(cues('INT. 茶馆 - 夜\n\n她转身\n王芳\n你去哪？\n')).toEqual(['王芳']);
    expect(parseFountain('INT. 茶馆 - 夜\n\n她转身\n王芳\n你去哪？\n').elements[1]).toMatchObject({ type: 'action', text: '她转身' });
    expect(cues('INT. 카페 - 밤\n\n문이 열린다\n지수\n늦었네.\n')).toEqual(['지수']);
    // A parenthetical under the line makes it a cue; so does a name that speaks elsewhere over a short unpunctuated line of speech.
    expect(cues('INT. 茶馆 - 夜\n\n李明\n(小声)\n走吧。\n')).toEqual(['李明']);
    expect(cues('INT. 茶馆 - 夜\n\n李明\n你好。\n\n李明\n好\n走吧。\n')).toEqual(['李明', '李明']);
    expect(cues('INT. بيت - ليل\n\nمحمد\nأين أنت؟\n')).toEqual(['محمد']);
    // Japanese speech in its quotation marks, over two lines, and a full-width parenthetical, under a name that speaks once.
    expect(cues('INT. 駅 - 朝\n\nさくら\n「おはよう」\n「今日は早いね」\n\nケン\n（小声で）\nうん\n')).toEqual(['さくら', 'ケン']);
    expect(types('INT. 駅 - 朝\n\nケン\n（小声で）\nうん\n')).toEqual(['scene_heading', 'character', 'parenthetical', 'dialogue']);
  });

  it('read a short unpunctuated line of Chinese action directly above text as action, not a speaker of it', () => {
    const cues = (text: string) => parseFountain(text).elements.flatMap((e) => (e.type === 'character' ? [e.name] : []));
    // Its grammar says it: 着 and 了 (窗外下着雨 "rain falls outside", 门开了 "the door opens"), a thing counted (一辆 "a car").
    expect(cues('INT. 茶馆 - 夜\n\n窗外下着雨\n王芳坐在窗边，看着手机。\n\n王芳\n他不会来了。\n')).toEqual(['王芳']);
    expect(cues('INT. 茶馆 - 夜\n\n门开了\n李明走进来，浑身湿透。\n\n李明\n还有位子吗？\n')).toEqual(['李明']);
    expect(cues('EXT. 街道 - 白天\n\n一辆出租车停下\n李明下车，付钱。\n\n李明\n谢谢师傅。\n')).toEqual(['李明']);
    // Or it opens with the name of someone who speaks, going on with what they do.
    expect(parseFountain('INT. 茶馆 - 夜\n\n李明\n还有位子吗？\n\n王芳\n没有。\n\n李明转身离开\n门在他身后关上。\n').elements.at(-1)).toMatchObject({
      type: 'action',
      text: '李明转身离开\n门在他身后关上。',
    });
    expect(cues('INT. 茶馆 - 夜\n\n老板娘擦桌子\n客人们在角落里打牌。\n\n老板娘\n（头也不抬）\n今天不赊账。\n')).toEqual(['老板娘']);
    // Or it ends with what someone does, though they never speak: 王芳沉默 ("Wang Fang is silent"), 她转身, 老人一言不发.
    expect(cues('INT. 客厅 - 夜\n\n李明\n你还没睡？\n\n王芳沉默\n她看着窗外的雨。\n\n李明\n说话啊。\n')).toEqual(['李明', '李明']);
    expect(cues('INT. 客厅 - 夜\n\n她转身\n门在她身后关上。\n\n老人一言不发\n李明叹了口气。\n')).toEqual([]);
    // A parenthetical under such a line is no one's cue.
    expect(cues('INT. 客厅 - 夜\n\n王芳低头\n（小声）\n没有。\n')).toEqual([]);
    expect(cues('EXT. 駅 - 朝\n\nさくらが振り返る\nケンが手を振っている。\n\nさくら\n「おはよう」\n')).toEqual(['さくら']);
    // Someone's relative (李明妈妈, 李明的妈妈, さくらの母) or another name (健太 beside 健) still speaks.
    expect(cues('INT. 茶馆 - 夜\n\n李明\n妈！\n\n李明妈妈\n吃饭了吗？\n\nさくらの母\nおかえり。\n')).toEqual(['李明', '李明妈妈', 'さくらの母']);
    expect(cues('INT. 駅 - 朝\n\n健\n行こう。\n\n健太\n待って！\n')).toEqual(['健', '健太']);
  });

  it('read a montage’s opening line over its beats as action in the scene, not a speaker', () => {
    for (const line of ['BEGIN MONTAGE', 'MONTAGE', 'MONTAGE - PARIS IN THE RAIN', 'SERIES OF SHOTS', 'SERIES OF SHOTS - THE FLOOD', 'QUICK CUTS', 'MONTAGE OF ANNA TRAINING', 'A SERIES OF QUICK SHOTS']) {
      expect(types(`INT. GYM - DAY\n\n${line}\n-- Anna skips rope.\n-- EXT. TRACK - Anna runs.\n\nEND MONTAGE\n\nBEN\nAgain.`)).toEqual([
        'scene_heading',
        'action',
        'transition',
        'character',
        'dialogue',
      ]);
    }
  });

  it('force transitions with > and centre text with >…<', () => {
    expect(only('> FADE OUT.')).toMatchObject({ type: 'transition', text: 'FADE OUT.', forced: true });
    expect(only('>THE END<')).toMatchObject({ type: 'centered', text: 'THE END' });
  });

  it('read sections with their depth, synopses, lyrics and page breaks', () => {
    expect(parseFountain('### Sequence\n= Synopsis\n~La la\n===').elements).toMatchObject([
      { type: 'section', depth: 3, text: 'Sequence' },
      { type: 'synopsis', text: 'Synopsis' },
      { type: 'lyrics', text: 'La la' },
      { type: 'page_break' },
    ]);
  });

  it('read a shouted sound over a line of action as action, not as a speaker', () => {
    expect(types('\nBANG!\nThe door flies open.')).toEqual(['action']);
    expect(types('\n@BANG!\nOuch.')).toEqual(['character', 'dialogue']);
  });

  it('force action with ! so an uppercase line is not a cue', () => {
    expect(parseFountain('!BANG\nIt echoes.').elements).toMatchObject([{ type: 'action', text: 'BANG\nIt echoes.', forced: true }]);
  });

  it('open a shot with !! (Beat’s and Fount’s shot line), its own paragraph even right under action', () => {
    const { elements } = parseFountain('Bob opens the cupboard.\n!!INSIDE THE CUPBOARD\nRats scatter.\n\n!BANG\n\n!!');
    expect(elements).toEqual([
      { type: 'action', text: 'Bob opens the cupboard.', forced: false, line: 1 },
      { type: 'action', text: 'INSIDE THE CUPBOARD\nRats scatter.', forced: true, shot: true, line: 2 },
      { type: 'action', text: 'BANG', forced: true, line: 5 },
      // "!!" alone is action forced to read "!".
      { type: 'action', text: '!', forced: true, line: 7 },
    ]);
  });
});

describe('notes and boneyard', () => {
  it('remove inline notes from the text and keep them on the element', () => {
    expect(only('She waits [[too long?]] by the door.')).toMatchObject({ text: 'She waits by the door.', notes: ['too long?'] });
  });

  it('keep a note on its own lines as a note element, even across lines', () => {
    expect(only('[[first\nsecond]]')).toMatchObject({ type: 'note', text: 'first\nsecond', line: 1 });
  });

  it('do not let a note line break a dialogue block', () => {
    expect(types('ANNA\n[[louder]]\nHello.')).toEqual(['character', 'dialogue']);
  });

  it('remove boneyard comments across lines and report the source lines after them', () => {
    const script = parseFountain('/* cut\n\nscene */\nINT. HALL - DAY\n\nBEN\nHi /* there */.');
    expect(script.boneyard).toEqual(['cut\n\nscene', 'there']);
    expect(script.elements.map((element) => [element.type, element.line])).toEqual([
      ['scene_heading', 4], ['character', 6], ['dialogue', 7],
    ]);
    expect(script.elements[2]).toMatchObject({ text: 'Hi .' });
  });

  it('keep unclosed openers as literal text', () => {
    expect(only('a /* b').type).toBe('action');
    expect(only('[[a\n\nb]]'.split('\n')[0]!)).toMatchObject({ text: '[[a' });
  });
});

describe('title page and messy input', () => {
  it('reads Key: value lines with indented continuations, ending at the first blank line', () => {
    const script = parseFountain('Title: X\nContact:\n   Ann\n   Ben\n\nINT. A - DAY');
    expect(script.titlePage).toEqual([{ key: 'Title', value: 'X' }, { key: 'Contact', value: 'Ann\nBen' }]);
    expect(script.elements[0]).toMatchObject({ type: 'scene_heading', line: 6 });
  });

  it('does not take a script opening with a transition or a sentence for a title page', () => {
    expect(parseFountain('CUT TO:\n\nINT. A - DAY').titlePage).toEqual([]);
    expect(parseFountain('Note: she lied.').titlePage).toEqual([]);
    expect(parseFountain('Note: she lied.\nNext: the door.\n\nINT. A - DAY').titlePage).toEqual([]);
  });

  it('reads a title page that opens on an app’s own key, when a standard key follows', () => {
    // As a writer's app saves it (github.com/taylorcbrown/screenplay): the format first, then the title.
    const script = parseFountain('Format: Screenplay\nTitle: Open Road\n\nINT. A - DAY');
    expect(script.titlePage).toEqual([{ key: 'Format', value: 'Screenplay' }, { key: 'Title', value: 'Open Road' }]);
    expect(script.elements.map((element) => element.type)).toEqual(['scene_heading']);
  });

  it('reads text pasted from Word: a manual line break is a line break, a soft hyphen or zero-width space is nothing', () => {
    const pasted = 'INT. A - DAY\r\n\r\nThump.\vThump.\r\n\r\nDES\u00ADMOND\u200B\r\nIt\u2028was\u2060 hers.';
    expect(outline(parseFountain(pasted))).toEqual(['HEADING INT | A | DAY | #', 'ACTION "Thump.\\nThump."', 'CHARACTER DESMOND []', 'DIALOGUE "It\\nwas hers."']);
  });

  it('reads a title page after a byte-order mark', () => {
    expect(parseFountain('\uFEFFTitle: X\r\nAuthor: Y\r\n\r\nINT. A - DAY').titlePage).toEqual([{ key: 'Title', value: 'X' }, { key: 'Author', value: 'Y' }]);
    expect(parseFountain('\uFEFFINT. A - DAY').elements).toMatchObject([{ type: 'scene_heading', location: 'A', line: 1 }]);
  });

  it('reads CRLF, CR, tabs and stray spaces like clean text', () => {
    const clean = parseFountain('INT. A - DAY\n\nANNA\nHi.').elements;
    const messy = parseFountain('  INT. A - DAY  \r\n\t\r\n\tANNA \r\n  Hi.  ').elements;
    expect(messy.map((e) => e.type)).toEqual(clean.map((e) => e.type));
    expect(parseFountain('INT. A - DAY\r\rBEN\rHi.').elements.map((e) => e.type)).toEqual(['scene_heading', 'character', 'dialogue']);
  });
});
