import type { SizePolicy } from '../config.js';

const parseSize = (size: string): [number, number] => {
  const [width = 0, height = 0] = size.split('x').map(Number);
  return [width, height];
};

/**
 * The `size` to request for a prompt's width × height under a size policy. `nearest`
 * compares aspect ratios on a log scale (so 2:1 and 1:2 are equally far from 1:1), then
 * prefers the size closest in area.
 */
export function chooseSize(policy: SizePolicy, width: number, height: number): string {
  switch (policy.mode) {
    case 'exact':
      return `${width}x${height}`;
    case 'fixed':
      return policy.size;
    case 'nearest': {
      const want = Math.log(width / height);
      const score = (size: string) => {
        const [w, h] = parseSize(size);
        return [Math.abs(Math.log(w / h) - want), Math.abs(w * h - width * height)] as const;
      };
      return [...policy.sizes].sort((a, b) => {
        const [ra, aa] = score(a);
        const [rb, ab] = score(b);
        return ra - rb || aa - ab;
      })[0]!;
    }
    default:
      return assertNever(policy);
  }
}

const assertNever = (value: never): never => {
  throw new Error(`unknown size policy: ${JSON.stringify(value)}`);
};
