/*
 * bench/document (Node part): a 2,000-node, 3,000-edge graph. Times building the read
 * model, a MoveNodes of 500 nodes, its undo and redo, and a remote peer applying it;
 * measures the bytes a drag gesture adds to the document. Prints a table, writes
 * bench/results/document.json at the repository root and the Document section of
 * docs/benchmarks.md.
 *
 *   pnpm --filter @pc/document bench
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import * as Y from 'yjs';
import { createNode, GRAPH_SCHEMA_VERSION, type GraphDocument, type GraphEdge, type GraphNode } from '@pc/graph';
import { createDocumentStore, createGraphDoc, type DocumentStore } from '../src/index.js';

const CHARACTERS = 600;
const SCENES = 400;
const SHOTS = 1_000;
const MOVED = 500;
const RUNS = 30;

/** A valid breakdown: every Scene casts 3 Characters, every Shot covers a Scene, 800 Shots show one of its cast. */
const buildGraph = (): GraphDocument => {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  for (let i = 0; i < CHARACTERS; i += 1) nodes.push(createNode('character', { id: `c${i}`, position: { x: 0, y: i * 180 }, data: { name: `CHARACTER ${i}` } }));
  for (let i = 0; i < SCENES; i += 1) nodes.push(createNode('scene', { id: `s${i}`, position: { x: 400, y: i * 200 }, data: { sceneNumber: `${i + 1}`, scriptText: `INT. ROOM ${i} - DAY\n\nAction.` } }));
  for (let i = 0; i < SHOTS; i += 1) nodes.push(createNode('shot', { id: `h${i}`, position: { x: 800, y: i * 180 }, data: { shotNumber: `${(i % SCENES) + 1}A`, action: 'A beat.' } }));
  const castOf = (scene: number, k: number) => `c${(3 * scene + k) % CHARACTERS}`;
  for (let s = 0; s < SCENES; s += 1) for (let k = 0; k < 3; k += 1) edges.push({ id: `cast${s}_${k}`, source: castOf(s, k), sourceHandle: 'character', target: `s${s}`, targetHandle: 'characters' });
  for (let h = 0; h < SHOTS; h += 1) edges.push({ id: `cover${h}`, source: `s${h % SCENES}`, sourceHandle: 'scene', target: `h${h}`, targetHandle: 'scene' });
  for (let h = 0; h < 800; h += 1) edges.push({ id: `frame${h}`, source: castOf(h % SCENES, Math.floor(h / SCENES) % 3), sourceHandle: 'character', target: `h${h}`, targetHandle: 'characters' });
  return { schemaVersion: GRAPH_SCHEMA_VERSION, nodes, edges };
};

const time = (fn: () => void): number => {
  const start = performance.now();
  fn();
  return performance.now() - start;
};

const stats = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
  return { median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] as number };
};

const docBytes = (ydoc: Y.Doc) => Y.encodeStateAsUpdate(ydoc).byteLength;

const graph = buildGraph();

// 1. Loading and building the read model.
const loadSamples: number[] = [];
const buildSamples: number[] = [];
const coldSamples: number[] = [];
const encoded = Y.encodeStateAsUpdate(createGraphDoc(graph));
for (let i = 0; i < 7; i += 1) {
  let ydoc!: Y.Doc;
  loadSamples.push(time(() => (ydoc = createGraphDoc(graph))));
  let store!: DocumentStore;
  buildSamples.push(time(() => (store = createDocumentStore({ ydoc }))));
  store.destroy();
  coldSamples.push(
    time(() => {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, encoded);
      createDocumentStore({ ydoc: doc }).destroy();
    }),
  );
}

