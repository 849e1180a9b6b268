import { AlertTriangle, Check, CloudOff, Eye, Loader2, Lock, LogIn } from 'lucide-react';
import { useShallow } from 'zustand/react/shallow';
import { describeConnection, type ConnectionState, type ConnectionStatus as Status } from './connection-state.js';
import { useConnection } from './context.js';

const icons: Record<Status, typeof Check> = {
  connecting: Loader2,
  unreachable: CloudOff,
  connected: Check,
  'read-only': Eye,
  reconnecting: Loader2,
  offline: CloudOff,
  'signed-out': LogIn,
  'no-access': Lock,
  deleted: AlertTriangle,
  reopening: Loader2,
  refused: AlertTriangle,
};

// The description is a few strings: shallow equality keeps the toolbar from re-rendering per edit.
const selectDescription = (state: ConnectionState) => describeConnection(state);

/**
 * Where the live document stands: connected (and whether the server has every local
 * edit), connecting or reconnecting, offline with edits kept on this device, read-only,
 * or closed by the server for good (signed out, no access, deleted).
 */
export const ConnectionStatus = () => {
  const { status, label, detail, tone, inSync } = useConnection(useShallow(selectDescription));
  const Icon = icons[status];
  const spinning = status === 'connecting' || status === 'reconnecting' || status === 'reopening' || (status === 'connected' && !inSync);
  return (
    <div
      className={`connection-status connection-status--${tone}`}
      data-testid="connection-status"
      data-status={status}
      data-in-sync={inSync ? 'true' : 'false'}
      role={tone === 'error' ? 'alert' : 'status'}
      title={detail}
    >
      <Icon size={14} className={spinning ? 'spin' : undefined} aria-hidden />
      <span className="connection-status__label">{label}</span>
      {(status === 'offline' || status === 'unreachable') && <span className="connection-status__detail">changes kept on this device</span>}
    </div>
  );
};
