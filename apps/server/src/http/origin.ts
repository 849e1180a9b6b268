import type { Context } from 'hono';

/** How the server learns the origin browsers see it under. */
export interface OriginSettings {
  /** `PUBLIC_URL`: the origin users type. When set, it wins over anything a request says. */
  publicUrl?: URL | undefined;
  /** Behind a proxy: believe `X-Forwarded-Proto` / `X-Forwarded-Host`. */
  trustProxy?: boolean;
}

/** The origin (`https://canvas.example`) this request was made to, as the browser saw it. */
export function requestOrigin(c: Context, { publicUrl, trustProxy = false }: OriginSettings): string {
  if (publicUrl) return publicUrl.origin;
  const url = new URL(c.req.url);
  if (trustProxy) {
    const proto = c.req.header('X-Forwarded-Proto')?.split(',')[0]?.trim();
    const host = c.req.header('X-Forwarded-Host')?.split(',')[0]?.trim();
    if (proto === 'http' || proto === 'https') url.protocol = `${proto}:`;
    if (host) url.host = host;
  }
  return url.origin;
}

/**
 * Whether browsers reach us over https (decides `Secure`, the `__Host-` cookie prefix and HSTS):
 * the scheme {@link requestOrigin} would give, without parsing a URL (every answer asks).
 */
export function isHttpsRequest(c: Context, { publicUrl, trustProxy = false }: OriginSettings): boolean {
  if (publicUrl) return publicUrl.protocol === 'https:';
  if (trustProxy) {
    const proto = c.req.header('X-Forwarded-Proto')?.split(',')[0]?.trim();
    if (proto === 'http' || proto === 'https') return proto === 'https';
  }
  return c.req.url.startsWith('https:');
}
