import { describe, expect, it } from 'vitest';
import { finalDraftToFountain, placeWarnings } from './index.js';

const fdx = (content: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<FinalDraft DocumentType="Script" Version="5"><Content>\n${content}\n</Content>` +
  '<TitlePage><Content><Paragraph Alignment="Center"><Text>THE LAMP</Text></Paragraph></Content></TitlePage></FinalDraft>\n';
const paragraph = (type: string, text: string, attributes = '') => `<Paragraph Type="${type}"${attributes}><Text>${text}</Text></Paragraph>`;

// A keeper's short: action before the first scene, a numbered scene with a summary, a dual
// dialogue, and a heading without INT./EXT. — paragraphs 1 to 9.
const source = fdx(
  [
    paragraph('Action', 'FADE IN:'),
    '<Paragraph Number="1" Type="Scene Heading"><SceneProperties Title="The keeper wakes"/><Text>INT. LAMP ROOM - NIGHT</Text></Paragraph>',
    paragraph('Action', 'ELLEN trims the wick.'),
    `<Paragraph><DualDialogue>${paragraph('Character', 'ELLEN')}${paragraph('Dialogue', 'Now.')}${paragraph('Character', 'TOM')}${paragraph('Dialogue', 'Now.')}</DualDialogue></Paragraph>`,
    paragraph('Scene Heading', 'MONTAGE - THE WINTER', ' Number="2"'),
    paragraph('Action', 'Snow.'),
  ].join('\n'),
);

describe('placeWarnings', () => {
  it('points a warning on a converted Fountain line at the paragraph and scene of the .fdx', () => {
    const { fountain, places } = finalDraftToFountain(source);
    const lineOf = (text: string) => fountain.split('\n').findIndex((line) => line.includes(text)) + 1;
    const warnings = [
      { code: 'text_outside_scenes', message: 'Text before the first scene heading.', line: lineOf('FADE IN:') },
      { code: 'heading_without_int_ext', message: 'No INT. or EXT.', line: lineOf('MONTAGE') },
      { code: 'scene_number_duplicate', message: 'Tom speaks twice.', line: lineOf('TOM ^') + 1 },
      { code: 'truncated', message: 'Kept the first characters.' },
    ];
    expect(placeWarnings(warnings, places)).toEqual([
      { code: 'text_outside_scenes', message: 'Text before the first scene heading. (Final Draft paragraph 1, before the first scene)', paragraph: 1 },
      { code: 'heading_without_int_ext', message: 'No INT. or EXT. (Final Draft paragraph 8, the heading of scene 2 MONTAGE - THE WINTER)', paragraph: 8, scene: '2 MONTAGE - THE WINTER' },
      { code: 'scene_number_duplicate', message: 'Tom speaks twice. (Final Draft paragraph 6, in scene 1 INT. LAMP ROOM - NIGHT)', paragraph: 6, scene: '1 INT. LAMP ROOM - NIGHT' },
      { code: 'truncated', message: 'Kept the first characters.' },
    ]);
  });
});
