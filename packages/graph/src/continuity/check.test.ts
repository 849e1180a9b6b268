import { describe, expect, it } from 'vitest';
import { createNode } from '../factory.js';
import type { GraphEdge, GraphNode } from '../document.js';
import { cast, character, cover, frame, graphOf, link, scene } from '../testing/story.js';
import { checkContinuity } from './check.js';
import { continuityModelFromGraph } from './model-from-graph.js';

const at = { x: 0, y: 0 };
const shot = (id: string, shotNumber: string, data: Record<string, unknown> = {}): GraphNode =>
  createNode('shot', { id, position: at, data: { shotNumber, ...data } });
const sceneOn = (id: string, sceneNumber: string, storyDay: number | null, order = 0): GraphNode =>
  createNode('scene', { id, position: at, data: { sceneNumber, storyDay, order } });
const wardrobe = (id: string, name: string, worn: string): GraphNode =>
  createNode('prop', { id, position: at, data: { name, category: 'wardrobe', character: worn } });
const speaks = (characterId: string, sceneId: string): GraphEdge => ({ ...cast(characterId, sceneId), data: { speaking: true } });
const master = (id: string, shotNumber: string, order: number) => shot(id, shotNumber, { shotType: 'master', shotSize: 'WS', order });

const findings = (nodes: GraphNode[], edges: GraphEdge[] = []) => checkContinuity(continuityModelFromGraph(graphOf(nodes, edges)));
const codes = (nodes: GraphNode[], edges: GraphEdge[] = []) => findings(nodes, edges).map((finding) => finding.code);

