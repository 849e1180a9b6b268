import { DrizzleQueryError } from 'drizzle-orm/errors';
import { describe, expect, it } from 'vitest';
import { isTransactionConflict, retryOnConflict } from './transient.js';

const driverError = (code: string) => Object.assign(new Error(`postgres ${code}`), { code });

describe('retryOnConflict', () => {
  it('knows a deadlock and a serialization abort, bare or wrapped by drizzle; nothing else', () => {
    expect(isTransactionConflict(driverError('40P01'))).toBe(true);
    expect(isTransactionConflict(new DrizzleQueryError('update runs', [], driverError('40001')))).toBe(true);
    expect(isTransactionConflict(driverError('23505'))).toBe(false);
    expect(isTransactionConflict(new Error('boom'))).toBe(false);
    expect(isTransactionConflict(undefined)).toBe(false);
  });

  it('runs a deadlock victim again, and gives up after the attempts', async () => {
    let calls = 0;
    await expect(
      retryOnConflict(async () => {
        calls += 1;
        if (calls < 3) throw driverError('40P01');
        return 'done';
      }),
    ).resolves.toBe('done');
    expect(calls).toBe(3);
    calls = 0;
    await expect(
      retryOnConflict(async () => {
        calls += 1;
        throw driverError('40P01');
      }, 2),
    ).rejects.toThrow('40P01');
    expect(calls).toBe(2);
  });

  it('never repeats other errors', async () => {
    let calls = 0;
    await expect(
      retryOnConflict(async () => {
        calls += 1;
        throw driverError('23505');
      }),
    ).rejects.toThrow('23505');
    expect(calls).toBe(1);
  });
});
