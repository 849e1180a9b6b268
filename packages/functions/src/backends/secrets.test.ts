import { describe, expect, it } from 'vitest';
import { encodeBase64 } from './base64.js';
import { decryptSecret, encryptSecret, readSecretsKey, resolveSecret, SecretError, SecretRefSchema } from './secrets.js';

const key = crypto.getRandomValues(new Uint8Array(32));

describe('secret codec', () => {
  it('round-trips a secret through a versioned blob with a fresh IV each time', async () => {
    const first = await encryptSecret('sk-live-123', key);
    const second = await encryptSecret('sk-live-123', key);
    expect(first).toMatch(/^v1\.[\w-]{16}\.[\w-]+$/);
    expect(first).not.toBe(second);
    expect(first).not.toContain('sk-live');
    expect(await decryptSecret(first, key)).toBe('sk-live-123');
    expect(SecretRefSchema.parse({ encrypted: first })).toEqual({ encrypted: first });
  });

  it('detects tampering, a wrong key and a wrong context', async () => {
    const blob = await encryptSecret('sk-live-123', key, 'workspace:w1');
    const [version, iv, sealed = ''] = blob.split('.');
    const flipped = `${version}.${iv}.${sealed[0] === 'A' ? 'B' : 'A'}${sealed.slice(1)}`;
    await expect(decryptSecret(flipped, key, 'workspace:w1')).rejects.toBeInstanceOf(SecretError);
    await expect(decryptSecret(blob, crypto.getRandomValues(new Uint8Array(32)), 'workspace:w1')).rejects.toThrow('could not be decrypted');
    await expect(decryptSecret(blob, key, 'workspace:w2')).rejects.toThrow('could not be decrypted');
    await expect(decryptSecret(blob.replace(/^v1/, 'v9'), key)).rejects.toThrow('unsupported secret format "v9"');
    await expect(decryptSecret('v1.only-two', key)).rejects.toThrow('malformed');
  });

  it('reads a 32-byte base64 key and refuses anything else', () => {
    expect(readSecretsKey(encodeBase64(key))).toEqual(key);
    expect(() => readSecretsKey(undefined)).toThrow('SECRETS_KEY is not set');
    expect(() => readSecretsKey(encodeBase64(new Uint8Array(16)))).toThrow('must decode to 32 bytes, got 16');
  });

  it('resolves environment references and encrypted blobs', async () => {
    expect(await resolveSecret({ env: 'COMFY_TOKEN' }, { env: { COMFY_TOKEN: 't' } })).toBe('t');
    await expect(resolveSecret({ env: 'MISSING' }, { env: {} })).rejects.toThrow('MISSING is not set');
    const blob = await encryptSecret('s', key);
    expect(await resolveSecret({ encrypted: blob }, { env: {}, key })).toBe('s');
    await expect(resolveSecret({ encrypted: blob }, { env: {} })).rejects.toThrow('needs SECRETS_KEY');
  });
});
