import { readFileSync } from 'node:fs';
import { isBlockingIssue, validateGraph, type GraphDocument, type GraphNode } from '@pc/graph';

/** A fixture of packages/fountain: the parser's corpus is the import's too. */
export const fountainFixture = (name: string): string =>
  readFileSync(new URL(`../../../fountain/fixtures/${name}.fountain`, import.meta.url), 'utf8');

/** A Final Draft fixture of packages/final-draft, as the XML the import receives. */
export const finalDraftFixture = (name: string): string =>
  readFileSync(new URL(`../../../final-draft/fixtures/${name}.fdx`, import.meta.url), 'utf8');

/** A script pasted in its own country's layout (○ 場所（時間）, S#12. 장소 / 밤), from this package's fixtures. */
export const localLayoutFixture = (name: string): string => readFileSync(new URL(`../../fixtures/${name}.txt`, import.meta.url), 'utf8');

export const LOCAL_LAYOUT_FIXTURES = ['hotaru-no-heya-japanese', 'mak-cha-korean', 'natsu-no-eigakan-japanese', 'pyeonuijeom-korean', 'the-keepers-wife-stage-layout'] as const;

export const FINAL_DRAFT_FIXTURES = ['harbor-watch-episode', 'salt-and-iron-feature', 'the-breakwater-lamp-fd12', 'the-long-quiet-title-page', 'the-night-clinic-fd8', 'the-night-ferry-fd13'] as const;

export const FIXTURES = [
  'a-casa-de-maria-portuguese',
  'back-office-multicam',
  'brick-and-steel',
  'cyber-bob-traffic-dogs-public-domain',
  'corazon-de-hierro-telenovela',
  'die-letzte-faehre-german',
  'eki-no-asa-japanese',
  'kitchen-fragment',
  'la-bicicletta-italiano',
  'les-amants-du-quai',
  'la-cocina-windows-draft',
  'last-orders-spec-draft',
  'messy-crlf',
  'night-bus-writerduet',
  'night-desk-teleplay',
  'night-shift-bom-crlf',
  'odd-headings-shooting-script',
  'pip-and-the-lantern-animation',
  'poslednyaya-elektrichka-russian',
  'rooftop-laundry-korean',
  'noche-de-estreno-spanish',
  'no-title-page',
  'salt-word-processor',
  'the-allotment-bbc-continuous',
  'the-away-end-fade-in',
  'the-choir-boat-markup',
  'the-ferryman-pdf-export',
  'the-lending-library-word-paste',
  'the-library-freak-out-public-domain',
  'the-quarry-road-pdf-blue',
  'the-salt-road-pdf-pink',
  'the-signal-box-highland',
  'the-singing-tide-markup',
  'the-lamplighters-daughter-musical',
  'the-stage-manager-directions',
  'vertical-short',
  'writers-draft',
] as const;

/** A short film in three scenes, the base of the re-import stories. */
export const kitchenStory = [
  'Title: The Plate',
  'Author: A. Writer',
  '',
  'INT. HOUSE - KITCHEN - NIGHT',
  '',
  '= Ben tries to get Anna to eat.',
  '',
  'Anna pushes the plate away. BEN watches from the doorway.',
  '',
  'ANNA',
  "I'm not hungry.",
  '',
  'BEN',
  "You haven't eaten since Tuesday.",
  '',
  'CUT TO:',
  '',
  'EXT. HOUSE - GARDEN - DAY',
  '',
  'Rain. ANNA digs.',
  '',
  'MRS. PARK (O.S.)',
  'Is everything all right down there?',
  '',
  'INT. DINER - NIGHT',
  '',
  'BEN AND ANNA',
  'Two coffees.',
  '',
  'MRS PARK',
  'Coming up.',
  '',
].join('\n');

export const blockingIssues = (document: GraphDocument) => validateGraph(document).filter(isBlockingIssue);

export const ofType = (document: GraphDocument, type: string): GraphNode[] => document.nodes.filter((node) => node.type === type);

export const named = (document: GraphDocument, type: string, name: string): GraphNode => {
  const node = ofType(document, type).find((candidate) => candidate.data['name'] === name);
  if (!node) throw new Error(`no ${type} named ${name}`);
  return node;
};

export const sceneAt = (document: GraphDocument, locationName: string): GraphNode => {
  const node = ofType(document, 'scene').find((candidate) => candidate.data['locationName'] === locationName);
  if (!node) throw new Error(`no scene at ${locationName}`);
  return node;
};

/** "ANNA→2 (speaking)": cast links as a reader checks them, sorted. */
export const castOf = (document: GraphDocument): string[] => {
  const byId = new Map(document.nodes.map((node) => [node.id, node]));
  return document.edges
    .filter((edge) => edge.targetHandle === 'characters')
    .map((edge) => `${String(byId.get(edge.source)?.data['name'])}→${String(byId.get(edge.target)?.data['sceneNumber'])}${edge.data?.speaking ? ' (speaking)' : ''}`)
    .sort();
};
