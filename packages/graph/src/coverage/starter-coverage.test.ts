import { describe, expect, it } from 'vitest';
import { createNode } from '../factory.js';
import type { GraphEdge, GraphNode } from '../document.js';
import { cast, character, cover, frame, graphOf, link, scene, shot } from '../testing/story.js';
import { shotLetterIndex, shotLetters } from './shot-letters.js';
import { suggestStarterCoverage } from './starter-coverage.js';

const speaks = (characterId: string, sceneId: string): GraphEdge => ({ ...cast(characterId, sceneId), data: { speaking: true } });
const letter = createNode('prop', { id: 'letter', position: { x: 0, y: 0 }, data: { name: 'THE LETTER', importance: 'hero' } });
const cup = createNode('prop', { id: 'cup', position: { x: 0, y: 0 }, data: { name: 'CUP', importance: 'background' } });

const suggest = (nodes: GraphNode[], edges: GraphEdge[], sceneId = 'sc12') => {
  const result = suggestStarterCoverage(graphOf(nodes, edges), sceneId);
  if (!result.ok) throw new Error(result.reason);
  return result.shots.map((s) => ({ number: s.data.shotNumber, type: s.data.shotType, characters: s.characterIds, props: s.propIds, order: s.data.order }));
};

describe('shot letters', () => {
  it('run A … Z skipping I and O, then AA', () => {
    expect([0, 7, 8, 12, 13, 23, 24, 25].map(shotLetters)).toEqual(['A', 'H', 'J', 'N', 'P', 'Z', 'AA', 'AB']);
    for (const index of [0, 8, 23, 24, 600]) expect(shotLetterIndex(shotLetters(index))).toBe(index);
    expect(shotLetterIndex('I')).toBe(-1);
  });
});

describe('starter coverage', () => {
  it('gives a two-hander a master, a single per speaker, an OTS pair and an insert of each hero prop', () => {
    const nodes = [character('anna'), character('ben'), character('carl'), scene('sc12', '12'), letter, cup];
    const edges = [speaks('anna', 'sc12'), speaks('ben', 'sc12'), cast('carl', 'sc12'), link('letter', 'prop', 'sc12', 'props'), link('cup', 'prop', 'sc12', 'props')];
    expect(suggest(nodes, edges)).toEqual([
      { number: '12A', type: 'master', characters: ['anna', 'ben', 'carl'], props: [], order: 1 },
      { number: '12B', type: 'single', characters: ['anna'], props: [], order: 2 },
      { number: '12C', type: 'single', characters: ['ben'], props: [], order: 3 },
      { number: '12D', type: 'OTS', characters: ['anna', 'ben'], props: [], order: 4 },
      { number: '12E', type: 'OTS', characters: ['ben', 'anna'], props: [], order: 5 },
      { number: '12F', type: 'insert', characters: [], props: ['letter'], order: 6 },
    ]);
  });

  it('gives two silent characters a two-shot, and three speakers no OTS pair', () => {
    expect(suggest([character('anna'), character('ben'), scene('sc12', '12')], [cast('anna', 'sc12'), cast('ben', 'sc12')]).map((s) => s.type)).toEqual(['master', 'two-shot']);
    const three = [character('anna'), character('ben'), character('carl'), scene('sc12', '12')];
    expect(suggest(three, [speaks('anna', 'sc12'), speaks('ben', 'sc12'), speaks('carl', 'sc12')]).map((s) => s.type)).toEqual(['master', 'single', 'single', 'single']);
  });

  it('continues after the scene’s shots, skips I and O and numbers the graph already uses, and leaves out what it has', () => {
    const nodes = [
      character('anna'), scene('sc12', '12'), shot('h', '12H'), { ...shot('single', '12B'), data: { ...shot('single', '12B').data, shotType: 'single', order: 7 } },
      shot('stray', '12K'),
    ];
    const edges = [speaks('anna', 'sc12'), cover('sc12', 'h'), cover('sc12', 'single'), frame('anna', 'single')];
    expect(suggest(nodes, edges)).toEqual([{ number: '12J', type: 'master', characters: ['anna'], props: [], order: 8 }]);
    const withMaster = [...nodes, { ...shot('m', '12L'), data: { ...shot('m', '12L').data, shotType: 'master' } }];
    expect(suggestStarterCoverage(graphOf(withMaster, [...edges, cover('sc12', 'm'), frame('anna', 'm')]), 'sc12')).toEqual({
      ok: false,
      code: 'nothing_to_do',
      reason: 'Scene 12 already has its starter coverage.',
    });
  });

  it('needs a Scene with a number', () => {
    expect(suggestStarterCoverage(graphOf([scene('sc', '')]), 'sc')).toMatchObject({ ok: false, code: 'invalid_field' });
    expect(suggestStarterCoverage(graphOf([character('anna')]), 'anna')).toMatchObject({ ok: false, code: 'node_not_found' });
    // A number no shot letter can follow is refused in words, not turned into invalid Shots (12ABCA).
    expect(suggestStarterCoverage(graphOf([scene('sc', '12ABC')]), 'sc')).toMatchObject({ ok: false, code: 'invalid_field', reason: expect.stringContaining('12ABC leaves no room') });
    expect(suggestStarterCoverage(graphOf([scene('sc', '110A.1'), character('anna')]), 'sc')).not.toMatchObject({ code: 'invalid_field' });
  });
});
