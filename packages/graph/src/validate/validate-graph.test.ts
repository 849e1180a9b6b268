import { describe, expect, it } from 'vitest';
import { isBlockingIssue } from '../issues.js';
import { cast, character, cover, frame, graphOf, link, scene, scene12, shot } from '../testing/story.js';
import { normalizeNodeData } from '../normalize.js';
import { createGraphValidator, createGraphVersionValidator, validateGraph, validateGraphKeepingData } from './validate-graph.js';

const codes = (doc: Parameters<typeof validateGraph>[0]) => validateGraph(doc).map((issue) => issue.code);

describe('validateGraph', () => {
  it('finds nothing wrong with a cast scene and a shot of a cast character', () => {
    expect(validateGraph(scene12())).toEqual([]);
  });

  describe('nodes', () => {
    it('reports a second node with the same id, pointing at its id', () => {
      const doc = graphOf([scene('sc12', '12'), character('sc12', 'ANNA')]);
      expect(validateGraph(doc)).toEqual([
        expect.objectContaining({ code: 'duplicate_id', nodeId: 'sc12', path: ['nodes', 1, 'id'] }),
      ]);
    });

    it('reports a node type this version does not know, and leaves its data alone', () => {
      const doc = graphOf([{ id: 'loc1', type: 'matte_painting', position: { x: 0, y: 0 }, data: { anything: 1 } }]);
      expect(validateGraph(doc)).toEqual([
        expect.objectContaining({ code: 'unknown_node_type', nodeId: 'loc1', path: ['nodes', 0, 'type'] }),
      ]);
    });

    it('reports a field out of range with a path down to the field and a sentence a creator understands', () => {
      const doc = graphOf([shot('sh12a', '12A')]);
      doc.nodes[0]!.data['lensMm'] = 2000;
      const [issue] = validateGraph(doc).filter((i) => i.code === 'invalid_field');
      expect(issue).toMatchObject({ nodeId: 'sh12a', path: ['nodes', 0, 'data', 'lensMm'], severity: 'error' });
      expect(issue?.message).toBe('Shot 12A: Lens (mm) must be at most 1200.');
    });

    it('sets a field’s own rule apart from its title, as a sentence', () => {
      const doc = graphOf([scene('sc12', '12 a')]);
      doc.nodes[0]!.data['color'] = 'red';
      expect(validateGraph(doc).map((i) => i.message)).toEqual([
        'Scene 12 a: Colour — use a hex colour such as #4f46e5.',
        'Scene 12 a: Scene number — a scene number is digits with capital letters before or after, a revision after a dot, and an act or episode before a dash, such as 12, 12A, A12, 110A.1 or I-1-A.',
      ]);
    });

    it('reports each invalid field separately, nested ones included', () => {
      const doc = graphOf([character('anna')]);
      Object.assign(doc.nodes[0]!.data, { role: 'hero', appearance: { eyes: 7 } });
      const fields = validateGraph(doc).filter((i) => i.code === 'invalid_field');
      expect(fields.map((i) => i.path)).toEqual([
        ['nodes', 0, 'data', 'role'],
        ['nodes', 0, 'data', 'appearance', 'eyes'],
      ]);
      expect(fields[0]?.message).toContain('must be one of lead, supporting, minor, background');
      expect(fields[1]?.message).toBe('ANNA: Appearance › Eyes must be a string.');
    });

    it('reports each unknown field with the field in its path, since fields are strict', () => {
      const doc = graphOf([scene('sc12', '12')]);
      Object.assign(doc.nodes[0]!.data, { weather: 'rain', mood: 'tense' });
      expect(validateGraph(doc)).toEqual([
        expect.objectContaining({ code: 'invalid_field', path: ['nodes', 0, 'data', 'weather'] }),
        expect.objectContaining({ code: 'invalid_field', path: ['nodes', 0, 'data', 'mood'] }),
      ]);
    });

    it('accepts partial data: missing fields take their defaults', () => {
      const doc = graphOf([{ id: 'anna', type: 'character', position: { x: 0, y: 0 }, data: {} }]);
      expect(validateGraph(doc)).toEqual([]);
    });
  });

  describe('edges', () => {
    it('reports a second edge with the same id', () => {
      const doc = scene12();
      doc.edges.push(cast('ben', 'sc12', doc.edges[0]!.id));
      expect(validateGraph(doc)).toEqual([expect.objectContaining({ code: 'duplicate_id', path: ['edges', 3, 'id'] })]);
    });

    it('reports an edge from or to a node that is not in the graph, at the missing end', () => {
      const doc = scene12();
      doc.edges.push(cast('carla', 'sc12', 'e1'), cast('anna', 'sc99', 'e2'));
      expect(validateGraph(doc)).toEqual([
        expect.objectContaining({ code: 'dangling_edge', edgeId: 'e1', path: ['edges', 3, 'source'] }),
        expect.objectContaining({ code: 'dangling_edge', edgeId: 'e2', path: ['edges', 4, 'target'] }),
      ]);
    });

    it('reports a node linked to itself once, as a self loop', () => {
      const doc = graphOf([shot('sh1', '1A')], [link('sh1', 'shot', 'sh1', 'scene', 'loop')]);
      expect(codes(doc)).toEqual(['self_loop', 'incompatible_ports', 'shot_missing_scene']);
    });

    it('reports an output the source type does not have, and an input the target type does not have', () => {
      const doc = scene12();
      doc.edges.push(link('anna', 'portrait', 'sc12', 'characters', 'e1'), link('anna', 'character', 'sc12', 'extras', 'e2'));
      expect(validateGraph(doc)).toEqual([
        expect.objectContaining({ code: 'unknown_port', nodeId: 'anna', path: ['edges', 3, 'sourceHandle'] }),
        expect.objectContaining({ code: 'unknown_port', nodeId: 'sc12', path: ['edges', 4, 'targetHandle'] }),
      ]);
    });

    it('reports ports whose data types differ, saying what the input expects', () => {
      const doc = graphOf([scene('sc12', '12'), shot('sh12a', '12A')], [cover('sc12', 'sh12a'), link('sc12', 'scene', 'sh12a', 'characters', 'e1')]);
      const [issue] = validateGraph(doc);
      expect(issue).toMatchObject({ code: 'incompatible_ports', edgeId: 'e1', nodeId: 'sh12a', path: ['edges', 1, 'targetHandle'] });
      expect(issue?.message).toBe('A Scene output cannot feed a Shot’s In frame input: it expects a Character.');
    });

    it('reports a second link into a single input such as a Shot’s scene', () => {
      const doc = scene12();
      doc.nodes.push(scene('sc13', '13'));
      doc.edges.push(cover('sc13', 'sh12a', 'e1'));
      expect(validateGraph(doc)).toEqual([
        expect.objectContaining({ code: 'port_occupied', edgeId: 'e1', nodeId: 'sh12a', path: ['edges', 3, 'targetHandle'] }),
      ]);
    });

    it('lets a multiple input such as a Scene’s cast take many links', () => {
      const doc = scene12();
      doc.edges.push(cast('ben', 'sc12'));
      expect(validateGraph(doc)).toEqual([]);
    });

    it('reports the same connection made twice', () => {
      const doc = scene12();
      doc.edges.push(cast('anna', 'sc12', 'again'));
      expect(validateGraph(doc)).toEqual([expect.objectContaining({ code: 'duplicate_edge', edgeId: 'again', path: ['edges', 3] })]);
    });

    it('leaves the ports of a node of unknown type alone', () => {
      const doc = graphOf([{ id: 'loc1', type: 'matte_painting', position: { x: 0, y: 0 }, data: {} }, scene('sc12', '12')], [link('loc1', 'location', 'sc12', 'location')]);
      expect(codes(doc)).toEqual(['unknown_node_type']);
    });
  });

  describe('cycles', () => {
    it('reports every edge on a loop, naming the nodes of the loop', () => {
      const doc = graphOf(
        [scene('sc1', '1'), shot('sh1', '1A'), shot('sh2', '1B')],
        [cover('sc1', 'sh1', 'a'), link('sh1', 'shot', 'sh2', 'scene', 'b'), link('sh2', 'shot', 'sc1', 'characters', 'c')],
      );
      const loops = validateGraph(doc).filter((issue) => issue.code === 'cycle');
      expect(loops.map((issue) => issue.edgeId)).toEqual(['a', 'b', 'c']);
      expect(loops[0]?.message).toBe('This link closes a loop between Scene 1, Shot 1A and Shot 1B; work must flow one way.');
    });

    it('does not report edges that only lead into or out of a loop', () => {
      const doc = graphOf(
        [character('anna'), scene('sc1', '1'), shot('sh1', '1A')],
        [cast('anna', 'sc1', 'in'), cover('sc1', 'sh1', 'a'), link('sh1', 'shot', 'sc1', 'characters', 'b')],
      );
      expect(validateGraph(doc).filter((i) => i.code === 'cycle').map((i) => i.edgeId)).toEqual(['a', 'b']);
    });
  });

  describe('continuity between shots and scenes', () => {
    it('reports a Shot with no Scene on the Shot, as incomplete work that blocks runs but not saves', () => {
      const doc = graphOf([shot('sh12a', '12A')]);
      const [issue] = validateGraph(doc);
      expect(issue).toMatchObject({ code: 'shot_missing_scene', severity: 'error', nodeId: 'sh12a', path: ['nodes', 0] });
      expect(isBlockingIssue(issue!)).toBe(false);
    });

    it('reports a Shot showing a character who is not cast in its scene, on the Shot, with the offending edge', () => {
      const doc = scene12();
      doc.edges.push(frame('ben', 'sh12a', 'ben-in-12a'));
      const [issue] = validateGraph(doc);
      expect(issue).toMatchObject({ code: 'shot_character_not_cast', nodeId: 'sh12a', edgeId: 'ben-in-12a', path: ['edges', 3] });
      expect(issue?.message).toMatch(/^Shot 12A shows BEN, who is not cast in Scene 12/);
      expect(isBlockingIssue(issue!)).toBe(false);
    });

    it('does not judge casting while the Shot has no scene', () => {
      const doc = graphOf([character('ben'), shot('sh12a', '12A')], [frame('ben', 'sh12a')]);
      expect(codes(doc)).toEqual(['shot_missing_scene']);
    });

    it('judges casting against the Shot’s own scene, not another scene that casts the character', () => {
      const doc = scene12();
      doc.nodes.push(scene('sc13', '13'));
      doc.edges.push(cast('ben', 'sc13'), frame('ben', 'sh12a'));
      expect(codes(doc)).toEqual(['shot_character_not_cast']);
    });
  });

  it('finds nothing wrong in a well-formed 5,000-node production', () => {
    const nodes = [];
    const edges = [];
    for (let s = 0; s < 500; s += 1) {
      nodes.push(scene(`sc${s}`, String(s + 1)), character(`ch${s}`));
      edges.push(cast(`ch${s}`, `sc${s}`));
      for (let k = 0; k < 8; k += 1) {
        nodes.push(shot(`sh${s}_${k}`, `${s + 1}${'ABCDEFGH'[k]}`));
        edges.push(cover(`sc${s}`, `sh${s}_${k}`), frame(`ch${s}`, `sh${s}_${k}`));
      }
    }
    const doc = graphOf(nodes, edges);
    expect(validateGraph(doc)).toEqual([]);
  });
});

