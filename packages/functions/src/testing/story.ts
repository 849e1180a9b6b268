import { normalizeNodeData, type LocationFields } from '@pc/graph';
import { toLocationRef } from '../location/location-ref.js';
import type { RunRequest } from '../registry.js';
import type { UpstreamNode } from '../types.js';

/**
 * The fixed small graph behind the golden files: ANNA and BEN in scene 12, INT. KITCHEN
 * - NIGHT, covered by shot 12A (MCU, low, dolly in, 35mm) and 12B (WS, high).
 */
export const anna = {
  id: 'char_anna',
  type: 'character',
  data: {
    name: 'Anna',
    aliases: ['annie'],
    role: 'lead',
    age: '34',
    gender: 'woman',
    pronouns: 'she/her',
    appearance: {
      build: 'slim',
      height: 'tall',
      skinTone: 'olive',
      face: 'oval, high cheekbones',
      eyes: 'green',
      hair: 'short black bob',
      marks: 'thin scar through the left eyebrow',
    },
    personality: 'Guarded, dry humour.',
    bio: 'A line cook who stopped eating when her brother left.',
    voice: 'low, clipped',
    negative: 'long hair, glasses',
  },
};

export const ben = {
  id: 'char_ben',
  type: 'character',
  data: {
    name: 'BEN',
    role: 'supporting',
    age: 'late 30s',
    gender: 'man',
    identityBlock: 'A broad-shouldered man in his late thirties, sandy stubble, tired grey eyes, rolled flannel sleeves.',
    actor: 'TBD',
  },
};

export const sceneTwelve = {
  id: 'scene_12',
  type: 'scene',
  data: {
    sceneNumber: '12',
    order: 12,
    intExt: 'INT',
    locationName: 'KITCHEN',
    timeOfDay: 'NIGHT',
    storyDay: 3,
    synopsis: 'Ben tries to get Anna to eat.',
    scriptText: [
      'Anna pushes the plate away. BEN watches from the doorway.',
      '',
      'ANNA',
      '(quietly)',
      "I'm not hungry.",
      '',
      'BEN',
      "You haven't eaten since *Tuesday*.",
      '',
      'Anna stands, crosses to the window.',
      '',
      'ANNA (CONT\'D)',
      "Then I'll eat on Wednesday.",
      '',
      'MRS. PARK (O.S.)',
      'Is everything all right up there?',
    ].join('\n'),
    transitionOut: 'CUT TO:',
  },
};

export const shot12A = {
  id: 'shot_12a',
  type: 'shot',
  data: {
    shotNumber: '12A',
    order: 1,
    description: 'Anna at the table, Ben blurred in the doorway behind her.',
    action: 'Anna pushes the plate away.',
    shotSize: 'MCU',
    shotType: 'two-shot',
    angle: 'low',
    movement: 'dolly_in',
    lensMm: 35,
    aspect: '2.39',
    durationS: 2.5,
    composition: 'Anna on the left third, Ben deep on the right',
    lighting: 'single practical pendant, warm tungsten, deep shadows',
    mood: 'tense, quiet',
  },
};

export const shot12B = {
  id: 'shot_12b',
  type: 'shot',
  data: {
    shotNumber: '12B',
    order: 2,
    action: 'Anna stands and crosses to the window while Ben stays in the doorway.',
    shotSize: 'WS',
    shotType: 'master',
    angle: 'high',
    movement: 'static',
    lensMm: 24,
    aspect: '2.39',
  },
};

export const kitchen = {
  id: 'loc_kitchen',
  type: 'location',
  data: {
    name: 'Kitchen',
    parent: 'house',
    intExt: 'INT',
    description: 'A narrow galley kitchen, *chipped* green tiles, a table under the window.',
    timeOfDayNotes: 'At night only the pendant lamp; the window goes black.',
    lookNotes: 'sodium streetlight through rain on the glass, steam from the kettle.',
    address: 'Stage 2',
  },
};

