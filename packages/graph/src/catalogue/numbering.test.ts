import { describe, expect, it } from 'vitest';
import { nodeCatalogue } from './index.js';

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

  it('refuses lowercase letters and stray characters', () => {
    for (const value of ['12a', 'A12', '12-A', ' 12']) {
      expect(shotNumber.safeParse(value).success).toBe(false);
      expect(sceneNumber.safeParse(value).success).toBe(false);
    }
  });
});
