import { canonicalJson } from '@pc/graph';
import type { Artifact, JsonValue } from './types.js';

/** A JSON artifact in canonical form (sorted keys), two-space indented for people. */
export const jsonArtifact = (name: string, value: JsonValue): Artifact => ({
  name,
  kind: 'json',
  mediaType: 'application/json',
  text: `${prettyJson(JSON.parse(canonicalJson(value)) as JsonValue, '')}\n`,
});

export const markdownArtifact = (name: string, text: string): Artifact => ({
  name,
  kind: 'markdown',
  mediaType: 'text/markdown; charset=utf-8',
  text,
});

export const svgArtifact = (name: string, text: string): Artifact => ({ name, kind: 'svg', mediaType: 'image/svg+xml', text });

export const pngArtifact = (name: string, bytes: Uint8Array): Artifact => ({ name, kind: 'png', mediaType: 'image/png', bytes });

// JSON.stringify with indentation would reorder integer-like keys ahead of the others;
// writing the members ourselves keeps canonical order.
const prettyJson = (value: JsonValue, indent: string): string => {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((item) => `${inner}${prettyJson(item, inner)}`).join(',\n')}\n${indent}]`;
  }
  const keys = Object.keys(value).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (keys.length === 0) return '{}';
  return `{\n${keys.map((key) => `${inner}${JSON.stringify(key)}: ${prettyJson(value[key]!, inner)}`).join(',\n')}\n${indent}}`;
};
