import { readFileSync } from 'node:fs';
import { importScreenplay, type ScreenplayImport } from '@pc/screenplay';
import { describe, expect, it } from 'vitest';
import { convertScreenplayFile, screenplayFileFormatOf, type ScreenplayFileFormat } from './index.js';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/${name}`, import.meta.url)));
const corpus = (name: string) => readFileSync(new URL(`../../fountain/fixtures/${name}.fountain`, import.meta.url), 'utf8');

/** What a production reads off an import: its scenes in order (number, INT/EXT, place, time), its cast and its sets. */
const breakdown = (document: ScreenplayImport['document']) => {
  const of = (type: string) => document.nodes.filter((node) => node.type === type);
  return {
    scenes: of('scene').map((node) => [node.data['sceneNumber'], node.data['intExt'], node.data['locationName'], node.data['timeOfDay']].join(' | ')),
    characters: of('character').map((node) => String(node.data['name'])).sort(),
    locations: of('location').map((node) => String(node.data['name'])).sort(),
  };
};

// Files made from corpus scripts (scripts/make-fixtures.ts): Word files by LibreOffice, with English, French and German
// template style names or only indents; Fade In files as Open Screenplay Format; a Highland textbundle zip.
const CASES: [file: string, format: ScreenplayFileFormat, script: string][] = [
  ['night-desk-teleplay.docx', 'docx', 'night-desk-teleplay'],
  ['the-away-end-fade-in-indents.docx', 'docx', 'the-away-end-fade-in'],
  ['les-amants-du-quai-french.docx', 'docx', 'les-amants-du-quai'],
  ['die-letzte-faehre-german.docx', 'docx', 'die-letzte-faehre-german'],
  ['the-away-end-fade-in.fadein', 'fadein', 'the-away-end-fade-in'],
  ['odd-headings-shooting-script.fadein', 'fadein', 'odd-headings-shooting-script'],
  ['the-lamplighters-daughter-musical.fadein', 'fadein', 'the-lamplighters-daughter-musical'],
  ['the-lamplighters-daughter-musical.osf', 'fadein', 'the-lamplighters-daughter-musical'],
  ['the-signal-box-highland.highland', 'highland', 'the-signal-box-highland'],
];

describe('screenplay files from the corpus', () => {
  it.each(CASES)('%s is told by its content as %s', (file, format) => {
    expect(screenplayFileFormatOf(fixture(file))).toBe(format);
  });

  it.each(CASES)('%s imports the same scenes, characters and locations as the Fountain of %s', (file, format, script) => {
    const { fountain, shotLines } = convertScreenplayFile(format, fixture(file));
    const converted = importScreenplay(fountain, { shotLines });
    const original = importScreenplay(corpus(script));
    expect(converted.report.scenes).toBeGreaterThan(0);
    expect(breakdown(converted.document)).toEqual(breakdown(original.document));
    expect(converted.report.title).toBe(original.report.title);
  });

  it.each(CASES)('%s converts to its reviewed Fountain', async (file, format) => {
    await expect(convertScreenplayFile(format, fixture(file)).fountain).toMatchFileSnapshot(`../fixtures/${file}.fountain`);
  });
});
