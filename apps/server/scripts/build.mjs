// Bundles src/main.ts into dist/main.js, the PNG render thread (@pc/engine/png-thread) into
// dist/png-thread.js: the engine's PNG pool starts it with new URL('./png-thread.js', import.meta.url),
// and the embedded database's thread (@pc/db/pglite-thread) into dist/pglite-thread.js, which
// @pc/db starts the same way.
//
// Workspace packages (@pc/*) are TypeScript source, so they are bundled. npm packages
// stay external and are resolved at run time from apps/server/node_modules: the bundle
// stays small, and packages that load files next to themselves (PGlite's WASM,
// swagger-ui-dist's assets) keep working. Each external must therefore be a dependency of
// this package; the build fails naming any that is not.
import { builtinModules, createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(`${packageDir}package.json`);
const { dependencies = {} } = require('./package.json');

const packageName = (specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
const builtins = new Set(builtinModules);
const missing = new Set();

/** @type {import('esbuild').Plugin} */
const externalNpmPackages = {
  name: 'external-npm-packages',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^[^./]/ }, ({ path }) => {
      if (path.startsWith('node:') || builtins.has(path)) return { path, external: true };
      const name = packageName(path);
      if (name.startsWith('@pc/')) return undefined; // workspace source: bundle it
      if (!(name in dependencies)) missing.add(name);
      return { path, external: true };
    });
  },
};

await build({
  absWorkingDir: packageDir,
  entryPoints: {
    main: 'src/main.ts',
    'png-thread': require.resolve('@pc/engine/png-thread'),
    'pglite-thread': require.resolve('@pc/db/pglite-thread'),
  },
  // Tests that run the bundle build their own copy, so parallel test files never start a half-written one.
  outdir: process.env.BUILD_OUTDIR ?? 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [externalNpmPackages],
});

if (missing.size > 0) {
  console.error(`These packages are imported by the bundle but are not dependencies of @pc/server: ${[...missing].join(', ')}`);
  console.error('Add them with `pnpm --filter @pc/server add <name>` (same version range as the workspace package using them).');
  process.exit(1);
}
console.log(`Built ${process.env.BUILD_OUTDIR ?? 'dist'}/main.js, png-thread.js and pglite-thread.js`);
