import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { GENERATED_TYPES, renderSchemaTypes } from './render-types.js';

// The document is built in-process (no server, no database): every route is known at app construction.
await writeFile(GENERATED_TYPES, await renderSchemaTypes());
console.log(`wrote ${fileURLToPath(GENERATED_TYPES)}`);
process.exit(0);
