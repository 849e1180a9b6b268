import type { GraphDocument, GraphNode } from '@pc/graph';
import type { ImportReport } from '../import/import-screenplay.js';

const str = (node: GraphNode | undefined, field: string): string => String(node?.data[field] ?? '');

/**
 * An import as a script supervisor reviews it, one line per fact: each Scene in story order
 * (number, INT/EXT, location as written, time, linked Location, cast — `*` speaks — closing
 * transition, synopsis) and its Shots (number, shot line, camera, who is in frame), each Character with its aliases and role, each Location with its parent, and
 * the warnings. The golden files beside the fixtures are this text, reviewed by hand.
 */
export const breakdown = (document: GraphDocument, report: ImportReport): string[] => {
  const byId = new Map(document.nodes.map((node) => [node.id, node]));
  const ofType = (type: string) => document.nodes.filter((node) => node.type === type);
  const into = (target: string, handle: string) => document.edges.filter((edge) => edge.target === target && edge.targetHandle === handle);
  const lines = [`TITLE ${report.title} | ${report.scenes} scenes, ${report.characters} characters, ${report.locations} locations`];
  const scenes = ofType('scene').sort((a, b) => Number(a.data['order']) - Number(b.data['order']));
  for (const scene of scenes) {
    const location = into(scene.id, 'location').map((edge) => str(byId.get(edge.source), 'name'));
    const cast = into(scene.id, 'characters').map((edge) => `${str(byId.get(edge.source), 'name')}${edge.data?.speaking ? '*' : ''}`);
    const parts = [
      `SCENE ${str(scene, 'sceneNumber') || '-'}`,
      str(scene, 'intExt') || '-',
      str(scene, 'locationName') || '-',
      str(scene, 'timeOfDay') || '-',
      `set: ${location.join(', ') || '-'}`,
      `cast: ${cast.join(', ') || '-'}`,
    ];
    if (str(scene, 'transitionOut')) parts.push(`out: ${str(scene, 'transitionOut')}`);
    if (str(scene, 'synopsis')) parts.push(`= ${str(scene, 'synopsis').replace(/\n/g, ' / ')}`);
    lines.push(parts.join(' | '));
    const shots = document.edges.filter((edge) => edge.source === scene.id && edge.targetHandle === 'scene').map((edge) => byId.get(edge.target)!);
    for (const shot of shots.sort((a, b) => Number(a.data['order']) - Number(b.data['order']))) {
      const inFrame = into(shot.id, 'characters').map((edge) => str(byId.get(edge.source), 'name'));
      lines.push(`  SHOT ${str(shot, 'shotNumber') || '-'} | ${str(shot, 'description')} | ${str(shot, 'shotSize')} ${str(shot, 'shotType')} ${str(shot, 'angle')} | in frame: ${inFrame.join(', ') || '-'}`);
    }
  }
  for (const character of ofType('character')) {
    const aliases = (character.data['aliases'] as string[] | undefined) ?? [];
    lines.push(`CHARACTER ${str(character, 'name')}${aliases.length > 0 ? ` (aka ${aliases.join(', ')})` : ''} | ${str(character, 'role')}`);
  }
  for (const location of ofType('location')) {
    lines.push(`LOCATION ${str(location, 'name')} | ${str(location, 'intExt')}${str(location, 'parent') ? ` | in ${str(location, 'parent')}` : ''}`);
  }
  for (const warning of report.warnings) lines.push(`WARNING ${warning.paragraph === undefined ? (warning.line ?? '-') : `¶${warning.paragraph}`} ${warning.code}: ${warning.message}`);
  return lines;
};
