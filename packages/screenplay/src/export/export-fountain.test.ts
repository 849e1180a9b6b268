import { describe, expect, it } from 'vitest';
import { importScreenplay } from '../import/import-screenplay.js';
import { REMOVED_FROM_SCRIPT_TAG } from '../import/scenes.js';
import { fountainFixture, kitchenStory, ofType } from '../testing/scripts.js';
import { exportFountain } from './export-fountain.js';

const scenesOf = (source: string) =>
  ofType(importScreenplay(source).document, 'scene').map(({ data }) => ({
    intExt: data['intExt'],
    locationName: data['locationName'],
    timeOfDay: data['timeOfDay'],
    sceneNumber: data['sceneNumber'],
    synopsis: data['synopsis'],
    scriptText: data['scriptText'],
    transitionOut: data['transitionOut'],
  }));
const charactersOf = (source: string) => ofType(importScreenplay(source).document, 'character').map(({ data }) => [data['name'], data['aliases']]);

describe('exportFountain', () => {
  it('writes the title page and each scene in order: heading, synopsis, body, transition', () => {
    const text = exportFountain(importScreenplay(kitchenStory).document);
    expect(text.startsWith('Title: The Plate\nAuthor: A. Writer\n\nINT. HOUSE - KITCHEN - NIGHT #1#\n\n= Ben tries to get Anna to eat.\n\nAnna pushes')).toBe(true);
    expect(text).toContain("You haven't eaten since Tuesday.\n\nCUT TO:\n\nEXT. HOUSE - GARDEN - DAY #2#");
  });

  it.each([['the kitchen story', kitchenStory], ['Brick & Steel', fountainFixture('brick-and-steel')], ['a script without title page', fountainFixture('no-title-page')], ['a CRLF script', fountainFixture('messy-crlf')]])(
    'round-trips %s: import → export → import gives the same scenes and characters',
    (_, source) => {
      const exported = exportFountain(importScreenplay(source).document);
      expect(scenesOf(exported)).toEqual(scenesOf(source));
      expect(charactersOf(exported)).toEqual(charactersOf(source));
      expect(exportFountain(importScreenplay(exported).document)).toBe(exported);
    },
  );

  it('leaves out scenes the script no longer has and follows edited heading fields', () => {
    const { document } = importScreenplay(kitchenStory);
    const [kitchen, garden] = ofType(document, 'scene');
    garden!.data['tags'] = [REMOVED_FROM_SCRIPT_TAG];
    kitchen!.data['timeOfDay'] = 'DAWN';
    const text = exportFountain(document);
    expect(text).not.toContain('GARDEN');
    expect(text).toContain('INT. HOUSE - KITCHEN - DAWN #1#');
  });
});
