// Embeds drizzle/ (the SQL migrations drizzle-kit writes) into src/migrations/embedded.ts.
//
// Why: the server ships as one esbuild bundle, where a migrations folder resolved from
// `import.meta.url` no longer exists. Embedding the SQL makes the migrations part of the
// code that needs them, on every runtime, with nothing to copy.
//
//   node scripts/embed-migrations.mjs          write the module
//   node scripts/embed-migrations.mjs --check  exit 1 if the module is stale
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { readDrizzleFolder, renderEmbeddedModule } from './migrations-source.mjs';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const target = `${packageDir}src/migrations/embedded.ts`;

const migrations = await readDrizzleFolder(`${packageDir}drizzle`);
const rendered = renderEmbeddedModule(migrations);

if (process.argv.includes('--check')) {
  const current = await readFile(target, 'utf8').catch(() => '');
  if (current !== rendered) {
    console.error('src/migrations/embedded.ts is stale: run `pnpm --filter @pc/db db:generate`.');
    process.exit(1);
  }
} else {
  await writeFile(target, rendered);
  console.log(`Embedded ${migrations.length} migration(s) into src/migrations/embedded.ts`);
}
