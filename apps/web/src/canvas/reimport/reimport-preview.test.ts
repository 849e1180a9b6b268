import { createNode, type GraphDocument } from '@pc/graph';
import { importScreenplay } from '@pc/screenplay';
import { describe, expect, it } from 'vitest';
import { previewReimport, shortValue } from './reimport-preview.js';

const draft1 = ['Title: The Harbour', '', 'EXT. HARBOUR - DAWN', '', 'MARA watches the boats.', '', 'INT. BOATHOUSE - DAY', '', 'MARA', 'Anyone here?', '', 'INT. OFFICE - NIGHT', '', 'BEN counts the money.'].join('\n');
// The next draft: the boathouse moves to night, the office scene is cut, a pier scene is new.
const draft2 = ['Title: The Harbour', '', 'EXT. HARBOUR - DAWN', '', 'MARA watches the boats.', '', 'INT. BOATHOUSE - NIGHT', '', 'MARA', 'Anyone here?', '', 'EXT. PIER - NIGHT', '', 'JONAS', 'Over here.'].join('\n');

/** Draft 1 imported, then the creator's own work: a Shot and a story day on the harbour scene. */
const creatorsGraph = (): GraphDocument => {
  const { document } = importScreenplay(draft1);
  const harbour = document.nodes.find((node) => node.type === 'scene' && node.data['locationName'] === 'HARBOUR')!;
  harbour.data['storyDay'] = 3;
  document.nodes.push(createNode('shot', { id: 'shot_mine', position: { x: 900, y: 0 }, data: { shotNumber: '1A' } }));
  return document;
};

describe('previewing a re-import of the next draft', () => {
  it('names what is added, what changes field by field, what is flagged, and what is kept', () => {
    const preview = previewReimport(draft2, creatorsGraph());
    expect(preview.unchanged).toBe(false);
    expect(preview.added.map((node) => `${node.typeLabel}: ${node.title}`)).toEqual(expect.arrayContaining(['Scene: 3 EXT. PIER - NIGHT', 'Character: JONAS', 'Location: PIER']));
    const boathouse = preview.updated.find((node) => node.title.includes('BOATHOUSE'));
    expect(boathouse?.fields).toContainEqual({ field: 'Time of day', before: 'DAY', after: 'NIGHT' });
    const script = preview.updated.find((node) => node.type === 'script');
    expect(script?.fields).toEqual([{ field: 'Screenplay', rewritten: true }]);
    expect(preview.flagged.map((node) => node.title)).toEqual([expect.stringContaining('OFFICE')]);
    expect(preview.kept).toContainEqual({ typeLabel: 'Shot', count: 1 });
    // The harbour scene is untouched by the draft: kept, with the creator's story day.
    expect(preview.updated.some((node) => node.title.includes('HARBOUR'))).toBe(false);
    expect(preview.report.changes.flaggedScenes).toHaveLength(1);
  });

  it('says the same draft again changes nothing', () => {
    const { document } = importScreenplay(draft2, { existing: creatorsGraph() });
    const preview = previewReimport(draft2, document);
    expect(preview).toMatchObject({ unchanged: true, added: [], updated: [], links: { added: 0, replaced: 0 } });
    // The cut scene stays listed as flagged (it still is), without counting as a change.
    expect(preview.flagged).toHaveLength(1);
  });

  it('previews a Final Draft draft as the server will read it, and sends it as "fdx"', () => {
    const paragraph = (type: string, text: string) => `<Paragraph Type="${type}"><Text>${text}</Text></Paragraph>`;
    const fdx = [
      '<?xml version="1.0" encoding="UTF-8" standalone="no" ?>',
      '<FinalDraft DocumentType="Script" Template="No" Version="5"><Content>',
      paragraph('Scene Heading', 'EXT. HARBOUR - DAWN'),
      paragraph('Action', 'MARA watches the boats.'),
      paragraph('Shot', 'The gulls'),
      paragraph('Scene Heading', 'INT. BOATHOUSE - NIGHT'),
      paragraph('Character', 'MARA'),
      paragraph('Dialogue', 'Anyone here?'),
      '</Content><TitlePage><Content><Paragraph Alignment="Center"><Text>The Harbour</Text></Paragraph></Content></TitlePage></FinalDraft>',
    ].join('\n');
    const preview = previewReimport(fdx, creatorsGraph());
    // The Shot paragraph is a Shot though its words name none, as on the server.
    expect(preview).toMatchObject({ format: 'fdx', report: { title: 'The Harbour', scenes: 2, shots: 1 } });
    expect(preview.updated.find((node) => node.title.includes('BOATHOUSE'))?.fields).toContainEqual({ field: 'Time of day', before: 'DAY', after: 'NIGHT' });
    expect(preview.flagged.map((node) => node.title)).toEqual([expect.stringContaining('OFFICE')]);
    expect(previewReimport(draft2, creatorsGraph()).format).toBe('fountain');
  });

  it('places a Final Draft draft’s warnings in its paragraphs and scenes, as the server does', () => {
    const fdx = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<FinalDraft DocumentType="Script" Version="5"><Content>',
      '<Paragraph Type="Scene Heading"><Text>EXT. HARBOUR - DAWN</Text></Paragraph>',
      '<Paragraph Type="Scene Heading"><Text>MONTAGE - THE TIDE</Text></Paragraph>',
      '</Content></FinalDraft>',
    ].join('\n');
    const [warning] = previewReimport(fdx, creatorsGraph()).report.warnings.filter((each) => each.code === 'heading_without_int_ext');
    expect(warning).toMatchObject({ paragraph: 2, scene: '2 MONTAGE - THE TIDE', message: expect.stringContaining('(Final Draft paragraph 2, the heading of scene 2 MONTAGE - THE TIDE)') });
    expect(warning).not.toHaveProperty('line');
  });

  it('says why a broken Final Draft file cannot be applied', () => {
    const preview = previewReimport('<?xml version="1.0"?>\n<FinalDraft><Content><Paragraph></Content></FinalDraft>', creatorsGraph());
    expect(preview).toMatchObject({ format: 'fdx', report: { scenes: 0 } });
    expect(preview.refusal).toMatch(/^This Final Draft file cannot be read: The file is not well-formed XML/);
  });

  it('shows values as one short line', () => {
    expect(shortValue(undefined)).toBe('—');
    expect(shortValue(['a', 'b'])).toBe('a, b');
    expect(shortValue(`MARA\n  looks ${'out '.repeat(40)}`)).toMatch(/^MARA looks out .{40,}…$/);
    expect(shortValue(12)).toBe('12');
  });
});
