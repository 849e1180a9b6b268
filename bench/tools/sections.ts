import { readFileSync, writeFileSync } from 'node:fs';

/**
 * docs/benchmarks.md is shared by every bench: each owns the text between
 * `<!-- NAME:start -->` and `<!-- NAME:end -->` and rewrites only that, so hand-written
 * analysis around the sections survives a re-run.
 */
export const sectionMarkers = (name: string) => ({ start: `<!-- ${name}:start -->`, end: `<!-- ${name}:end -->` });

const HEADER = [
  '# Benchmarks',
  '',
  'Numbers from the benches in this repository. Each section names the machine it ran on;',
  'shared CI boxes are noisy, so compare ratios and orders of magnitude, not single digits.',
  '',
].join('\n');

export interface SectionPlacement {
  /** Where a section that is not there yet goes: at the end (default) or right after the title block. */
  where?: 'end' | 'top';
}

/**
 * The document with section `name` holding `body` (markers added around it). An existing
 * section is replaced in place; a missing one is added. Markers that are unbalanced (a start
 * without its end, or the end first) are refused rather than guessed at: a wrong guess would
 * delete someone's prose.
 */
export function replaceSection(document: string, name: string, body: string, { where = 'end' }: SectionPlacement = {}): string {
  if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`section name ${JSON.stringify(name)}: use a-z, 0-9 and -`);
  const { start, end } = sectionMarkers(name);
  const section = `${start}\n${body.trim()}\n${end}`;
  const from = document.indexOf(start);
  const to = document.indexOf(end);
  if (from >= 0 && to > from) {
    if (document.indexOf(start, from + start.length) >= 0) throw new Error(`section ${name} appears twice in the document`);
    return document.slice(0, from) + section + document.slice(to + end.length);
  }
  if (from >= 0 || to >= 0) throw new Error(`section ${name} has unbalanced markers`);
  const base = document.trim() === '' ? HEADER : document;
  if (where === 'top') {
    // After the title and the paragraph under it.
    const afterIntro = base.indexOf('\n\n', base.indexOf('\n\n') + 2);
    const at = afterIntro < 0 ? base.length : afterIntro + 2;
    return `${base.slice(0, at).trimEnd()}\n\n${section}\n\n${base.slice(at).trimStart()}`.trimEnd() + '\n';
  }
  return `${base.trimEnd()}\n\n${section}\n`;
}

/** Rewrites one section of the file at `path` (created with the standard title when missing). */
export function writeSection(path: string, name: string, body: string, placement?: SectionPlacement): void {
  let document = '';
  try {
    document = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  writeFileSync(path, replaceSection(document, name, body, placement));
}
