/*
 * What other packages' tests need to drive a real server: packages/sdk and apps/cli start
 * the built bundle over a fresh embedded database and call it over HTTP.
 */
export { buildBundle, startServerProcess, exitOf, signUpOver, api, createApiKeyOver, type ServerProcess } from './server-process.js';
export { startEmbeddedServer, type EmbeddedServer } from './embedded-server.js';
export { harbourScene } from './documents.js';