describe('continuity and coverage checks', () => {
  it('find nothing wrong in a covered scene', () => {
    expect(
      findings(
        [character('anna'), scene('sc12', '12'), master('a', '12A', 1), shot('b', '12B', { shotSize: 'MCU', order: 2 })],
        [speaks('anna', 'sc12'), cover('sc12', 'a'), cover('sc12', 'b'), frame('anna', 'a'), frame('anna', 'b')],
      ),
    ).toEqual([]);
  });

  it('flag a character in a shot who is not cast in its scene, naming the shot, the character and the scene', () => {
    const result = findings(
      [character('anna'), character('ben'), scene('sc12', '12'), master('a', '12A', 1)],
      [cast('anna', 'sc12'), cover('sc12', 'a'), frame('anna', 'a'), frame('ben', 'a')],
    );
    expect(result).toEqual([
      { code: 'SHOT_CHAR_NOT_IN_SCENE', severity: 'error', message: 'Shot 12A shows BEN, who is not cast in Scene 12.', nodeIds: ['a', 'ben', 'sc12'] },
    ]);
  });

  it('flag a speaker who is in none of the scene’s shots, from a speaking cast link or a Dialogue node', () => {
    const line = createNode('dialogue', { id: 'line', position: at, data: { text: 'Enough.' } });
    const result = findings(
      [character('anna'), character('ben'), scene('sc12', '12'), master('a', '12A', 1), line],
      [speaks('anna', 'sc12'), cast('ben', 'sc12'), cover('sc12', 'a'), frame('anna', 'a'), link('ben', 'character', 'line', 'speaker'), link('sc12', 'scene', 'line', 'scene')],
    );
    expect(result).toEqual([
      { code: 'SPEAKER_NOT_IN_ANY_SHOT', severity: 'warning', message: 'BEN speaks in Scene 12 but is in none of its shots.', nodeIds: ['sc12', 'ben'] },
    ]);
  });

  it('flag a scene without shots, and one without a master', () => {
    const result = findings([scene('sc12', '12'), scene('sc13', '13'), shot('c', '13A', { shotSize: 'CU' })], [cover('sc13', 'c')]);
    expect(result.map(({ code, severity, nodeIds }) => ({ code, severity, nodeIds }))).toEqual([
      { code: 'SCENE_NO_SHOTS', severity: 'info', nodeIds: ['sc12'] },
      { code: 'SCENE_NO_MASTER', severity: 'warning', nodeIds: ['sc13'] },
    ]);
  });

  it('flag duplicate shot numbers once, with every shot that carries the number', () => {
    const result = findings([scene('sc12', '12'), master('a', '12A', 1), master('b', '12A', 2), master('c', '12B', 3)], [cover('sc12', 'a'), cover('sc12', 'b'), cover('sc12', 'c')]);
    expect(result).toEqual([{ code: 'DUPLICATE_SHOT_NUMBER', severity: 'error', message: '2 shots are numbered 12A; each shot needs its own number.', nodeIds: ['a', 'b'] }]);
  });

  describe('jump cuts', () => {
    const nodes = (second: Record<string, unknown>) => [
      character('anna'),
      scene('sc12', '12'),
      master('m', '12A', 0),
      shot('a', '12B', { shotSize: 'MCU', angle: 'eye', order: 1 }),
      shot('b', '12C', { order: 2, ...second }),
    ];
    const edges = [cast('anna', 'sc12'), cover('sc12', 'm'), cover('sc12', 'a'), cover('sc12', 'b'), frame('anna', 'a'), frame('anna', 'b')];

    it('flag consecutive shots of the same subject at the same angle one size apart', () => {
      expect(findings(nodes({ shotSize: 'CU', angle: 'eye' }), edges)).toEqual([
        {
          code: 'JUMP_CUT_RISK',
          severity: 'warning',
          message: 'Shot 12B cuts to Shot 12C on ANNA from the same angle (MCU to CU): a jump cut. Move the camera 30° or change the size by two steps.',
          nodeIds: ['b', 'a'],
        },
      ]);
    });

    it('take two over-the-shoulder shots in a row as a reverse pair', () => {
      const ots = nodes({ shotSize: 'MCU', shotType: 'OTS' }).map((node) => (node.id === 'a' ? { ...node, data: { ...node.data, shotType: 'OTS' } } : node));
      expect(codes(ots, edges)).toEqual([]);
    });

    it('allow a change of angle or two sizes, or a new subject', () => {
      expect(codes(nodes({ shotSize: 'CU', angle: 'low' }), edges)).toEqual([]);
      expect(codes(nodes({ shotSize: 'ECU', angle: 'eye' }), edges)).toEqual([]);
      expect(codes(nodes({ shotSize: 'MCU', angle: 'eye' }), edges.filter((edge) => edge.id !== frame('anna', 'b').id))).toEqual([]);
    });

    it('judge shots in their Order, not in the order they were drawn', () => {
      // 12C is cut before 12B: master (0), 12C (1, CU), 12B (2, MCU)
      const result = findings(
        [character('anna'), scene('sc12', '12'), master('m', '12A', 0), shot('a', '12B', { shotSize: 'MCU', order: 2 }), shot('b', '12C', { shotSize: 'CU', order: 1 })],
        edges,
      );
      expect(result.map((finding) => finding.nodeIds)).toEqual([['a', 'b']]);
    });
  });

  describe('the 180° line', () => {
    const scenes = (directions: string[]) => {
      const shots = directions.map((screenDirection, i) => shot(`s${i}`, `12${'ABCDE'[i]}`, { screenDirection, order: i, shotSize: i === 0 ? 'WS' : 'MS' }));
      return { nodes: [scene('sc12', '12'), ...shots], edges: shots.map((s) => cover('sc12', s.id)) };
    };

    it('flag opposite screen directions in consecutive shots', () => {
      const { nodes, edges } = scenes(['left_to_right', 'right_to_left']);
      expect(findings(nodes, edges)).toEqual([
        {
          code: 'LINE_CROSSING',
          severity: 'warning',
          message: 'Shot 12B moves right to left after Shot 12A moved left to right: it crosses the 180° line. Add a neutral shot between them or keep the direction.',
          nodeIds: ['s1', 's0'],
        },
      ]);
    });

    it('look past shots without a direction, and accept a neutral shot between', () => {
      expect(codes(...Object.values(scenes(['left_to_right', 'none', 'right_to_left'])) as [GraphNode[], GraphEdge[]])).toEqual(['LINE_CROSSING']);
      expect(codes(...Object.values(scenes(['left_to_right', 'toward_camera', 'right_to_left'])) as [GraphNode[], GraphEdge[]])).toEqual([]);
      expect(codes(...Object.values(scenes(['none', 'none'])) as [GraphNode[], GraphEdge[]])).toEqual([]);
    });
  });

  describe('wardrobe', () => {
    const coat = wardrobe('coat', 'RED COAT', 'Anna');
    const dress = wardrobe('dress', 'BLUE DRESS', 'ANNA');
    const story = (dayOf13: number | null, second: GraphNode) => ({
      nodes: [sceneOn('sc12', '12', 3, 1), sceneOn('sc13', '13', dayOf13, 2), coat, second],
      edges: [link('coat', 'prop', 'sc12', 'props'), link(second.id, 'prop', 'sc13', 'props')],
    });
    const wardrobeFindings = ({ nodes, edges }: { nodes: GraphNode[]; edges: GraphEdge[] }) =>
      findings(nodes, edges).filter((finding) => finding.code === 'WARDROBE_CHANGE_SAME_DAY');

    it('flag a change of wardrobe within one story day', () => {
      expect(wardrobeFindings(story(3, dress))).toEqual([
        {
          code: 'WARDROBE_CHANGE_SAME_DAY',
          severity: 'warning',
          message: 'ANNA wears BLUE DRESS in Scene 13 but RED COAT in Scene 12, on the same story day 3.',
          nodeIds: ['sc13', 'sc12', 'dress', 'coat'],
        },
      ]);
    });

    it('allow a change on another day, the same wardrobe, and props that are not wardrobe', () => {
      expect(wardrobeFindings(story(4, dress))).toEqual([]);
      expect(wardrobeFindings(story(3, coat))).toEqual([]);
      expect(wardrobeFindings(story(3, createNode('prop', { id: 'cup', position: at, data: { name: 'CUP', category: 'prop', character: 'ANNA' } })))).toEqual([]);
    });
  });

  it('leave out findings below the minimum severity', () => {
    const model = continuityModelFromGraph(graphOf([scene('sc12', '12'), scene('sc13', '13'), shot('c', '13A', { shotSize: 'CU' })], [cover('sc13', 'c')]));
    expect(checkContinuity(model, 'warning').map((finding) => finding.code)).toEqual(['SCENE_NO_MASTER']);
    expect(checkContinuity(model, 'error')).toEqual([]);
  });
});
