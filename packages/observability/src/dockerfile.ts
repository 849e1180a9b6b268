/*
 * A reader for the instructions docker/*.Dockerfile use, so a test can rehearse the
 * images without a Docker engine. Deliberately small: an instruction it does not know
 * is an error, so a new one in a Dockerfile cannot be silently skipped by the rehearsal.
 */

export type Instruction =
  | { kind: 'FROM'; image: string; alias: string | undefined }
  | { kind: 'ENV'; vars: [string, string][] }
  | { kind: 'WORKDIR'; path: string }
  | { kind: 'COPY'; from: string | undefined; chown: string | undefined; sources: string[]; destination: string }
  | { kind: 'RUN'; command: string }
  | { kind: 'USER'; user: string }
  | { kind: 'EXPOSE'; ports: string[] }
  | { kind: 'STOPSIGNAL'; signal: string }
  | { kind: 'HEALTHCHECK'; options: Record<string, string>; command: string }
  | { kind: 'CMD'; argv: string[] };

export interface Stage {
  image: string;
  alias: string | undefined;
  instructions: StageInstruction[];
}

/** What a stage holds: everything but the FROM that opens it. */
export type StageInstruction = Exclude<Instruction, { kind: 'FROM' }>;

/** Logical lines: continuations joined, comment lines (also inside a continuation) dropped. */
function logicalLines(text: string): string[] {
  const lines: string[] = [];
  let pending = '';
  for (const raw of text.split('\n')) {
    if (/^\s*#/.test(raw)) continue;
    const continued = /\\\s*$/.test(raw);
    pending += continued ? raw.replace(/\\\s*$/, ' ') : raw;
    if (continued) continue;
    if (pending.trim() !== '') lines.push(pending.trim());
    pending = '';
  }
  if (pending.trim() !== '') throw new Error(`Dockerfile ends inside a continued line: ${pending.trim()}`);
  return lines;
}

/** `--name=value` flags at the start of `rest`, and what follows them. */
function flags(rest: string): { options: Record<string, string>; remainder: string } {
  const options: Record<string, string> = {};
  let remainder = rest;
  const flag = /^--([a-z-]+)(?:=(\S+))?\s+/;
  for (let match = flag.exec(remainder); match; match = flag.exec(remainder)) {
    options[match[1]!] = match[2] ?? 'true';
    remainder = remainder.slice(match[0].length);
  }
  return { options, remainder };
}

/** ENV in the `KEY=value KEY2=value2` form (values without spaces or quotes, as ours are). */
function envPairs(rest: string): [string, string][] {
  return rest.split(/\s+/).map((pair) => {
    const match = /^([A-Za-z_][A-Za-z0-9_]*)=([^\s"']*)$/.exec(pair);
    if (!match) throw new Error(`ENV: only KEY=value pairs without quotes are understood, not "${pair}"`);
    return [match[1]!, match[2]!];
  });
}

function instruction(line: string): Instruction {
  const [, keyword = '', rest = ''] = /^(\S+)\s*(.*)$/.exec(line) ?? [];
  switch (keyword.toUpperCase()) {
    case 'FROM': {
      const match = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(rest);
      if (!match) throw new Error(`FROM: cannot read "${rest}"`);
      return { kind: 'FROM', image: match[1]!, alias: match[2] };
    }
    case 'ENV':
      return { kind: 'ENV', vars: envPairs(rest) };
    case 'WORKDIR':
      return { kind: 'WORKDIR', path: rest };
    case 'COPY': {
      const { options, remainder } = flags(rest);
      const unknown = Object.keys(options).filter((name) => name !== 'from' && name !== 'chown');
      if (unknown.length > 0) throw new Error(`COPY: unknown flag --${unknown[0]}`);
      const paths = remainder.split(/\s+/);
      if (paths.length < 2) throw new Error(`COPY: needs a source and a destination: "${rest}"`);
      return { kind: 'COPY', from: options['from'], chown: options['chown'], sources: paths.slice(0, -1), destination: paths.at(-1)! };
    }
    case 'RUN':
      if (rest.startsWith('[')) throw new Error('RUN: only the shell form is understood');
      return { kind: 'RUN', command: rest };
    case 'USER':
      return { kind: 'USER', user: rest };
    case 'EXPOSE':
      return { kind: 'EXPOSE', ports: rest.split(/\s+/) };
    case 'STOPSIGNAL':
      return { kind: 'STOPSIGNAL', signal: rest };
    case 'HEALTHCHECK': {
      const { options, remainder } = flags(rest);
      const match = /^CMD\s+(.+)$/.exec(remainder);
      if (!match || match[1]!.startsWith('[')) throw new Error(`HEALTHCHECK: only "CMD <shell command>" is understood: "${rest}"`);
      return { kind: 'HEALTHCHECK', options, command: match[1]! };
    }
    case 'CMD': {
      let argv: unknown;
      try {
        argv = JSON.parse(rest);
      } catch {
        argv = undefined;
      }
      if (!Array.isArray(argv) || !argv.every((item) => typeof item === 'string')) throw new Error(`CMD: only the exec form (a JSON array of strings) is understood: "${rest}"`);
      return { kind: 'CMD', argv };
    }
    default:
      throw new Error(`unknown Dockerfile instruction ${keyword}: "${line}"`);
  }
}

/** The stages of a Dockerfile, in order; everything before the first FROM is an error. */
export function parseDockerfile(text: string): Stage[] {
  const stages: Stage[] = [];
  for (const line of logicalLines(text)) {
    const parsed = instruction(line);
    if (parsed.kind === 'FROM') stages.push({ image: parsed.image, alias: parsed.alias, instructions: [] });
    else if (stages.length === 0) throw new Error(`${parsed.kind} before the first FROM`);
    else stages.at(-1)!.instructions.push(parsed);
  }
  return stages;
}

/** `$NAME` and `${NAME}` in an ENV value, from the variables set so far. */
export const expandEnv = (value: string, env: Record<string, string | undefined>): string =>
  value.replace(/\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))/g, (_, braced: string | undefined, bare: string | undefined) => env[braced ?? bare ?? ''] ?? '');

/** A .dockerignore pattern as a test of a context-relative path (or any of its parent directories). */
export function dockerignoreMatcher(patterns: string[]): (path: string) => boolean {
  const expressions = patterns
    .map((pattern) => pattern.trim())
    .filter((pattern) => pattern !== '' && !pattern.startsWith('#'))
    .map((pattern) => {
      if (pattern.startsWith('!')) throw new Error(`.dockerignore: exceptions (${pattern}) are not understood`);
      const source = pattern
        .replace(/^\/+/, '')
        .split('/')
        .map((part) => (part === '**' ? '\u0000' : part.replace(/[.+^${}()|[\]\\]/g, '\\$&').replaceAll('*', '[^/]*').replaceAll('?', '[^/]')))
        .join('/')
        .replaceAll('\u0000/', '(?:.*/)?')
        .replaceAll('\u0000', '.*');
      return new RegExp(`^${source}$`);
    });
  return (path) => {
    const parts = path.split('/');
    return parts.some((_, index) => {
      const prefix = parts.slice(0, index + 1).join('/');
      return expressions.some((expression) => expression.test(prefix));
    });
  };
}