describe('createGraphValidator', () => {
  it('reports what validateGraph reports, following immutable edits', () => {
    const validate = createGraphValidator();
    const doc = scene12();
    doc.edges.push(frame('ben', 'sh12a'));
    expect(validate(doc)).toEqual(validateGraph(doc));

    const shot12a = doc.nodes[3]!;
    const edited = { ...doc, nodes: doc.nodes.map((node) => (node === shot12a ? { ...node, data: { ...node.data, lensMm: 0 } } : node)) };
    expect(validate(edited)).toEqual(validateGraph(edited));
    expect(validate(edited).map((issue) => issue.code)).toContain('invalid_field');
    expect(validate(doc)).toEqual(validateGraph(doc));
  });

  it('keeps paths right when a node with unchanged data moves in the node list', () => {
    const validate = createGraphValidator();
    const bad = shot('sh1', '1A');
    bad.data['lensMm'] = 0;
    const doc = graphOf([scene('sc1', '1'), bad], [cover('sc1', 'sh1')]);
    validate(doc);
    const reordered = { ...doc, nodes: [bad, doc.nodes[0]!] };
    expect(validate(reordered)).toEqual([expect.objectContaining({ code: 'invalid_field', path: ['nodes', 0, 'data', 'lensMm'] })]);
  });
});

