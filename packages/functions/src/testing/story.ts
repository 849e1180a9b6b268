import { normalizeNodeData, type LocationFields } from '@pc/graph';
import { toLocationRef } from '../location/location-ref.js';
import { getFunctionsForNodeType, runFunction, type RunRequest } from '../registry.js';
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

export const letter = {
  id: 'prop_letter',
  type: 'prop',
  data: { name: 'Ben’s letter', category: 'prop', importance: 'hero', character: 'ben', description: 'A folded letter, *coffee-stained*.' },
};

export const raincoat = {
  id: 'prop_raincoat',
  type: 'prop',
  data: { name: 'yellow raincoat', category: 'wardrobe', importance: 'featured', character: 'Anna', continuityNotes: 'Wet from scene 11.' },
};

export const alexa = {
  id: 'camera_a',
  type: 'camera',
  data: { name: 'A camera', body: 'ARRI Alexa 35', sensor: 'super35', lensSet: ['50', '24', '35', '24'], squeeze: '1', frameRate: '23.976', aspect: '2.39' },
};

export const benLine = {
  id: 'line_ben',
  type: 'dialogue',
  data: { order: 2, text: "You haven't eaten since *Tuesday*.", parenthetical: '(softly)' },
};

export const rainCue = {
  id: 'audio_rain',
  type: 'audio',
  data: { kind: 'ambience', cue: 'AMB-1', name: 'Rain on glass', durationS: null, startOffsetS: 0.5 },
};

export const animatic = { id: 'timeline_cut', type: 'timeline', data: { name: 'Animatic v1', frameRate: '23.976' } };
export const shotList = { id: 'list', type: 'shotList', data: { name: 'Day 1 shot list' } };
export const breakdownReport = { id: 'breakdown', type: 'breakdownReport', data: { name: 'Breakdown' } };
export const continuity = { id: 'continuity', type: 'continuityCheck', data: {} };
export const actOne = { id: 'act_1', type: 'sequence', data: { kind: 'act', number: '1', name: 'The plate' } };
export const edl = { id: 'edl', type: 'export', data: { format: 'edl', fileName: 'animatic v1' } };

const signal = () => new AbortController().signal;

/** An upstream entry whose outputs are what its functions really produce. */
const ran = async (node: { id: string; type: string; data: Record<string, unknown> }, upstream: RunRequest['upstream'] = {}): Promise<UpstreamNode> => {
  const outputs: Record<string, unknown> = {};
  for (const fn of getFunctionsForNodeType(node.type)) {
    Object.assign(outputs, (await runFunction(fn.name, { node, upstream }, { signal: signal() })).outputs);
  }
  return { ...asUpstream(node), outputs };
};

/** The production pipeline downstream of the story: each request built from real upstream outputs. */
const productionRuns = (): { golden: string; fn: string; build: () => Promise<RunRequest> }[] => {
  const cast = () => [asUpstream(anna), asUpstream(ben)];
  const scene = () => ran(sceneTwelve, { characters: cast(), props: [asUpstream(letter), asUpstream(raincoat)] });
  const line = async () => ran(benLine, { speaker: [asUpstream(ben)], scene: [await scene()] });
  const shots = async () => {
    const upstream = { scene: [await scene()], characters: cast() };
    return [
      await ran(shot12A, { ...upstream, props: [asUpstream(letter)], dialogue: [await line()] }),
      await ran(shot12B, upstream),
      await ran(shot12C, { ...upstream, characters: [asUpstream(anna)] }),
    ];
  };
  return [
    { golden: 'prop-letter', fn: 'propSheet', build: async () => ({ node: letter }) },
    { golden: 'camera-a', fn: 'cameraSheet', build: async () => ({ node: alexa }) },
    { golden: 'line-ben', fn: 'dialogueLine', build: async () => ({ node: benLine, upstream: { speaker: [asUpstream(ben)], scene: [asUpstream(sceneTwelve)] } }) },
    { golden: 'audio-rain', fn: 'audioCue', build: async () => ({ node: rainCue, upstream: { shot: [asUpstream(shot12B)] } }) },
    {
      golden: 'shot-12d-insert',
      fn: 'compileShotPrompt',
      build: async () => ({
        node: { id: 'shot_12d', type: 'shot', data: { shotNumber: '12D', shotType: 'insert', shotSize: 'INSERT', lensMm: 85, action: 'Ben slides the letter across the table.' } },
        upstream: { scene: [await scene()], props: [asUpstream(letter)] },
      }),
    },
    { golden: 'scene-12-props', fn: 'sceneBreakdown', build: async () => ({ node: sceneTwelve, upstream: { characters: cast(), props: [asUpstream(letter), asUpstream(raincoat)] } }) },
    { golden: 'shot-12a', fn: 'shotRef', build: async () => ({ node: shot12A, upstream: { scene: [await scene()], characters: cast(), props: [asUpstream(letter)], dialogue: [await line()] } }) },
    {
      golden: 'timeline',
      fn: 'assembleTimeline',
      build: async () => ({ node: animatic, upstream: { shots: await shots(), audio: [await ran(rainCue, { shot: [asUpstream(shot12B)] })] } }),
    },
    { golden: 'shot-list', fn: 'buildShotList', build: async () => ({ node: shotList, upstream: { shots: await shots() } }) },
    { golden: 'breakdown-report', fn: 'buildBreakdownReport', build: async () => ({ node: breakdownReport, upstream: { scenes: [await scene()] } }) },
    { golden: 'continuity', fn: 'checkContinuity', build: async () => ({ node: continuity, upstream: { scenes: [await scene()], shots: await shots() } }) },
    { golden: 'sequence', fn: 'sequenceSummary', build: async () => ({ node: actOne, upstream: { scenes: [await scene()] } }) },
    { golden: 'export-edl', fn: 'exportManifest', build: async () => ({ node: edl, upstream: { timeline: [await ran(animatic, { shots: await shots() })] } }) },
  ];
};

/** Every function run of the story, in a fixed order, with a name for its golden folder. */
export const storyRuns = (): { golden: string; fn: string; build: () => Promise<RunRequest> }[] => [
  ...coreRuns().map((run) => ({ golden: run.golden, fn: run.fn, build: async () => run.request })),
  ...productionRuns(),
];

/** The runs of the Character, Scene, Shot, Location, Style and Script functions. */
const coreRuns = (): { golden: string; fn: string; request: RunRequest }[] => {
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
