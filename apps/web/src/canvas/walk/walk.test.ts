import { describe, expect, it } from 'vitest';
import { walkAlongWires, walkInDirection, type WalkNode } from './walk.js';

const card = (id: string, x: number, y: number): WalkNode => ({ id, x, y, width: 240, height: 120 });

// A breakdown laid out as imported: characters, then a grid of scenes, then a shot column.
//   anna   sc1   sc2   1A
//   ben    sc3   sc4
const nodes = [card('anna', 0, 0), card('ben', 0, 200), card('sc1', 320, 0), card('sc2', 640, 20), card('sc3', 320, 200), card('sc4', 640, 200), card('1a', 960, 0)];
const wires = [
  { source: 'anna', target: 'sc1' },
  { source: 'ben', target: 'sc1' },
  { source: 'sc1', target: '1a' },
];

describe('keyboard walk between nodes', () => {
  it('steps to the nearest node in each direction, preferring one in line', () => {
    expect(walkInDirection(nodes, 'sc1', 'right', { x: 0, y: 0 })).toBe('sc2');
    expect(walkInDirection(nodes, 'sc1', 'left', { x: 0, y: 0 })).toBe('anna');
    expect(walkInDirection(nodes, 'sc1', 'down', { x: 0, y: 0 })).toBe('sc3');
    expect(walkInDirection(nodes, 'sc4', 'up', { x: 0, y: 0 })).toBe('sc2');
    expect(walkInDirection(nodes, 'sc2', 'right', { x: 0, y: 0 })).toBe('1a');
  });

  it('stays put at the edge: nothing lies that way', () => {
    expect(walkInDirection(nodes, 'anna', 'left', { x: 0, y: 0 })).toBeNull();
    expect(walkInDirection(nodes, 'anna', 'up', { x: 0, y: 0 })).toBeNull();
  });

  it('starts from the node nearest the middle of the view when nothing is selected', () => {
    expect(walkInDirection(nodes, null, 'right', { x: 700, y: 260 })).toBe('sc4');
  });

  it('follows wires upstream and downstream, nearest first', () => {
    expect(walkAlongWires(nodes, wires, 'sc1', 'upstream')).toBe('anna');
    expect(walkAlongWires(nodes, wires, 'sc1', 'downstream')).toBe('1a');
    expect(walkAlongWires(nodes, wires, '1a', 'downstream')).toBeNull();
  });
});
