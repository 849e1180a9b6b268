import { describe, expect, it } from 'vitest';
import { graphPath, matchRoute } from './router.js';

describe('routes', () => {
  it('serves the graph list at / and /graphs', () => {
    expect(matchRoute('/')).toEqual({ name: 'graphs' });
    expect(matchRoute('/graphs/')).toEqual({ name: 'graphs' });
  });

  it('opens a canvas at /graphs/:id, round-tripping odd ids', () => {
    expect(matchRoute('/graphs/gr_123')).toEqual({ name: 'canvas', graphId: 'gr_123' });
    expect(matchRoute(graphPath('a b/c'))).toEqual({ name: 'canvas', graphId: 'a b/c' });
  });

  it('reports anything else as not found', () => {
    expect(matchRoute('/graphs/1/edit')).toEqual({ name: 'not-found', path: '/graphs/1/edit' });
  });
});
