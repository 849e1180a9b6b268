import type { Transport } from './client.js';

export interface DownloadedArtifact {
  bytes: Uint8Array;
  mediaType: string;
}

const ARTIFACT_PATH = /^\/api\/v1\/artifacts\/[0-9a-f]{64}$/;

/** `GET /api/v1/artifacts/{hash}`: content-addressed bytes, by hash or by the `url` an output links. */
export function artifactsApi(transport: Transport) {
  const pathOf = (hashOrUrl: string) => {
    const path = /^[0-9a-f]{64}$/.test(hashOrUrl) ? `/api/v1/artifacts/${hashOrUrl}` : hashOrUrl.replace(/^https?:\/\/[^/]+/, '');
    if (!ARTIFACT_PATH.test(path)) throw new TypeError(`Not an artifact hash or URL: ${hashOrUrl}`);
    return path;
  };
  return {
    /** The streaming response, for writing large artifacts straight to a file. */
    open: (hashOrUrl: string, signal?: AbortSignal) => transport.send('GET', pathOf(hashOrUrl), { headers: { Accept: '*/*' }, signal }),
    download: async (hashOrUrl: string, signal?: AbortSignal): Promise<DownloadedArtifact> => {
      const response = await transport.send('GET', pathOf(hashOrUrl), { headers: { Accept: '*/*' }, signal });
      return { bytes: new Uint8Array(await response.arrayBuffer()), mediaType: response.headers.get('Content-Type') ?? 'application/octet-stream' };
    },
  };
}
