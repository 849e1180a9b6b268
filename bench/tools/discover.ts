import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const benchPackage = z.object({ name: z.string().optional(), scripts: z.record(z.string(), z.string()).optional() });

/** A bench: a folder of bench/ whose package.json has a `bench` script. */
export interface Bench {
  /** The folder name: what `--only` takes. */
  name: string;
  dir: string;
  script: string;
}

/** Every bench under `benchRoot`, by name; folders without a `bench` script (this one) are not benches. */
export function discoverBenches(benchRoot: string): Bench[] {
  return readdirSync(benchRoot, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(benchRoot, entry.name, 'package.json')))
    .flatMap((entry) => {
      const dir = join(benchRoot, entry.name);
      const parsed = benchPackage.safeParse(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')));
      const script = parsed.success ? parsed.data.scripts?.['bench'] : undefined;
      return script ? [{ name: entry.name, dir, script }] : [];
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * The benches `--only` picks (comma-separated or repeated); all without it. An unknown
 * name is an error that lists the known ones, not a silent no-op.
 */
export function selectBenches(benches: Bench[], args: string[]): Bench[] {
  const wanted = args.flatMap((arg, index) => (arg === '--only' ? (args[index + 1] ?? '').split(',') : arg.startsWith('--only=') ? arg.slice(7).split(',') : []));
  const names = wanted.map((name) => name.trim()).filter(Boolean);
  if (args.includes('--only') && names.length === 0) throw new Error('--only needs a bench name');
  if (names.length === 0) return benches;
  const unknown = names.filter((name) => !benches.some((bench) => bench.name === name));
  if (unknown.length > 0) throw new Error(`unknown bench ${unknown.join(', ')}; there are: ${benches.map((bench) => bench.name).join(', ')}`);
  return benches.filter((bench) => names.includes(bench.name));
}
