// Loads the TypeScript thread entry through tsx: used when @pc/db runs from source (vitest,
// tsx). Bundles use the compiled `pglite-thread.js` instead.
import { register } from 'tsx/esm/api';

register();
await import('./thread.ts');
