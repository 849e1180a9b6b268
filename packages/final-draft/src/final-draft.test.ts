import { parseFountain } from '@pc/fountain';
import { describe, expect, it } from 'vitest';
import { FinalDraftError, finalDraftToFountain, looksLikeFinalDraft, MAX_FINAL_DRAFT_CHARS, readTitlePageFields } from './index.js';

const fdx = (content: string, extra = '') =>
  `<?xml version="1.0" encoding="UTF-8" standalone="no" ?>\n<FinalDraft DocumentType="Script" Template="No" Version="5">\n<Content>\n${content}\n</Content>${extra}\n</FinalDraft>\n`;
const paragraph = (type: string, ...runs: string[]) =>
  `<Paragraph Type="${type}">${runs.map((run) => (run.startsWith('<') ? run : `<Text>${run}</Text>`)).join('')}</Paragraph>`;
const refusal = (source: string): FinalDraftError => {
  try {
    finalDraftToFountain(source);
  } catch (error) {
    if (error instanceof FinalDraftError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
};

describe('finalDraftToFountain', () => {
  it('writes a numbered heading, speech and transition the Fountain reader reads back', () => {
    const { fountain } = finalDraftToFountain(
      fdx(
        [
          '<Paragraph Number="7B" Type="Scene Heading"><SceneProperties Length="1" Page="3" Title="Anna says no"/><Text>INT. KITCHEN - NIGHT</Text></Paragraph>',
          paragraph('Character', 'ANNA'),
          paragraph('Parenthetical', 'quietly'),
          paragraph('Dialogue', 'Stay.'),
          paragraph('Transition', 'DISSOLVE TO:'),
        ].join('\n'),
      ),
    );
    expect(fountain).toBe('INT. KITCHEN - NIGHT #7B#\n\n= Anna says no\n\nANNA\n(quietly)\nStay.\n\nDISSOLVE TO:\n');
  });

  it('writes an Action typed as a transition (FADE OUT.) as one, and a centred Action (THE END) centred', () => {
    const { fountain } = finalDraftToFountain(
      fdx(
        [
          paragraph('Action', 'Kit unlocks the door.'),
          paragraph('Action', 'FADE OUT.'),
          '<Paragraph Alignment="Center" Type="Action"><Text Style="Underline">THE END</Text></Paragraph>',
          // A centred line that holds Fountain's own marks stays action, forced, as before.
          '<Paragraph Alignment="Center" Type="Action"><Text>&gt; Exit, pursued</Text></Paragraph>',
        ].join('\n'),
      ),
    );
    expect(fountain).toBe('Kit unlocks the door.\n\nFADE OUT.\n\n>_THE END_<\n\n!> Exit, pursued\n');
    expect(parseFountain(fountain).elements.map((element) => element.type)).toEqual(['action', 'transition', 'centered', 'action']);
  });

  it('writes a Shot paragraph in the capitals Final Draft shows it in, however it was typed, and a revised scene number as is', () => {
    const { fountain } = finalDraftToFountain(
      fdx(['<Paragraph Number="110A.1" Type="Scene Heading"><Text>INT. KITCHEN - NIGHT</Text></Paragraph>', paragraph('Shot', 'Close on the ', '<Text Style="Bold">plate</Text>'), paragraph('Action', 'It is empty.')].join('\n')),
    );
    expect(fountain).toBe('INT. KITCHEN - NIGHT #110A.1#\n\nCLOSE ON THE **PLATE**\n\nIt is empty.\n');
  });

  it('names the lines of Shot paragraphs, whatever their words, but not a transition typed as a Shot', () => {
    const { fountain, shotLines } = finalDraftToFountain(
      fdx(
        [
          paragraph('Shot', 'FADE IN:'),
          '<Paragraph Number="4" Type="Scene Heading"><Text>INT. KITCHEN - NIGHT</Text></Paragraph>',
          paragraph('Shot', "Maria's hands"),
          paragraph('Action', 'They shake.'),
          paragraph('Shot', 'CLOSE ON THE PLATE'),
          paragraph('Shot', 'CUT TO:'),
        ].join('\n'),
      ),
    );
    expect(shotLines.map((line) => fountain.split('\n')[line - 1])).toEqual(["MARIA'S HANDS", 'CLOSE ON THE PLATE']);
  });

  it('keeps dual dialogue: the second speaker is marked ^ and both read as a pair', () => {
    const dual = `<Paragraph><DualDialogue>${paragraph('Character', 'BRICK')}${paragraph('Dialogue', 'Now!')}${paragraph('Character', 'STEEL')}${paragraph('Dialogue', 'Now!')}</DualDialogue></Paragraph>`;
    const { fountain } = finalDraftToFountain(fdx(`<Paragraph Type="Scene Heading"><Text>EXT. ROOF - DAY</Text></Paragraph>\n${dual}`));
    const cues = parseFountain(fountain).elements.flatMap((element) => (element.type === 'character' ? [[element.name, element.dual]] : []));
    expect(cues).toEqual([
      ['BRICK', 'left'],
      ['STEEL', 'right'],
    ]);
  });

  it('forces what Fountain would misread: a heading without INT./EXT., a cue in mixed case, capitals that look like a cue', () => {
    const { fountain } = finalDraftToFountain(
      fdx(
        [
          paragraph('Scene Heading', 'BLACK SCREEN'),
          paragraph('Action', 'BANG\nThe door gives.'),
          paragraph('Character', 'McCLANE'),
          paragraph('Dialogue', 'Yippee.'),
          paragraph('Transition', 'MATCH CUT'),
        ].join('\n'),
      ),
    );
    expect(fountain).toBe('.BLACK SCREEN\n\n!BANG\nThe door gives.\n\n@McCLANE\nYippee.\n\n> MATCH CUT\n');
  });

  it('writes styles as Fountain emphasis, spaces outside the markers, and escapes typed asterisks', () => {
    const { fountain } = finalDraftToFountain(
      fdx(paragraph('Action', 'She ', '<Text Style="Bold+Underline">really </Text>', 'means it *now*', '<Text Style="AllCaps">, loud</Text>')),
    );
    expect(fountain).toBe('She **_really_** means it \\*now\\*, LOUD\n');
  });

  it('decodes entities and character references once: &amp;#233; stays literal text', () => {
    const { fountain } = finalDraftToFountain(fdx(paragraph('Action', 'Tom &amp; Jerry&apos;s caf&#233; &#x2014; &amp;#233;')));
    expect(fountain).toBe('Tom & Jerry\'s café — &#233;\n');
  });

  it('keeps an omitted scene out of the scenes, its number and heading in a boneyard comment', () => {
    const omitted = `<Paragraph Number="3" Type="Scene Heading"><Text>OMITTED</Text><OmittedScene>${paragraph('Scene Heading', 'INT. SHED - NIGHT')}${paragraph('Action', 'Oilskins.')}</OmittedScene></Paragraph>`;
    const { fountain } = finalDraftToFountain(fdx([paragraph('Scene Heading', 'EXT. QUAY - NIGHT'), omitted, paragraph('Action', 'Fog.')].join('\n')));
    expect(fountain).toBe('EXT. QUAY - NIGHT\n\n/* OMITTED 3 INT. SHED - NIGHT */\n\nFog.\n');
    expect(parseFountain(fountain).elements.filter((element) => element.type === 'scene_heading')).toHaveLength(1);
  });

  it('reads the title page as Fountain fields, Title first', () => {
    const page = (align: string, text: string) => `<Paragraph Alignment="${align}"><Text>${text}</Text></Paragraph>`;
    const xml = fdx(
      paragraph('Scene Heading', 'INT. ROOM - DAY'),
      `<TitlePage><Content>${[page('Center', 'NIGHT TRAIN'), page('Center', ''), page('Center', 'Teleplay by Sam Ode'), page('Left', 'sam@example.com'), page('Right', 'Blue Draft 2026')].join('')}</Content></TitlePage>`,
    );
    const { fountain, titlePage } = finalDraftToFountain(xml);
    expect(titlePage).toEqual([
      { key: 'Title', value: 'NIGHT TRAIN' },
      { key: 'Credit', value: 'Teleplay by' },
      { key: 'Author', value: 'Sam Ode' },
      { key: 'Contact', value: 'sam@example.com' },
      { key: 'Draft date', value: 'Blue Draft 2026' },
    ]);
    expect(parseFountain(fountain).titlePage).toEqual(titlePage);
  });

  it('reads a title page typed without blank lines: the credit line still parts Title from Author', () => {
    const centred = (text: string) => ({ text, alignment: 'center' as const });
    expect(readTitlePageFields([centred('THE BREAKWATER LAMP'), centred('Written by'), centred('Ines Ferro'), centred('& Tom Lee')])).toEqual([
      { key: 'Title', value: 'THE BREAKWATER LAMP' },
      { key: 'Credit', value: 'Written by' },
      { key: 'Author', value: 'Ines Ferro\n& Tom Lee' },
    ]);
  });

  it('reads a title page that is only a title', () => {
    expect(readTitlePageFields([{ text: 'UNTITLED', alignment: 'center' }])).toEqual([{ key: 'Title', value: 'UNTITLED' }]);
  });
});

describe('what is refused', () => {
  it('a document type declaration: the billion laughs never expands', () => {
    const bomb = `<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>\n<FinalDraft><Content>${paragraph('Action', '&lol2;')}</Content></FinalDraft>`;
    const error = refusal(bomb);
    expect([error.code, error.line]).toEqual(['doctype_refused', 2]);
  });

  it('a source over the size limit, before it is read', () => {
    expect(refusal(fdx(paragraph('Action', 'x'.repeat(MAX_FINAL_DRAFT_CHARS)))).code).toBe('too_large');
  });

  it('text that is not XML, with the line of the fault', () => {
    const error = refusal('<?xml version="1.0"?>\n<FinalDraft>\n<Content><Paragraph></Content>\n</FinalDraft>');
    expect([error.code, error.line]).toEqual(['not_xml', 3]);
  });

  it('reads an attribute no Final Draft writes (a 60-character scene number) as absent', () => {
    const { fountain } = finalDraftToFountain(fdx(`<Paragraph Number="${'9'.repeat(60)}" Type="Scene Heading"><Text>INT. ROOM - DAY</Text></Paragraph>`));
    expect(fountain).toBe('INT. ROOM - DAY\n');
  });

  it('XML nested deeper than any Final Draft file, as a refusal rather than a crash', () => {
    const deep = `<FinalDraft><Content>${'<Paragraph>'.repeat(100)}${'</Paragraph>'.repeat(100)}</Content></FinalDraft>`;
    expect(refusal(deep).code).toBe('not_xml');
  });

  it('XML that is not a Final Draft script', () => {
    expect(refusal('<?xml version="1.0"?><html><body/></html>').code).toBe('not_final_draft');
    expect(refusal('<FinalDraft DocumentType="Script"><TitlePage/></FinalDraft>').code).toBe('not_final_draft');
  });

  it('a Fountain script, named as one', () => {
    expect(refusal('INT. KITCHEN - NIGHT\n\nANNA\nHi.').message).toMatch(/format "fountain"/);
  });
});

describe('looksLikeFinalDraft', () => {
  it('knows a Final Draft file by its root, after a BOM, the declaration and comments', () => {
    expect(looksLikeFinalDraft('\uFEFF<?xml version="1.0" encoding="UTF-8" standalone="no" ?>\n<!-- exported -->\n<FinalDraft DocumentType="Script">')).toBe(true);
    expect(looksLikeFinalDraft('<FinalDraft>')).toBe(true);
    expect(looksLikeFinalDraft('INT. KITCHEN - NIGHT')).toBe(false);
    expect(looksLikeFinalDraft('<?xml version="1.0"?><html/>')).toBe(false);
    expect(looksLikeFinalDraft('Title: <FinalDraft>')).toBe(false);
  });
});
