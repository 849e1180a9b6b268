import { describe, expect, it } from 'vitest';
import { createSingleFlight } from './single-flight.js';

const deferred = <T>() => {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
};

describe('single flight', () => {
  it('gives callers that ask while a lookup is in flight its answer, and starts anew once it settled', async () => {
    const flights = createSingleFlight<string>();
    const started: string[] = [];
    const first = deferred<string>();
    const load = (label: string, answer: Promise<string>) => () => (started.push(label), answer);
    const a = flights.run('page', load('a', first.promise));
    const b = flights.run('page', load('b', Promise.resolve('b')));
    const other = flights.run('other page', load('c', Promise.resolve('c')));
    expect(flights.size).toBe(2);
    first.resolve('a');
    expect(await Promise.all([a, b, other])).toEqual(['a', 'a', 'c']);
    expect(started).toEqual(['a', 'c']);
    expect(flights.size).toBe(0);
    expect(await flights.run('page', load('d', Promise.resolve('d')))).toBe('d');
  });

  it('shares a rejection with everyone who joined, and forgets it', async () => {
    const flights = createSingleFlight<string>();
    const failing = deferred<string>();
    const a = flights.run('key', () => failing.promise);
    const b = flights.run('key', () => Promise.resolve('never asked'));
    failing.reject(new Error('database gone'));
    await expect(a).rejects.toThrow('database gone');
    await expect(b).rejects.toThrow('database gone');
    expect(await flights.run('key', () => Promise.resolve('back'))).toBe('back');
  });
});
