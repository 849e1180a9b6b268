// Bundles the CLI and everything it imports (@pc/sdk source, commander, zod) into one
// dist/pcanvas.js that runs on Node 20 with nothing else installed.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const outfile = process.env.BUILD_OUTFILE ?? 'dist/pcanvas.js';

await build({
  absWorkingDir: packageDir,
  entryPoints: ['src/main.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  legalComments: 'none',
  // commander is CommonJS and requires node: builtins; an ESM bundle needs a require for them.
  banner: { js: "import { createRequire as __pcanvasCreateRequire } from 'node:module'; const require = __pcanvasCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
console.log(`Built ${outfile}`);
