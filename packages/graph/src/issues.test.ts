import { describe, expect, it } from 'vitest';
import { isBlockingIssue, issueCodes } from './issues.js';

describe('isBlockingIssue', () => {
  it('lets unfinished continuity work be saved', () => {
    expect(isBlockingIssue({ code: 'shot_missing_scene' })).toBe(false);
    expect(isBlockingIssue({ code: 'shot_character_not_cast' })).toBe(false);
  });

  it('refuses every structural problem', () => {
    const structural = issueCodes.filter((code) => code !== 'shot_missing_scene' && code !== 'shot_character_not_cast');
    expect(structural).toHaveLength(10);
    for (const code of structural) expect(isBlockingIssue({ code })).toBe(true);
  });
});