// 2. MoveNodes of 500 nodes, undo, redo; a peer receiving the move.
const ydoc = createGraphDoc(graph);
const store = createDocumentStore({ ydoc, userId: 'bench' });
const peerDoc = new Y.Doc();
Y.applyUpdate(peerDoc, Y.encodeStateAsUpdate(ydoc));
const peer = createDocumentStore({ ydoc: peerDoc, userId: 'peer' });
const moved = graph.nodes.slice(0, MOVED).map((node) => node.id);
const move = (dx: number) => ({ kind: 'MoveNodes' as const, moves: moved.map((id) => ({ id, position: { x: 1_000 + dx, y: dx } })) });

const command: number[] = [];
const undo: number[] = [];
const redo: number[] = [];
const commandPlusUndo: number[] = [];
const remote: number[] = [];
const outbox: Uint8Array[] = [];
ydoc.on('update', (u: Uint8Array) => outbox.push(u));
const deliver = () => outbox.splice(0).forEach((u) => Y.applyUpdate(peerDoc, u));
for (let run = 0; run < RUNS + 5; run += 1) {
  const c = time(() => store.execute(move(run + 1)));
  const r = time(deliver);
  const u = time(() => store.undo());
  const d = time(() => store.redo());
  deliver();
  if (run < 5) continue; // warm-up
  command.push(c);
  undo.push(u);
  redo.push(d);
  commandPlusUndo.push(c + u);
  remote.push(r);
}
if (peer.store.getState().nodes['c0']?.position.x !== 1_000 + RUNS + 5) throw new Error('the peer did not follow');

// Structural change (re-derives the view over the whole graph) and a keystroke in a script.
const connect: number[] = [];
const keystroke: number[] = [];
for (let run = 0; run < RUNS + 5; run += 1) {
  const c = time(() => store.execute({ kind: 'Connect', source: 'c599', sourceHandle: 'character', target: `s${run}`, targetHandle: 'characters' }));
  store.undo();
  const k = time(() => store.execute({ kind: 'UpdateFields', id: 's7', fields: { scriptText: `INT. ROOM 7 - DAY\n\nAction.${'x'.repeat(run)}` } }));
  if (run < 5) continue;
  connect.push(c);
  keystroke.push(k);
}
deliver();

// 3. Bytes per drag gesture: committed once at drag end, as the canvas does.
const gesture = (count: number) => {
  const doc = createGraphDoc(graph);
  const user = createDocumentStore({ ydoc: doc });
  const ids = graph.nodes.slice(0, count).map((node) => node.id);
  const before = docBytes(doc);
  let message = 0;
  doc.on('update', (u: Uint8Array) => (message += u.byteLength));
  const samples: number[] = [];
  for (let i = 1; i <= 10; i += 1) {
    const start = docBytes(doc);
    user.execute({ kind: 'MoveNodes', moves: ids.map((id, k) => ({ id, position: { x: 50 * i + k, y: 30 * i } })) });
    samples.push(docBytes(doc) - start);
  }
  user.destroy();
  return { nodes: count, bytesPerGesture: (docBytes(doc) - before) / 10, messageBytesPerGesture: message / 10, maxBytesPerGesture: Math.max(...samples) };
};
const gestures = [gesture(1), gesture(20), gesture(MOVED)];

const results = {
  graph: { nodes: graph.nodes.length, edges: graph.edges.length, encodedBytes: encoded.byteLength },
  node: process.version,
  ms: {
    loadGraphDoc: stats(loadSamples),
    buildReadModel: stats(buildSamples),
    coldOpen: stats(coldSamples),
    moveNodes500: stats(command),
    undo500: stats(undo),
    redo500: stats(redo),
    moveNodesPlusUndo500: stats(commandPlusUndo),
    remoteApplyMove500: stats(remote),
    connect: stats(connect),
    keystrokeInScript: stats(keystroke),
  },
  dragGesture: gestures,
  targets: {
    moveNodesPlusUndo500MedianMs: 16,
    bytesPerGesture: 1_024,
  },
  // The byte target is for a drag a person makes (20 nodes); a 500-node move is ~22 B a node.
  verdict: {
    moveNodesPlusUndo500: stats(commandPlusUndo).median <= 16 ? 'pass' : 'FAIL',
    bytesPerTwentyNodeGesture: (gestures[1]?.bytesPerGesture ?? Infinity) <= 1_024 ? 'pass' : 'FAIL',
  },
};

