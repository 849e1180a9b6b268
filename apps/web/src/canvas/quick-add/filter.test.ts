import { describe, expect, it } from 'vitest';
import { describeNodeCatalogue } from '@pc/graph';
import { filterQuickAdd, type QuickAddEntry } from './filter.js';

const entries: QuickAddEntry[] = [
  { type: 'character', label: 'Character', description: 'A person in the story, cast into scenes' },
  { type: 'scene', label: 'Scene', description: 'A numbered scene of the script with its heading' },
  { type: 'shot', label: 'Shot', description: 'One camera setup within a scene' },
];

const types = (query: string) => filterQuickAdd(entries, query).map((entry) => entry.type);

describe('quick-add filtering', () => {
  it('lists every type, in catalogue order, for an empty query', () => {
    expect(types('')).toEqual(['character', 'scene', 'shot']);
    expect(types('   ')).toEqual(['character', 'scene', 'shot']);
  });

  it('ranks a label prefix first, ignoring case', () => {
    expect(types('SH')[0]).toBe('shot');
    expect(types('sc')[0]).toBe('scene');
  });

  it('matches letters in order on the label (fuzzy)', () => {
    expect(types('sht')).toEqual(['shot']);
    expect(types('chr')).toEqual(['character']);
  });

  it('finds a type by a word of its description, after label matches', () => {
    expect(types('camera')).toEqual(['shot']);
    expect(types('person')).toEqual(['character']);
  });

  it('returns nothing when nothing matches', () => {
    expect(types('xyz')).toEqual([]);
  });

  it('works on the real catalogue', () => {
    const catalogue = describeNodeCatalogue();
    expect(filterQuickAdd(catalogue, 'shot')[0]?.type).toBe('shot');
  });
});
