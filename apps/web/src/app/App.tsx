import { lazy, Suspense, useEffect } from 'react';
import { ApiKeysPage } from '../api-keys/ApiKeysPage.js';
import { AuthPage } from '../auth/AuthPage.js';
import { refreshSession, useSession } from '../auth/session.js';
import { GraphListPage } from '../graphs/GraphListPage.js';
import { Toaster } from '../ui/Toaster.js';
import { MembersPage } from '../workspaces/MembersPage.js';
import { BatchListPage } from '../batches/BatchListPage.js';
import { BatchPage } from '../batches/BatchPage.js';
import { followLink, isPublicRoute, matchRoute, navigate, nextPathFrom, signInPath, usePathname } from './router.js';

// The canvas (React Flow, the catalogue's zod schemas) loads only when a graph is opened,
// so the graph list paints from a small first bundle.
const CanvasPage = lazy(() => import('../canvas/CanvasPage.js').then((module) => ({ default: module.CanvasPage })));

const Loading = () => (
  <div className="page-state" aria-busy="true">
    <span className="spinner" aria-hidden /> Loading…
  </div>
);

export const App = () => {
  const pathname = usePathname();
  const route = matchRoute(pathname);
  const session = useSession();

  useEffect(() => {
    void refreshSession();
  }, []);

  // Protected pages send a signed-out person to sign in, then back where they were;
  // a signed-in person has no business on the sign-in page.
  const blocked = session.status === 'signed-out' && !isPublicRoute(route);
  const bounced = session.status === 'signed-in' && isPublicRoute(route);
  useEffect(() => {
    if (blocked) navigate(signInPath(window.location.pathname + window.location.search), { replace: true });
    if (bounced) navigate(nextPathFrom(window.location.search), { replace: true });
  }, [blocked, bounced]);

  if (session.status === 'loading' || blocked || bounced) return <Loading />;

  return (
    <>
      {route.name === 'sign-in' && <AuthPage mode="sign-in" />}
      {route.name === 'sign-up' && <AuthPage mode="sign-up" />}
      {route.name === 'graphs' && <GraphListPage />}
      {route.name === 'members' && <MembersPage />}
      {route.name === 'api-keys' && <ApiKeysPage />}
      {route.name === 'batches' && <BatchListPage />}
      {route.name === 'batch' && <BatchPage key={route.batchId} batchId={route.batchId} />}
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
