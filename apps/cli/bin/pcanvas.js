#!/usr/bin/env node
// The bundle `pnpm --filter @pc/cli build` writes (dist/ is not committed).
import '../dist/pcanvas.js';
