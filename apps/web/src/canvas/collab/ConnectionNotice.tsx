import { CloudOff, Lock } from 'lucide-react';
import { useShallow } from 'zustand/react/shallow';
import { followLink } from '../../app/router.js';
import { describeConnection, isLockedOut, type ConnectionState } from './connection-state.js';
import { useConnection } from './context.js';

const selectNotice = (state: ConnectionState) => {
  const { status, detail } = describeConnection(state);
  return { status, detail, lockedOut: isLockedOut(state) };
};

/**
 * A banner over the canvas when what the page shows is not the live graph you may edit:
 * the server took it away (access lost, graph deleted: the canvas is read-only from then
 * on), or it cannot be reached and this device's copy is shown meanwhile.
 */
export const ConnectionNotice = () => {
  const { status, detail, lockedOut } = useConnection(useShallow(selectNotice));
  if (!lockedOut && status !== 'unreachable') return null;
  const Icon = lockedOut ? Lock : CloudOff;
  return (
    <div className={`connection-notice connection-notice--${lockedOut ? 'error' : 'warning'}`} role={lockedOut ? 'alert' : 'status'} data-testid="connection-notice" data-status={status}>
      <Icon size={16} aria-hidden />
      <span>{detail}</span>
      {lockedOut && (
        <a className="button button--ghost" href="/" onClick={followLink}>
          Back to graphs
        </a>
      )}
    </div>
  );
};
