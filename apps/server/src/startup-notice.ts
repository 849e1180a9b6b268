import { existsSync } from 'node:fs';
import { join } from 'node:path';

/*
 * What a person who just typed `pnpm start` reads. The JSON log lines stay as they are (for
 * machines); on a terminal one plain line says where to go, and a port that is taken is a
 * sentence with the fix, not an unhandled 'error' event's stack.
 */

/** Where to open the app: `localhost` for a loopback or every-interface listener, as the README says. */
export function getOpenUrl(host: string, port: number): string {
  const local = ['127.0.0.1', '0.0.0.0', '::', '::1', 'localhost'].includes(host);
  return `http://${local ? 'localhost' : host.includes(':') ? `[${host}]` : host}:${port}`;
}

/** The one plain line printed once the server listens, when stderr is a terminal. */
export function getReadyNotice(openUrl: string, dataDir: string | undefined): string {
  const where = dataDir === undefined ? 'data in your PostgreSQL' : `data in ${dataDir}`;
  return `Production Canvas is ready: open ${openUrl} (${where}; Ctrl-C stops it)`;
}

/** Whether embedded PGlite has yet to create its database in `dataDir` (it lives in `<dataDir>/pglite`). */
export const isFirstEmbeddedStart = (dataDir: string): boolean => !existsSync(join(dataDir, 'pglite'));

/** Said before the quiet part of a first start: PGlite's initdb and every migration take a while. */
export function getFirstStartNotice(dataDir: string): string {
  return `First start: creating the embedded database in ${dataDir} (up to a minute; later starts take seconds)`;
}

/** A sentence for a listen error a person can fix themselves; undefined for any other error. */
export function describeListenError(error: NodeJS.ErrnoException, host: string, port: number): string | undefined {
  const another = port === 8080 ? 8081 : 8080;
  switch (error.code) {
    case 'EADDRINUSE':
      return `Port ${port} on ${host} is already in use (another Production Canvas, or another program). Stop it, or start on another port: PORT=${another} pnpm start`;
    case 'EACCES':
      return `Port ${port} on ${host} needs privileges this user does not have. Start on a port above 1023: PORT=${another} pnpm start`;
    case 'EADDRNOTAVAIL':
      return `HOST=${host} is not an address of this machine. Leave HOST unset (127.0.0.1), or use 0.0.0.0 for every interface.`;
    default:
      return undefined;
  }
}
