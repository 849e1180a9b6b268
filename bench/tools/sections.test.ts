import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replaceSection, writeSection } from './sections.js';

const doc = [
  '# Benchmarks',
  '',
  'Intro paragraph.',
  '',
  '<!-- canvas-bench:start -->',
  'old canvas',
  '<!-- canvas-bench:end -->',
  '',
  '### Canvas: analysis written by hand',
  '',
  '<!-- engine-bench:start -->',
  'old engine',
  '<!-- engine-bench:end -->',
  '',
].join('\n');

describe('replaceSection', () => {
  it('replaces only its own section, keeping prose and other sections', () => {
    const next = replaceSection(doc, 'canvas-bench', 'new canvas\n| a | b |');
    expect(next).toContain('<!-- canvas-bench:start -->\nnew canvas\n| a | b |\n<!-- canvas-bench:end -->');
    expect(next).not.toContain('old canvas');
    expect(next).toContain('### Canvas: analysis written by hand');
    expect(next).toContain('<!-- engine-bench:start -->\nold engine\n<!-- engine-bench:end -->');
    expect(replaceSection(next, 'canvas-bench', 'new canvas\n| a | b |')).toBe(next);
  });

  it('adds a missing section at the end, or under the intro', () => {
    const atEnd = replaceSection(doc, 'api-bench', 'api table');
    expect(atEnd.endsWith('<!-- api-bench:start -->\napi table\n<!-- api-bench:end -->\n')).toBe(true);
    const atTop = replaceSection(doc, 'bench-run', 'run summary', { where: 'top' });
    expect(atTop.indexOf('<!-- bench-run:start -->')).toBeGreaterThan(atTop.indexOf('Intro paragraph.'));
    expect(atTop.indexOf('<!-- bench-run:start -->')).toBeLessThan(atTop.indexOf('<!-- canvas-bench:start -->'));
    expect(replaceSection(atTop, 'bench-run', 'second summary', { where: 'top' })).toBe(atTop.replace('run summary', 'second summary'));
  });

  it('starts an empty document with the title', () => {
    expect(replaceSection('', 'api-bench', 'x')).toMatch(/^# Benchmarks\n[\s\S]*<!-- api-bench:start -->\nx\n<!-- api-bench:end -->\n$/);
  });

  it('refuses unbalanced or repeated markers and odd names instead of guessing', () => {
    expect(() => replaceSection('<!-- api-bench:start -->\nno end', 'api-bench', 'x')).toThrow(/unbalanced/);
    expect(() => replaceSection('<!-- api-bench:end -->\n<!-- api-bench:start -->', 'api-bench', 'x')).toThrow(/unbalanced/);
    const twice = '<!-- a:start -->1<!-- a:end --><!-- a:start -->2<!-- a:end -->';
    expect(() => replaceSection(twice, 'a', 'x')).toThrow(/twice/);
    expect(() => replaceSection(doc, 'api bench', 'x')).toThrow(/use a-z/);
  });

  it('rewrites a file in place, creating it when missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pc-sections-'));
    try {
      const file = join(dir, 'benchmarks.md');
      writeSection(file, 'api-bench', 'first');
      writeSection(file, 'api-bench', 'second');
      expect(readFileSync(file, 'utf8')).toContain('<!-- api-bench:start -->\nsecond\n<!-- api-bench:end -->');
      writeFileSync(file, doc);
      writeSection(file, 'engine-bench', 'new engine');
      expect(readFileSync(file, 'utf8')).toBe(replaceSection(doc, 'engine-bench', 'new engine'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
