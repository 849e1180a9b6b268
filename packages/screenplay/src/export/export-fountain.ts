import { parseFountain, type TitlePageField } from '@pc/fountain';
import { readLocalLayout } from '../analyze/local-layout.js';
import type { GraphDocument, GraphNode } from '@pc/graph';
import { REMOVED_FROM_SCRIPT_TAG } from '../import/scenes.js';

const text = (node: GraphNode | undefined, field: string): string => {
  const value = node?.data[field];
  return typeof value === 'string' ? value : '';
};

const orderOf = (node: GraphNode): number => (typeof node.data['order'] === 'number' ? node.data['order'] : 0);

/** "INT. HOUSE - KITCHEN - NIGHT #12A#" from a Scene's heading fields; ".THE VOID #1#" (forced) when INT / EXT is blank. */
export const formatHeading = (scene: GraphNode): string => {
  const written = scene.data['intExt'];
  const prefix = written === '' ? '.' : `${typeof written === 'string' ? written : 'INT'}. `;
  const time = text(scene, 'timeOfDay').trim();
  const number = text(scene, 'sceneNumber');
  return `${prefix}${text(scene, 'locationName').trim()}${time ? ` - ${time}` : ''}${number ? ` #${number}#` : ''}`.replace(/\s+/g, ' ').trim();
};

/** A transition line the parser reads back as one: "CUT TO:" as is, anything else forced with ">". */
const formatTransition = (transition: string): string => {
  const line = transition.trim();
  return line === line.toUpperCase() && line.endsWith('TO:') ? line : `> ${line}`;
};

const formatTitlePage = (fields: readonly TitlePageField[]): string[] =>
  fields.map(({ key, value }) => {
    const [first = '', ...rest] = value.split('\n');
    return [`${key}: ${first}`, ...rest.map((line) => `\t${line}`)].join('\n');
  });

/**
 * Writes a graph's script as Fountain: a title page (the Script node's title, with the
 * other title-page entries of its source), then every Scene in story order (`order`,
 * then id) except those tagged removed-from-script: heading from its parts and number,
 * synopsis as `=` lines, its script text, its closing transition.
 *
 * @example
 * exportFountain(importScreenplay(text).document) // imports back to the same scenes and characters
 */
export const exportFountain = (document: GraphDocument): string => {
  const script = document.nodes.find((node) => node.type === 'script');
  // A script in its own layout (○ 場所（時間）) has its title page in the Fountain it reads as.
  const source = script ? text(script, 'source') : '';
  const sourcePage = script ? parseFountain(readLocalLayout(source)?.fountain ?? source).titlePage : [];
  const title = text(script, 'title').trim();
  const titlePage = title === '' ? sourcePage : [{ key: 'Title', value: title }, ...sourcePage.filter((field) => field.key.toLowerCase() !== 'title')];

  const scenes = document.nodes
    .filter((node) => node.type === 'scene')
    .filter((node) => !(Array.isArray(node.data['tags']) && node.data['tags'].includes(REMOVED_FROM_SCRIPT_TAG)))
    .sort((a, b) => orderOf(a) - orderOf(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const blocks: string[] = [];
  if (titlePage.length > 0) blocks.push(formatTitlePage(titlePage).join('\n'));
  for (const scene of scenes) {
    blocks.push(formatHeading(scene));
    const synopsis = text(scene, 'synopsis').trim();
    if (synopsis !== '') blocks.push(synopsis.split('\n').map((line) => `= ${line.trim()}`).join('\n'));
    const body = text(scene, 'scriptText').replace(/\r\n?/g, '\n').replace(/^\s*\n|\n\s*$/g, '');
    if (body.trim() !== '') blocks.push(body);
    const transition = text(scene, 'transitionOut').trim();
    if (transition !== '') blocks.push(formatTransition(transition));
  }
  return `${blocks.join('\n\n')}\n`;
};
