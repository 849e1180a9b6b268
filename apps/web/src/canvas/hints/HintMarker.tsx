import { ShieldAlert } from 'lucide-react';
import { Explained } from '../../ui/Explained.js';
import type { HintsState, NodeHint } from './hints-store.js';
import { useHints } from './use-hints.js';

const selectors = new Map<string, (state: HintsState) => NodeHint | undefined>();
const selectNodeHint = (id: string) => {
  let selector = selectors.get(id);
  if (!selector) {
    selector = (state) => state.byNode[id];
    selectors.set(id, selector);
  }
  return selector;
};

/**
 * The continuity marker on a node card: its worst finding's colour and the count, with the
 * messages in its bubble on hover, focus or a tap. A quiet hint ("no shots yet") shows on the selected card only.
 * Subscribes to this node's hint only.
 */
export const HintMarker = ({ nodeId, selected }: { nodeId: string; selected: boolean }) => {
  const hint = useHints(selectNodeHint(nodeId));
  if (!hint || (hint.quiet && !selected)) return null;
  const label = `${hint.messages.length} continuity ${hint.messages.length === 1 ? 'note' : 'notes'}`;
  const lines = hint.messages.map((message, i) => (
    <span key={i} className="issue-badge__line">
      {message}
    </span>
  ));
  return (
    <Explained explanation={lines} side="above" align="end" bubbleClassName="issue-badge__tooltip">
      {(trigger) => (
        <span className={`hint-marker hint-marker--${hint.severity}`} tabIndex={0} aria-label={label} data-testid="hint-marker" data-severity={hint.severity} {...trigger}>
          <ShieldAlert size={12} aria-hidden />
          {hint.messages.length}
        </span>
      )}
    </Explained>
  );
};
