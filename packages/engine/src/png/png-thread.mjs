// Loads the TypeScript thread entry through tsx: used when the engine runs from source
// (vitest, `tsx watch`). Bundles use the compiled `png-thread.js` instead.
import { register } from 'tsx/esm/api';

register();
await import('./png-thread.ts');
