import { getBezierPath, type ConnectionLineComponentProps } from '@xyflow/react';
import { getInputPort, getOutputPort } from '@pc/graph';
import { portColor } from './port-colors.js';
import type { FlowNode } from './flow-nodes.js';

/** The wire being dragged, in its data type's colour; red and dashed over a refused port. */
export const ConnectionLine = ({ fromX, fromY, toX, toY, fromPosition, toPosition, fromNode, fromHandle, connectionStatus }: ConnectionLineComponentProps<FlowNode>) => {
  const port = fromHandle.type === 'source' ? getOutputPort(fromNode.type ?? '', fromHandle.id ?? '') : getInputPort(fromNode.type ?? '', fromHandle.id ?? '');
  const [path] = getBezierPath({ sourceX: fromX, sourceY: fromY, sourcePosition: fromPosition, targetX: toX, targetY: toY, targetPosition: toPosition });
  const invalid = connectionStatus === 'invalid';
  return (
    <g className={`connection-line${invalid ? ' connection-line--invalid' : ''}`}>
      <path d={path} fill="none" stroke={invalid ? '#f87171' : portColor(port?.dataType)} strokeWidth={2} strokeDasharray={invalid ? '6 4' : undefined} />
      <circle cx={toX} cy={toY} r={3.5} fill={invalid ? '#f87171' : portColor(port?.dataType)} />
    </g>
  );
};
