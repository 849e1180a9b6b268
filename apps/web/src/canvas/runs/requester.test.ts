import { describe, expect, it } from 'vitest';
import { requesterLabel } from './requester.js';

describe('who started a run, in the history', () => {
  const people = { u2: 'Mara Ilic', u3: null };
  it('is you, a member by name, or a former member — never “a collaborator”', () => {
    expect(requesterLabel({ requestedBy: 'u1' }, 'u1', people)).toBe('you');
    expect(requesterLabel({ requestedBy: 'u2' }, 'u1', people)).toBe('Mara Ilic');
    expect(requesterLabel({ requestedBy: 'u3' }, 'u1', people)).toBe('a former member');
    // The account is gone: the run kept no requester.
    expect(requesterLabel({ requestedBy: null }, 'u1', people)).toBe('a former member');
    // Arrived live, not on a page yet.
    expect(requesterLabel({ requestedBy: 'u4' }, 'u1', people)).toBeUndefined();
  });
});
