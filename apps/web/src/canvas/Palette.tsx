import { useReactFlow } from '@xyflow/react';
import { describeNodeCatalogue } from '@pc/graph';
import { nodeIcon } from './nodes/node-icons.js';
import { findFreeSpot, nodeRect, NODE_TYPE_MIME } from './placement.js';
import { announce } from '../ui/announcer.js';
import { useCanvas } from './store/react.js';
import { useLandingArea } from './use-landing-area.js';

const catalogue = describeNodeCatalogue();

/**
 * The node palette: drag a type onto the canvas, or click to add it at the centre of what is in
 * view (clear of the canvas's edges, a tablet's sheet and the minimap: use-landing-area.ts).
 */
export const Palette = () => {
  const canvas = useCanvas();
  const { getNodes } = useReactFlow();
  const landing = useLandingArea();

  const addAtCentre = (type: string, label: string) => {
    // React Flow's nodes, not the document's: they carry live positions and measured sizes.
    const result = canvas.execute({ kind: 'AddNodes', nodes: [{ type, position: findFreeSpot(getNodes().map(nodeRect), landing.area()) }] });
    // Pressed from the keyboard the focus stays on the palette: say what appeared on the canvas.
    if (result.ok) announce(`${label} added to the canvas`);
  };

  return (
    <nav className="palette" aria-label="Node palette">
      <h2 className="panel-heading">Nodes</h2>
      <ul className="palette__list">
        {catalogue.map((type) => {
          const Icon = nodeIcon(type.type);
          return (
            <li key={type.type}>
              <button
                type="button"
                className={`palette-item palette-item--${type.type}`}
                data-testid={`palette-${type.type}`}
                draggable
                onDragStart={(event) => {
                  event.dataTransfer.setData(NODE_TYPE_MIME, type.type);
                  event.dataTransfer.setData('text/plain', type.label);
                  event.dataTransfer.effectAllowed = 'copy';
                }}
                onClick={() => addAtCentre(type.type, type.label)}
                // The card shows two lines of the description: the whole of it is here, on hover.
                title={`${type.description}\nClick to add it at the centre, or drag it onto the canvas.`}
              >
                <span className="palette-item__icon" aria-hidden>
                  <Icon size={16} />
                </span>
                <span className="palette-item__text">
                  <span className="palette-item__label">{type.label}</span>
                  <span className="palette-item__description">{type.description}</span>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      <div className="palette__legend" aria-label="Port types">
        <h2 className="panel-heading">Wires</h2>
        <ul>
          {(['CharacterRef', 'SceneRef', 'ShotRef', 'CompiledPrompt', 'ImageAsset'] as const).map((dataType) => (
            <li key={dataType} className="legend-item">
              <span className="legend-item__swatch" data-datatype={dataType} aria-hidden />
              {dataType}
            </li>
          ))}
        </ul>
        <p className="palette__hint">
          <span className="legend-shape legend-shape--one" aria-hidden /> one &nbsp;
          <span className="legend-shape legend-shape--many" aria-hidden /> many &nbsp;
          <span className="port__required">*</span> required
        </p>
      </div>
    </nav>
  );
};
