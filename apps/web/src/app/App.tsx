import { lazy, Suspense } from 'react';
import { GraphListPage } from '../graphs/GraphListPage.js';
import { Toaster } from '../ui/Toaster.js';
import { followLink, matchRoute, usePathname } from './router.js';

// The canvas (React Flow, the catalogue's zod schemas) loads only when a graph is opened,
// so the graph list paints from a small first bundle.
const CanvasPage = lazy(() => import('../canvas/CanvasPage.js').then((module) => ({ default: module.CanvasPage })));

const Loading = () => (
  <div className="page-state" aria-busy="true">
    <span className="spinner" aria-hidden /> Loading…
  </div>
);

export const App = () => {
  const route = matchRoute(usePathname());
  return (
    <>
      {route.name === 'graphs' && <GraphListPage />}
      {/* Keyed by id: each graph gets a fresh store, autosave and React Flow instance. */}
      {route.name === 'canvas' && (
        <Suspense fallback={<Loading />}>
          <CanvasPage key={route.graphId} graphId={route.graphId} />
        </Suspense>
      )}
      {route.name === 'not-found' && (
        <main className="empty-page">
          <h1>Page not found</h1>
          <p>
            Nothing lives at <code>{route.path}</code>.{' '}
            <a href="/" onClick={followLink}>
              Back to your graphs
            </a>
          </p>
        </main>
      )}
      <Toaster />
    </>
  );
};