export const noir = {
  id: 'style_noir',
  type: 'style',
  data: {
    name: 'Kitchen noir',
    prefix: 'Cinematic film still, 35mm, **high contrast** chiaroscuro, muted teal and amber.',
    negative: 'cartoon, Blurry, oversaturated, cartoon',
    palette: ['#1b2a41', '#c9a23f', '#1B2A41'],
    referenceNotes: 'In the Mood for Love; Gregory Crewdson.',
  },
};

export const script = {
  id: 'script',
  type: 'script',
  data: {
    title: '',
    source: [
      'Title: The Plate',
      '',
      'Some stray notes before the first scene.',
      '',
      'INT. HOUSE - KITCHEN - NIGHT #12#',
      '',
      '= Ben tries to get Anna to eat.',
      '',
      sceneTwelve.data.scriptText,
      '',
      'CUT TO:',
      '',
      'EXT. HOUSE - GARDEN - DAY #13#',
      '',
      'Rain. ANNA digs. BEN holds an umbrella over her.',
      '',
      'BEN & ANNA',
      'Enough.',
      '',
      '.FLASHBACK',
      '',
      'A younger ANNA laughs.',
    ].join('\n'),
  },
};

export const shot12C = {
  id: 'shot_12c',
  type: 'shot',
  data: { ...shot12A.data, shotNumber: '12C', order: 3 },
};

/** An upstream entry for a story node, its data completed with defaults. */
export const asUpstream = (node: { id: string; type: string; data: Record<string, unknown> }): UpstreamNode => {
  const normalized = normalizeNodeData(node.type, node.data);
  if (!normalized.ok) throw new Error(`story node ${node.id} is invalid: ${JSON.stringify(normalized.issues)}`);
  return { nodeId: node.id, type: node.type, data: normalized.data, outputs: {} };
};

/** Scene 12 as a Shot sees it after the Scene ran with the kitchen Location linked. */
const sceneWithSettings = (): UpstreamNode => {
  const location = asUpstream(kitchen);
  return {
    ...asUpstream(sceneTwelve),
    outputs: { scene: { nodeId: sceneTwelve.id, sceneNumber: '12', heading: 'INT. KITCHEN - NIGHT', location: toLocationRef(location.nodeId, location.data as LocationFields) } },
  };
};

/** Every function run of the story, in a fixed order, with a name for its golden folder. */
export const storyRuns = (): { golden: string; fn: string; request: RunRequest }[] => {
  const cast = [asUpstream(anna), asUpstream(ben)];
  const shotUpstream = { scene: [asUpstream(sceneTwelve)], characters: cast };
  return [
    { golden: 'anna', fn: 'characterSheet', request: { node: anna } },
    { golden: 'ben', fn: 'characterSheet', request: { node: ben } },
    { golden: 'scene-12', fn: 'sceneBreakdown', request: { node: sceneTwelve, upstream: { characters: cast } } },
    { golden: 'shot-12a', fn: 'compileShotPrompt', request: { node: shot12A, upstream: shotUpstream } },
    { golden: 'shot-12a', fn: 'storyboardFrame', request: { node: shot12A, upstream: shotUpstream } },
    { golden: 'shot-12b', fn: 'compileShotPrompt', request: { node: shot12B, upstream: shotUpstream } },
    { golden: 'shot-12b', fn: 'storyboardFrame', request: { node: shot12B, upstream: shotUpstream } },
    { golden: 'location-kitchen', fn: 'locationSheet', request: { node: kitchen } },
    { golden: 'style-noir', fn: 'styleGuide', request: { node: noir } },
    { golden: 'script', fn: 'scriptReport', request: { node: script } },
    {
      golden: 'scene-12-set',
      fn: 'sceneBreakdown',
      request: { node: sceneTwelve, upstream: { characters: cast, location: [asUpstream(kitchen)], style: [asUpstream(noir)] } },
    },
    // 12C: the Scene's Location (passed on in its output) and the Shot's own Style.
    { golden: 'shot-12c', fn: 'compileShotPrompt', request: { node: shot12C, upstream: { ...shotUpstream, scene: [sceneWithSettings()], style: [asUpstream(noir)] } } },
  ];
};
