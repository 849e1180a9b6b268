// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { readPreference, writePreference } from './user-preference.js';

const choices = ['open', 'collapsed'] as const;

describe('user preferences', () => {
  beforeEach(() => localStorage.clear());

  it('keep each user’s choice apart', () => {
    writePreference('minimap', 'u1', 'collapsed');
    expect(readPreference('minimap', 'u1', choices, 'open')).toBe('collapsed');
    expect(readPreference('minimap', 'u2', choices, 'open')).toBe('open');
  });

  it('fall back when the stored value is not a known choice', () => {
    localStorage.setItem('pc.pref.minimap.u1', 'sideways');
    expect(readPreference('minimap', 'u1', choices, 'open')).toBe('open');
  });
});