describe('createGraphVersionValidator', () => {
  /** A fresh copy, as a REST write parses one: identity says nothing between versions. */
  const fresh = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

  it('reports what validateGraph reports for successive versions arriving as fresh objects', () => {
    const validate = createGraphVersionValidator();
    const doc = scene12();
    expect(validate(fresh(doc))).toEqual(validateGraph(doc));

    // A field made invalid in place between versions: the version validator must parse it again.
    doc.nodes[3]!.data['lensMm'] = 0;
    expect(validate(fresh(doc))).toEqual(validateGraph(doc));
    expect(validate(fresh(doc)).map((issue) => issue.code)).toContain('invalid_field');

    // Fixed again, and a nested value changed on another node.
    doc.nodes[3]!.data['lensMm'] = 35;
    Object.assign(doc.nodes[1]!.data, { appearance: { eyes: 7 } });
    expect(validate(fresh(doc))).toEqual(validateGraph(doc));
    expect(validate(fresh(doc)).map((issue) => issue.path)).toEqual(validateGraph(doc).map((issue) => issue.path));
  });

  it('parses a node again when its type changes under the same id and data', () => {
    const validate = createGraphVersionValidator();
    const doc = graphOf([{ id: 'n1', type: 'shot', position: { x: 0, y: 0 }, data: { shotNumber: '1A' } }]);
    expect(validate(fresh(doc))).toEqual(validateGraph(doc));
    doc.nodes[0]!.type = 'scene';
    expect(validate(fresh(doc))).toEqual(validateGraph(doc));
    expect(validate(fresh(doc)).map((issue) => issue.code)).toContain('invalid_field');
  });

  it('gives a version that only moved nodes the last version\'s topology issues, and runs the rules again for any other change', () => {
    const validate = createGraphVersionValidator();
    // Shot 1A shows BEN, who is not cast in Scene 1: a continuity issue on an edge.
    const doc = graphOf([scene('sc1', '1'), character('anna', 'ANNA'), character('ben', 'BEN'), shot('sh1', '1A')], [cover('sc1', 'sh1'), cast('anna', 'sc1'), frame('ben', 'sh1')]);
    const first = validate(fresh(doc));
    expect(first).toEqual(validateGraph(doc));
    expect(first.map((issue) => issue.code)).toContain('shot_character_not_cast');
    const movedOnly = fresh(doc);
    movedOnly.nodes[2]!.position = { x: 500, y: 500 };
    const second = validate(movedOnly);
    expect(second).toEqual(validateGraph(movedOnly));
    // The same issue objects: the rules did not run again.
    expect(second.find((issue) => issue.code === 'shot_character_not_cast')).toBe(first.find((issue) => issue.code === 'shot_character_not_cast'));

    // A name the message quotes, an edge, the node order: each one runs the rules again.
    const renamed = fresh(movedOnly);
    renamed.nodes[2]!.data['name'] = 'BENJAMIN';
    expect(validate(renamed)).toEqual(validateGraph(renamed));
    const recast = fresh(renamed);
    recast.edges.push(cast('ben', 'sc1'));
    expect(validate(recast)).toEqual(validateGraph(recast));
    expect(validate(fresh(recast)).map((issue) => issue.code)).not.toContain('shot_character_not_cast');
    const reordered = { ...fresh(renamed), nodes: [...fresh(renamed).nodes].reverse() };
    expect(validate(reordered)).toEqual(validateGraph(reordered));
  });

  it('keeps paths right when an unchanged invalid node moves in the node list', () => {
    const validate = createGraphVersionValidator();
    const bad = shot('sh1', '1A');
    bad.data['lensMm'] = 0;
    const first = graphOf([bad, scene('sc1', '1')]);
    const second = graphOf([scene('sc1', '1'), bad]);
    expect(validate(fresh(first))).toEqual(validateGraph(first));
    expect(validate(fresh(second))).toEqual(validateGraph(second));
  });
});

describe('validateGraphKeepingData', () => {
  it('gives validateGraph’s issues and, for each valid node, what normalizeNodeData gives', () => {
    const doc = scene12();
    doc.nodes[0]!.data['lensMm'] = 2000;
    const { issues, normalizedData } = validateGraphKeepingData(doc);
    expect(issues).toEqual(validateGraph(doc));
    expect(normalizedData.has(doc.nodes[0]!)).toBe(false);
    expect(normalizedData.size).toBe(doc.nodes.length - 1);
    for (const node of doc.nodes.slice(1)) {
      expect({ ok: true, data: normalizedData.get(node) }).toEqual(normalizeNodeData(node.type, node.data));
    }
  });
});
