import { CanvasPage } from '../canvas/CanvasPage.js';
import { GraphListPage } from '../graphs/GraphListPage.js';
import { Toaster } from '../ui/Toaster.js';
import { followLink, matchRoute, usePathname } from './router.js';

export const App = () => {
  const route = matchRoute(usePathname());
  return (
    <>
      {route.name === 'graphs' && <GraphListPage />}
      {/* Keyed by id: each graph gets a fresh store, autosave and React Flow instance. */}
      {route.name === 'canvas' && <CanvasPage key={route.graphId} graphId={route.graphId} />}
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
