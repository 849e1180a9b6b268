import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Hono } from 'hono';
import type { AppEnv } from '../env.js';
import { notFound } from '../errors/api-error.js';
import { bytesOf } from '../web-app/bytes.js';

/** Where a newcomer guesses the document is; each answers a 308 to the real one (they are not operations). */
export const GUESSED_SPEC_PATHS = ['/api/openapi.json', '/openapi.json'] as const;

/**
 * `GET /api/docs`: Swagger UI over `/api/v1/openapi.json`, every asset served from the
 * installed swagger-ui-dist (the product works offline and under a strict CSP: no CDN, no
 * inline script — the page boots from `init.js`). The page links the JSON itself, for
 * those who want the document rather than the viewer.
 */
export function registerApiDocs(app: Hono<AppEnv>, { specUrl = '/api/v1/openapi.json' }: { specUrl?: string } = {}): void {
  for (const guessed of GUESSED_SPEC_PATHS) app.get(guessed, (c) => c.redirect(specUrl, 308));

  app.get('/api/docs', (c) => {
    c.header('Content-Security-Policy', DOCS_CSP);
    c.header('Cache-Control', 'no-cache');
    return c.html(docsPage(specUrl));
  });

  app.get('/api/docs/assets/init.js', (c) => {
    c.header('Content-Type', 'text/javascript; charset=utf-8');
    c.header('Cache-Control', 'no-cache');
    return c.body(initScript(specUrl));
  });

  app.get('/api/docs/assets/:file', async (c) => {
    const file = c.req.param('file');
    const contentType = SWAGGER_ASSETS[file];
    if (!contentType) throw notFound(`Asset ${file}`);
    c.header('Content-Type', contentType);
    // Versioned by the installed package; a day is plenty and survives upgrades.
    c.header('Cache-Control', 'public, max-age=86400');
    return c.body(await readSwaggerAsset(file));
  });
}

/** The swagger-ui-dist files the page needs, and their types. Nothing else is served. */
const SWAGGER_ASSETS: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'favicon-32x32.png': 'image/png',
};

// swagger-ui sets inline styles on elements and loads its SVG icons as data: URIs.
const DOCS_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'";

const docsPage = (specUrl: string) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Production Canvas API</title>
    <link rel="icon" href="/api/docs/assets/favicon-32x32.png" />
    <link rel="stylesheet" href="/api/docs/assets/swagger-ui.css" />
  </head>
  <body>
    <p class="spec-link">The OpenAPI 3.1 document: <a href="${specUrl}">${specUrl}</a></p>
    <div id="swagger-ui"></div>
    <script src="/api/docs/assets/swagger-ui-bundle.js"></script>
    <script src="/api/docs/assets/init.js"></script>
  </body>
</html>
`;

const initScript = (specUrl: string) => `window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({ url: ${JSON.stringify(specUrl)}, dom_id: '#swagger-ui', deepLinking: true });
});
`;

const assetCache = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();

function readSwaggerAsset(file: string): Promise<Uint8Array<ArrayBuffer>> {
  let asset = assetCache.get(file);
  if (!asset) {
    asset = readFile(join(swaggerUiDir(), file)).then(bytesOf);
    // A failed read is not cached: the next request tries again.
    asset.catch(() => assetCache.delete(file));
    assetCache.set(file, asset);
  }
  return asset;
}

let swaggerDir: string | undefined;
/** Resolved like any dependency, from this module (the bundle at run time), so it works bundled and from source. */
function swaggerUiDir(): string {
  swaggerDir ??= dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
  return swaggerDir;
}
