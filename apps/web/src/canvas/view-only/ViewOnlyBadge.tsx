import { Explained } from '../../ui/Explained.js';
import { viewerBadgeExplanation } from './viewer-copy.js';

/**
 * The toolbar's "View only": a button so it can be focused and tapped, saying what a viewer
 * can and cannot do here (as a hover-only title it explained nothing to a keyboard or a phone).
 */
export const ViewOnlyBadge = ({ explanation = viewerBadgeExplanation }: { explanation?: string }) => (
  <Explained explanation={explanation} className="view-only-badge">
    {(trigger) => (
      <button type="button" className="badge badge--warning view-only-badge__button" data-testid="view-only" {...trigger}>
        View only
      </button>
    )}
  </Explained>
);
