import { memo } from 'react';
import { Handle, Position } from '@xyflow/react';
import type { PortDefinition } from '@pc/graph';

interface PortHandleProps {
  port: PortDefinition;
  direction: 'in' | 'out';
  count: number;
}

const describePort = (port: PortDefinition, direction: 'in' | 'out', count: number): string => {
  const parts = [`${port.label} — ${port.dataType}`];
  if (direction === 'in') {
    parts.push(port.multiple ? 'accepts many' : 'accepts one');
    if (port.required) parts.push('required');
  }
  if (count > 0) parts.push(`${count} connected`);
  return `${parts.join(' · ')}${port.description ? `\n${port.description}` : ''}`;
};

/**
 * A typed port: the handle's colour is its data type, its shape says one (circle) or
 * many (bar), and a required input left empty is drawn hollow with a red ring.
 */
export const PortHandle = memo(({ port, direction, count }: PortHandleProps) => {
  const isInput = direction === 'in';
  const shape = isInput && port.multiple ? 'many' : 'one';
  const missing = isInput && port.required && count === 0;
  return (
    <div className={`port port--${direction}${missing ? ' port--missing' : ''}`} title={describePort(port, direction, count)}>
      <Handle
        type={isInput ? 'target' : 'source'}
        position={isInput ? Position.Left : Position.Right}
        id={port.name}
        className={`port-handle port-handle--${shape}${count > 0 ? ' port-handle--connected' : ''}`}
        data-datatype={port.dataType}
      />
      <span className="port__label">
        {port.label}
        {isInput && port.required && (
          <span className="port__required" aria-hidden>
            *
          </span>
        )}
      </span>
      {shape === 'many' && count > 0 && <span className="port__count">{count}</span>}
    </div>
  );
});
PortHandle.displayName = 'PortHandle';
