import { createRoot } from 'react-dom/client';
import { ReactFlow, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';

/*
 * The baseline: plain React Flow with default nodes and edges, no store, no custom
 * components, rendering the bench graph (graph.json beside this page) in a pane the size
 * of the product's, with the product's zoom limits and fit-view options.
 */

interface BenchGraph {
  nodes: Array<{ id: string; position: { x: number; y: number }; label: string }>;
  edges: Array<{ id: string; source: string; target: string }>;
}

const params = new URLSearchParams(location.search);
const width = Number(params.get('w') ?? 900);
const height = Number(params.get('h') ?? 800);
// Default nodes sized like the product's cards (264 px wide, about 180 px tall).
const nodeStyle = { width: 264, height: 180 };
const fitViewOptions = { padding: 0.15, maxZoom: 1 };

const graph = (await (await fetch('./graph.json')).json()) as BenchGraph;
const nodes: Node[] = graph.nodes.map((node) => ({ id: node.id, position: node.position, data: { label: node.label }, style: nodeStyle }));
const edges: Edge[] = graph.edges;

createRoot(document.getElementById('root')!).render(
  <div style={{ width, height }}>
    <ReactFlow defaultNodes={nodes} defaultEdges={edges} colorMode="dark" fitView fitViewOptions={fitViewOptions} minZoom={0.1} maxZoom={2} />
  </div>,
);
