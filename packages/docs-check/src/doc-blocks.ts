/*
 * The fenced blocks of a markdown page and the `<!-- docs-check: … -->` annotations just above
 * them. An annotation is a visible part of the page (in its source), so a reader can see why a
 * block is not run: nothing is skipped without one.
 */

/** What an annotation asks of the block below it. */
export type Directive =
  | { kind: 'skip'; reason: string }
  /** The block is a file the reader saves under this name; a later block sends it. */
  | { kind: 'file'; name: string }
  /** These HTTP statuses of 400 and above are what the block shows (`allow 422`). */
  | { kind: 'allow'; statuses: number[] }
  /** The page says to run it from a clone of the repository, not from the reader's own folder. */
  | { kind: 'in-repository' }
  /** The block is the answer to this request (`answer GET /api/v1/batches/$BATCH`): its shape is compared. */
  | { kind: 'answer'; method: string; path: string };

export interface DocBlock {
  /** The page, relative to the repository root. */
  page: string;
  /** 1-based line of the opening fence. */
  line: number;
  lang: string;
  text: string;
  directives: Directive[];
}

const FENCE = /^( *)```(\S*)\s*$/;
const ANNOTATION = /^\s*<!--\s*docs-check:\s*(.*?)\s*-->\s*$/;

/** Parses one annotation's text; throws on one the check does not understand, so a typo never hides a block. */
export function parseDirective(text: string): Directive {
  const skip = /^skip\s+\((.+)\)$/.exec(text);
  if (skip) return { kind: 'skip', reason: skip[1]! };
  const file = /^file\s+(\S+)$/.exec(text);
  if (file) return { kind: 'file', name: file[1]! };
  const allow = /^allow\s+(\d{3}(?:\s*,\s*\d{3})*)(?:\s+\(.+\))?$/.exec(text);
  if (allow) return { kind: 'allow', statuses: allow[1]!.split(',').map((status) => Number(status.trim())) };
  if (text === 'in-repository') return { kind: 'in-repository' };
  const answer = /^answer\s+(GET|HEAD)\s+(\/\S*)$/.exec(text);
  if (answer) return { kind: 'answer', method: answer[1]!, path: answer[2]! };
  throw new Error(`unknown docs-check annotation "${text}" (skip (why), file NAME, allow STATUS (why), in-repository, answer GET PATH)`);
}

/** Every fenced block of `markdown`, with the annotations on the lines right above its fence. */
export function getDocBlocks(page: string, markdown: string): DocBlock[] {
  const lines = markdown.split('\n');
  const blocks: DocBlock[] = [];
  for (let index = 0; index < lines.length; index++) {
    const open = FENCE.exec(lines[index]!);
    if (!open) continue;
    const indent = open[1]!.length;
    const body: string[] = [];
    let end = index + 1;
    for (; end < lines.length && !/^\s*```\s*$/.test(lines[end]!); end++) body.push(lines[end]!.slice(Math.min(indent, lines[end]!.length - lines[end]!.trimStart().length)));
    if (end === lines.length) throw new Error(`${page}:${index + 1}: a fence that is never closed`);
    const directives: Directive[] = [];
    for (let above = index - 1; above >= 0; above--) {
      const annotation = ANNOTATION.exec(lines[above]!);
      if (!annotation) break;
      directives.unshift(parseDirective(annotation[1]!));
    }
    blocks.push({ page, line: index + 1, lang: open[2]!, text: body.join('\n'), directives });
    index = end;
  }
  return blocks;
}

/** How the check treats a block: run it as shell or TypeScript, save it as a file, or leave it. */
export type BlockAction =
  | { kind: 'shell' | 'typescript'; allowed: number[]; inRepository: boolean }
  | { kind: 'file'; name: string }
  | { kind: 'answer'; method: string; path: string }
  | { kind: 'skip'; reason: string }
  /** Not a command: output, diagrams and sketches without a language. */
  | { kind: 'prose' };

const RUNNABLE: Record<string, 'shell' | 'typescript'> = { sh: 'shell', bash: 'shell', shell: 'shell', ts: 'typescript', typescript: 'typescript' };
/** Languages of blocks a reader might run or send: each needs to run, be saved, or say why not. */
const NEEDS_DECISION = new Set(['json', 'js', 'javascript', 'mjs', 'csv', 'console', 'zsh']);

export function getBlockAction(block: DocBlock): BlockAction {
  const skip = block.directives.find((directive) => directive.kind === 'skip');
  if (skip) return skip;
  const file = block.directives.find((directive) => directive.kind === 'file');
  if (file) return file;
  const answer = block.directives.find((directive) => directive.kind === 'answer');
  if (answer) return answer;
  const runnable = RUNNABLE[block.lang];
  if (runnable) {
    const allowed = block.directives.flatMap((directive) => (directive.kind === 'allow' ? directive.statuses : []));
    return { kind: runnable, allowed, inRepository: block.directives.some((directive) => directive.kind === 'in-repository') };
  }
  if (NEEDS_DECISION.has(block.lang)) throw new Error(`${block.page}:${block.line}: a \`\`\`${block.lang} block needs <!-- docs-check: file NAME -->, <!-- docs-check: answer GET PATH --> or <!-- docs-check: skip (why) -->`);
  return { kind: 'prose' };
}
