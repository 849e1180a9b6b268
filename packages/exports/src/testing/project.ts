import { GRAPH_SCHEMA_VERSION, type GraphDocument, type GraphEdge, type GraphNode } from '@pc/graph';
import { resolveProjectOutputs, type ProjectOutputs } from '../project-outputs.js';
import type { ExportProject } from '../sources.js';

/*
 * The fixed project behind the golden files: ANNA and BEN in scene 12 (INT. KITCHEN -
 * NIGHT) and scene 12A (EXT. FIRE ESCAPE, a series of shots), shots 12B, 12 and 12A wired in that order (the
 * exports must list 12, 12A, 12B), a wardrobe prop, a 29.97 drop-frame Timeline that
 * crosses the first minute, and a Shot List and Breakdown Report.
 */
const node = (id: string, type: string, data: Record<string, unknown>): GraphNode => ({ id, type, position: { x: 0, y: 0 }, data });
const wire = (source: string, sourceHandle: string, target: string, targetHandle: string): GraphEdge => ({ id: `${source}-${target}-${targetHandle}`, source, sourceHandle, target, targetHandle });

export const projectGraph = (): GraphDocument => ({
  schemaVersion: GRAPH_SCHEMA_VERSION,
  nodes: [
    node('char_anna', 'character', { name: 'Anna', role: 'lead' }),
    node('char_ben', 'character', { name: 'BEN' }),
    node('prop_coat', 'prop', { name: 'Red raincoat', category: 'wardrobe', character: 'ANNA' }),
    node('scene_12', 'scene', {
      sceneNumber: '12',
      order: 1,
      intExt: 'INT',
      locationName: 'KITCHEN',
      timeOfDay: 'NIGHT',
      storyDay: 3,
      scriptText: 'Anna pushes the plate away.\n\nBEN\nYou haven\'t eaten since Tuesday, "chef".\n\nANNA\nI\'m not hungry.',
    }),
    node('scene_12a', 'scene', {
      sceneNumber: '12A',
      order: 2,
      intExt: 'EXT',
      locationName: 'FIRE ESCAPE',
      timeOfDay: 'NIGHT',
      storyDay: 3,
      scriptText: 'SERIES OF SHOTS - THE CLIMB\n-- Anna on the first landing, coat over her head.\n-- Rain runs off the rusted rail.\n\nEND SERIES OF SHOTS',
    }),
    node('shot_b', 'shot', { shotNumber: '12B', description: 'Ben in the doorway, arms folded: "Eat."', shotSize: 'MCU', angle: 'eye', lensMm: 50, durationS: 30 }),
    node('shot_m', 'shot', { shotNumber: '12', description: 'Master: the kitchen, Anna at the table, Ben at the door.', shotSize: 'WS', shotType: 'master', lensMm: 24, durationS: 28 }),
    node('shot_a', 'shot', { shotNumber: '12A', description: 'Anna pushes the plate away, “quietly”.', shotSize: 'CU', angle: 'low', movement: 'dolly_in', durationS: 2.5 }),
    node('shot_esc', 'shot', { shotNumber: '1', description: 'Anna alone on the fire escape; rain.', shotSize: 'FS', durationS: 4 }),
    node('cut', 'timeline', { name: 'Animatic v1', frameRate: '29.97', timecode: 'DF', recordStart: '00:00:00;00' }),
    node('list', 'shotList', { name: 'Day 1 shot list' }),
    node('breakdown', 'breakdownReport', { name: 'Breakdown' }),
  ],
  edges: [
    wire('char_anna', 'character', 'scene_12', 'characters'),
    wire('char_ben', 'character', 'scene_12', 'characters'),
    wire('char_anna', 'character', 'scene_12a', 'characters'),
    wire('prop_coat', 'prop', 'scene_12a', 'props'),
    wire('scene_12', 'scene', 'shot_b', 'scene'),
    wire('scene_12', 'scene', 'shot_m', 'scene'),
    wire('scene_12', 'scene', 'shot_a', 'scene'),
    wire('scene_12a', 'scene', 'shot_esc', 'scene'),
    wire('char_ben', 'character', 'shot_b', 'characters'),
    wire('char_anna', 'character', 'shot_m', 'characters'),
    wire('char_ben', 'character', 'shot_m', 'characters'),
    wire('char_anna', 'character', 'shot_a', 'characters'),
    wire('char_anna', 'character', 'shot_esc', 'characters'),
    ...['shot_b', 'shot_esc', 'shot_m', 'shot_a'].flatMap((shot) => [wire(shot, 'shot', 'cut', 'shots'), wire(shot, 'shot', 'list', 'shots')]),
    wire('scene_12a', 'scene', 'breakdown', 'scenes'),
    wire('scene_12', 'scene', 'breakdown', 'scenes'),
  ],
});

/** The fixture project with every output computed (as if nothing had run yet), plus `stored` ones. */
export const fixtureProject = async (stored: ProjectOutputs = {}): Promise<ExportProject> => {
  const graph = projectGraph();
  return { name: 'The Plate', revision: 7, graph, outputs: await resolveProjectOutputs(graph, stored) };
};
