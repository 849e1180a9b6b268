/**
 * A script written in its country's own layout, rewritten as Fountain so the rest of the import reads
 * it as any other: `fountain` and, for each of its lines, the source line it came from (1-based).
 */
export interface LocalLayout {
  layout: 'japanese' | 'korean' | 'stage-play';
  fountain: string;
  sourceLine: number[];
}

export interface Emitter {
  paragraph(lines: string[], source: number): void;
  /** One more line of the last paragraph (a speech going on). */
  extend(line: string, source: number): void;
  /** A line before the first scene: the first is the title, the rest (a cast list, 登場人物) the title page's Notes. */
  preamble(text: string, source: number): void;
  done(layout: LocalLayout['layout']): LocalLayout;
}

/** Writes Fountain a paragraph at a time, a blank line between, remembering each line's source line. */
export const createEmitter = (): Emitter => {
  const out: string[] = [];
  const from: number[] = [];
  return {
    paragraph(lines, source) {
      if (out.length > 0) {
        out.push('');
        from.push(source);
      }
      for (const line of lines) {
        out.push(line);
        from.push(source);
      }
    },
    extend(line, source) {
      out.push(line);
      from.push(source);
    },
    preamble(text, source) {
      if (out.length === 0) out.push(`Title: ${text}`);
      else {
        if (out.length === 1) out.push('Notes:');
        out.push(`    ${text}`);
      }
      while (from.length < out.length) from.push(source);
    },
    done: (layout) => ({ layout, fountain: `${out.join('\n')}\n`, sourceLine: from }),
  };
};

