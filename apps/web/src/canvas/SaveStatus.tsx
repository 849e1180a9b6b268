import { AlertTriangle, Check, CircleDot, GitMerge, Loader2 } from 'lucide-react';
import type { Persistence } from './persistence/types.js';
import { useSession } from './store/react.js';
import { selectSaveState } from './store/selectors.js';

const timeFormat = new Intl.DateTimeFormat('en', { hour: '2-digit', minute: '2-digit', second: '2-digit' });

/**
 * Where the document stands against the server. Every state is explicit, and the two
 * that need a person (error, conflict) carry their action.
 */
export const SaveStatus = ({ persistence }: { persistence: Persistence | null }) => {
  const save = useSession(selectSaveState);
  const savedAt = save.lastSavedAt ? `Saved at ${timeFormat.format(save.lastSavedAt)}` : 'Saved';
  switch (save.status) {
    case 'saved':
      return (
        <div className="save-status save-status--saved" data-testid="save-status" data-status="saved" role="status" title={savedAt}>
          <Check size={14} aria-hidden /> Saved
        </div>
      );
    case 'dirty':
      return (
        <div className="save-status save-status--dirty" data-testid="save-status" data-status="dirty" role="status">
          <CircleDot size={14} aria-hidden /> Unsaved changes
        </div>
      );
    case 'saving':
      return (
        <div className="save-status save-status--saving" data-testid="save-status" data-status="saving" role="status">
          <Loader2 size={14} className="spin" aria-hidden /> Saving…
        </div>
      );
    case 'error':
      return (
        <div className="save-status save-status--error" data-testid="save-status" data-status="error" role="alert" title={save.problem?.message}>
          <AlertTriangle size={14} aria-hidden />
          <span className="save-status__text">
            Error — <span className="save-status__detail">{save.problem?.message ?? 'the save failed'}</span>
          </span>
          <button type="button" className="button button--small" onClick={() => void persistence?.flush()}>
            Retry
          </button>
        </div>
      );
    case 'conflict':
      return (
        <div className="save-status save-status--conflict" data-testid="save-status" data-status="conflict" role="alert">
          <GitMerge size={14} aria-hidden />
          <span className="save-status__text">This graph changed elsewhere</span>
          <button
            type="button"
            className="button button--small"
            title="Discard your unsaved changes and load the latest version"
            onClick={() => void persistence?.reloadFromServer()}
          >
            Reload
          </button>
          <button
            type="button"
            className="button button--small button--ghost"
            title="Save your version over the other one"
            onClick={() => void persistence?.overwriteServer()}
          >
            Keep mine
          </button>
        </div>
      );
  }
};
