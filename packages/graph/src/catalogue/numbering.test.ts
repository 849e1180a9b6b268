import { describe, expect, it } from 'vitest';
import { nodeCatalogue } from './index.js';
import { compareProductionNumbers } from './production-numbers.js';

const shotNumber = nodeCatalogue.shot.fields.shape.shotNumber;
const sceneNumber = nodeCatalogue.scene.fields.shape.sceneNumber;

describe('scene and shot numbers', () => {
  it('accepts the numbers a script supervisor writes', () => {
    for (const value of ['', '12', '12A', '101B', '12AA']) expect(shotNumber.safeParse(value).success).toBe(true);
    for (const value of ['', '12', '12A', '101B']) expect(sceneNumber.safeParse(value).success).toBe(true);
  });

  it('refuses shot letters I and O, which are skipped on set', () => {
    for (const value of ['12I', '12O', '12AI']) expect(shotNumber.safeParse(value).success).toBe(false);
  });

  it('accepts what shooting scripts with revisions use: A12 (before 12), 110A.1 and 12.1 (split in a revision)', () => {
    for (const value of ['A12', 'A12B', '110A.1', '12.1', '110A.1.2', 'AA1']) expect(sceneNumber.safeParse(value).success).toBe(true);
    for (const value of ['A12', 'A12B', '110A.1', '110A.1B', '12.1A']) expect(shotNumber.safeParse(value).success).toBe(true);
    expect(shotNumber.safeParse('110A.1I').success).toBe(false);
  });

  it('sorts them as a supervisor does: a prefixed scene before its number, a split scene after its own', () => {
    const numbers = ['111', '110A.1', 'B110', '110', '12', '110B', '110A', 'A110', '110AA', '110.1', '110A.2', '110A.1.1', '', '9'];
    expect([...numbers].sort(compareProductionNumbers)).toEqual([
      '9', '12', 'A110', 'B110', '110', '110.1', '110A', '110A.1', '110A.1.1', '110A.2', '110B', '110AA', '111', '',
    ]);
  });

  it('accepts a television script’s act or episode before a dash (Fountain’s #I-1-A#, II-14, 101-12), and sorts by act first', () => {
    for (const value of ['I-1-A', 'II-14', 'IV-3B', '101-12', '2-14A', '1-II-3', 'I-A12', 'I-110A.1']) expect(sceneNumber.safeParse(value).success).toBe(true);
    for (const value of ['I-1-AB', 'I-1A', 'II-14C', '101-12A', 'I-110A.1B']) expect(shotNumber.safeParse(value).success).toBe(true);
    for (const value of ['I-1-AI', 'I-1-ABCD']) expect(shotNumber.safeParse(value).success).toBe(false);
    for (const value of ['I-', '-1', 'I--1', 'I-1-', 'i-1', 'A-1', 'I-1-A-B', '1-2-3-4']) expect(sceneNumber.safeParse(value).success).toBe(false);
    const numbers = ['IX-1', 'II-1', 'I-10', 'I-1-A', 'I-2', 'IV-1', 'V-1', '12', 'I-1', 'III-1', 'I-A2', '101-3', '2-14'];
    expect([...numbers].sort(compareProductionNumbers)).toEqual(['12', 'I-1', 'I-1-A', 'I-A2', 'I-2', 'I-10', 'II-1', '2-14', 'III-1', 'IV-1', 'V-1', 'IX-1', '101-3']);
  });

  it('refuses lowercase letters and stray characters', () => {
    for (const value of ['12a', 'ABC12', '12-A', ' 12', '12.', '.1', '12..1', '12.1.2.3', 'A', '1 2']) {
      expect(shotNumber.safeParse(value).success).toBe(false);
      expect(sceneNumber.safeParse(value).success).toBe(false);
    }
  });
});
