import { describe, expect, it } from 'vitest';
import { createDocumentStore, createGraphDoc } from '@pc/document';
import { GRAPH_SCHEMA_VERSION } from '@pc/graph';
import { filterQuickAdd } from '../quick-add/filter.js';
import { findEntries } from './find-entries.js';

const state = () =>
  createDocumentStore({
    ydoc: createGraphDoc({
      schemaVersion: GRAPH_SCHEMA_VERSION,
      nodes: [
        { id: 'mara', type: 'character', position: { x: 0, y: 0 }, data: { name: 'MARA' } },
        { id: 'sc12', type: 'scene', position: { x: 400, y: 0 }, data: { sceneNumber: '12', intExt: 'INT', locationName: 'Kitchen', timeOfDay: 'Night' } },
        { id: 'sc13', type: 'scene', position: { x: 400, y: 300 }, data: { sceneNumber: '13', intExt: 'EXT', locationName: 'Police station', timeOfDay: 'Dawn' } },
        { id: 'loc', type: 'location', position: { x: 800, y: 0 }, data: { name: 'POLICE STATION' } },
      ],
      edges: [],
    }),
  }).store.getState();

const found = (query: string) => filterQuickAdd(findEntries(state()), query).map((entry) => entry.key);

describe('finding a node by its title', () => {
  it('titles each node as its card does, scenes by number and slugline, with the type name', () => {
    expect(findEntries(state())).toEqual([
      { key: 'mara', type: 'character', label: 'MARA', description: 'Character' },
      { key: 'sc12', type: 'scene', label: '12 INT. KITCHEN - NIGHT', description: 'Scene' },
      { key: 'sc13', type: 'scene', label: '13 EXT. POLICE STATION - DAWN', description: 'Scene' },
      { key: 'loc', type: 'location', label: 'POLICE STATION', description: 'Location' },
    ]);
  });

  it('finds a scene by its number or a word of its heading, ignoring case', () => {
    expect(found('13')).toEqual(['sc13']);
    expect(found('kitchen')).toEqual(['sc12']);
    expect(found('police')).toEqual(['loc', 'sc13']);
  });

  it('lists every node of a type by its type name, after title matches', () => {
    expect(found('scene')).toEqual(['sc12', 'sc13']);
  });
});
