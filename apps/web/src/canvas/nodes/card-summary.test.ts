import { describe, expect, it } from 'vitest';
import { REMOVED_FROM_SCRIPT_TAG } from '@pc/screenplay';
import { CUT_FROM_SCRIPT_TAG, summarizeNode } from './card-summary.js';

describe('what a node card shows at a glance', () => {
  it('a scene reads like a slugline, its number set apart', () => {
    const summary = summarizeNode('scene', { sceneNumber: '12', intExt: 'INT', locationName: 'Kitchen', timeOfDay: 'night', synopsis: 'Anna finds the letter.' });
    // " - " as screenplays (and the Scene's breakdown) write it, not an em dash.
    expect(summary).toMatchObject({ number: '12', title: 'INT. KITCHEN - NIGHT', excerpt: 'Anna finds the letter.' });
  });

  it('a scene’s footer names its story day and its transition in full ("DAY —" read as a time of day missing)', () => {
    expect(summarizeNode('scene', { locationName: 'HARBOUR ROAD', timeOfDay: 'DAY' }).facts).toEqual([
      { label: 'Story day', value: '—' },
      { label: 'Transition', value: '—' },
    ]);
    expect(summarizeNode('scene', { storyDay: 3, transitionOut: 'CUT TO:' }).facts).toEqual([
      { label: 'Story day', value: '3' },
      { label: 'Transition', value: 'CUT TO:' },
    ]);
  });

  it('a scene whose heading names neither INT nor EXT (a montage) shows no prefix, not "INT."', () => {
    expect(summarizeNode('scene', { sceneNumber: '2', intExt: '', locationName: 'MONTAGE - THE LAMP ROOM' }).title).toBe('MONTAGE - THE LAMP ROOM');
    expect(summarizeNode('scene', { locationName: 'KITCHEN' }).title).toBe('INT. KITCHEN');
  });

  it('a scene the screenplay dropped is marked cut', () => {
    expect(summarizeNode('scene', { locationName: 'OFFICE', tags: ['night', 'removed-from-script'] }).cut).toBe(true);
    expect(summarizeNode('scene', { locationName: 'OFFICE', tags: ['night'] }).cut).toBeUndefined();
    expect(CUT_FROM_SCRIPT_TAG).toBe(REMOVED_FROM_SCRIPT_TAG);
  });

  it('a scene with no location yet says so', () => {
    expect(summarizeNode('scene', { intExt: 'EXT' })).toMatchObject({ title: 'EXT. LOCATION TBD', untitled: true });
  });

  it('a shot reads like a camera report', () => {
    const summary = summarizeNode('shot', { shotNumber: '12A', shotSize: 'MCU', angle: 'low', lensMm: 35, movement: 'dolly_in', durationS: null });
    expect(summary).toMatchObject({ number: '12A', title: 'MCU · LOW · 35mm' });
    expect(summary.facts).toContainEqual({ label: 'Move', value: 'Dolly in' });
    expect(summary.facts).toContainEqual({ label: 'Length', value: 'auto' });
  });

  it('a character shows its name and casting facts, or a placeholder', () => {
    const anna = summarizeNode('character', { name: 'ANNA', role: 'lead', age: '34', aliases: ['ANNIE'], appearance: { hair: 'auburn' } });
    expect(anna).toMatchObject({ title: 'ANNA', subtitle: 'aka ANNIE', excerpt: 'auburn' });
    expect(anna.facts).toContainEqual({ label: 'Role', value: 'Lead' });
    expect(summarizeNode('character', {})).toMatchObject({ title: 'Unnamed Character', untitled: true });
  });

  it('every other catalogue type shows its name, number and summary fields, or a placeholder', () => {
    const prop = summarizeNode('prop', { name: 'THE LETTER', category: 'prop', importance: 'hero', character: 'BEN', description: 'Folded twice.' });
    expect(prop).toMatchObject({ title: 'THE LETTER', untitled: false, excerpt: 'Folded twice.' });
    expect(prop.facts).toEqual([
      { label: 'Category', value: 'Prop' },
      { label: 'Importance', value: 'Hero' },
      { label: 'Worn / carried by', value: 'BEN' },
    ]);
    expect(summarizeNode('audio', { cue: '1M2', kind: 'music' })).toMatchObject({ number: '1M2', title: 'Unnamed Audio' });
    expect(summarizeNode('note', { text: 'Ask about the rain.' })).toMatchObject({ title: 'Unnamed Note', facts: [], excerpt: 'Ask about the rain.' });
    expect(summarizeNode('storyboard', {})).toMatchObject({ title: 'Unknown node type “storyboard”' });
  });
});