const fmt = (n: number) => n.toFixed(2).padStart(8);
const heading = `@pc/document — ${results.graph.nodes} nodes, ${results.graph.edges} edges (${(encoded.byteLength / 1024).toFixed(0)} KiB encoded), ${RUNS} runs, ${process.version}`;
const lines = ['| measurement                         |   median |      p95 |      max |', '|-------------------------------------|---------:|---------:|---------:|'];
const rows: Array<[string, ReturnType<typeof stats>]> = [
  ['createGraphDoc (load 2k/3k)        ms', results.ms.loadGraphDoc],
  ['build read model (store)           ms', results.ms.buildReadModel],
  ['cold open (applyUpdate + store)    ms', results.ms.coldOpen],
  ['MoveNodes ×500                     ms', results.ms.moveNodes500],
  ['undo ×500                          ms', results.ms.undo500],
  ['redo ×500                          ms', results.ms.redo500],
  ['MoveNodes + undo ×500 (≤ 16)       ms', results.ms.moveNodesPlusUndo500],
  ['peer applies the move ×500         ms', results.ms.remoteApplyMove500],
  ['Connect (re-derives the view)      ms', results.ms.connect],
  ['UpdateFields, a keystroke          ms', results.ms.keystrokeInScript],
];
for (const [label, s] of rows) lines.push(`| ${label} | ${fmt(s.median)} | ${fmt(s.p95)} | ${fmt(s.max)} |`);
lines.push('', '| drag gesture (commit at drag end) | doc growth B/gesture | message B/gesture | B/node |', '|-----------------------------------|---------------------:|------------------:|-------:|');
for (const g of gestures) {
  const row = [`${g.nodes} node(s)`.padEnd(33), g.bytesPerGesture.toFixed(0).padStart(20), g.messageBytesPerGesture.toFixed(0).padStart(17), (g.bytesPerGesture / g.nodes).toFixed(1).padStart(6)];
  lines.push(`| ${row.join(' | ')} |`);
}
const verdict = `Targets: MoveNodes + undo ×500 median ≤ 16 ms: **${results.verdict.moveNodesPlusUndo500}**; ≤ 1 KiB per 20-node drag: **${results.verdict.bytesPerTwentyNodeGesture}**.`;
console.log(`\n${heading}\n\n${lines.join('\n')}\n\n${verdict}`);

// 4. The Document section of docs/benchmarks.md, replaced in place (appended the first time).
const docsPath = fileURLToPath(new URL('../../../docs/benchmarks.md', import.meta.url));
const section = [
  '<!-- document-bench:start -->',
  '## Document: commands, undo and bytes on a 2,000-node graph',
  '',
  `\`pnpm --filter @pc/document bench\` (packages/document/bench/document.bench.ts) — ${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, load average ${loadavg().map((n) => n.toFixed(2)).join(', ')} at the end.`,
  '',
  `${heading}. A drag is committed once, at drag end; "doc growth" is the encoded document's growth per gesture, "message" the update sent to peers.`,
  '',
  ...lines,
  '',
  verdict,
  '<!-- document-bench:end -->',
].join('\n');
const docs = readFileSync(docsPath, 'utf8');
const marked = /<!-- document-bench:start -->[\s\S]*?<!-- document-bench:end -->/;
writeFileSync(docsPath, marked.test(docs) ? docs.replace(marked, () => section) : `${docs.trimEnd()}\n\n${section}\n`);

const out = fileURLToPath(new URL('../../../bench/results/', import.meta.url));
mkdirSync(out, { recursive: true });
writeFileSync(`${out}document.json`, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nwrote ${out}document.json and the Document section of docs/benchmarks.md`);
store.destroy();
peer.destroy();
