import { describe, expect, it } from 'vitest';
import { batchPath, graphPath, matchRoute, nextPathFrom, signInPath } from './router.js';

describe('routes', () => {
  it('serves the graph list at / and /graphs', () => {
    expect(matchRoute('/')).toEqual({ name: 'graphs' });
    expect(matchRoute('/graphs/')).toEqual({ name: 'graphs' });
  });

  it('opens a canvas at /graphs/:id, round-tripping odd ids', () => {
    expect(matchRoute('/graphs/gr_123')).toEqual({ name: 'canvas', graphId: 'gr_123' });
    expect(matchRoute(graphPath('a b/c'))).toEqual({ name: 'canvas', graphId: 'a b/c' });
    expect(matchRoute('/batches')).toEqual({ name: 'batches' });
    expect(matchRoute(batchPath('bat123'))).toEqual({ name: 'batch', batchId: 'bat123' });
  });

  it('reports anything else as not found', () => {
    expect(matchRoute('/graphs/1/edit')).toEqual({ name: 'not-found', path: '/graphs/1/edit' });
  });
});

describe('sign-in redirects', () => {
  it('come back to where the person was, and only to this site', () => {
    expect(signInPath('/graphs/gr_1?x=1')).toBe('/signin?next=%2Fgraphs%2Fgr_1%3Fx%3D1');
    expect(signInPath('/')).toBe('/signin');
    expect(nextPathFrom('?next=%2Fgraphs%2Fgr_1')).toBe('/graphs/gr_1');
    expect(nextPathFrom('?next=https%3A%2F%2Fevil.example')).toBe('/');
    expect(nextPathFrom('?next=%2F%2Fevil.example')).toBe('/');
    expect(nextPathFrom('')).toBe('/');
  });

  it('match the account pages', () => {
    expect(matchRoute('/signin')).toEqual({ name: 'sign-in' });
    expect(matchRoute('/members')).toEqual({ name: 'members' });
    expect(matchRoute('/settings/api-keys')).toEqual({ name: 'api-keys' });
  });
});
