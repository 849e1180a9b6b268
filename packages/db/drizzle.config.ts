import { defineConfig } from 'drizzle-kit';

// `pnpm db:generate` diffs src/schema against drizzle/ and writes a new SQL migration;
// scripts/embed-migrations.mjs then embeds drizzle/ into the code (see README.md).
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/schema/index.ts',
  out: './drizzle',
  strict: true,
});
