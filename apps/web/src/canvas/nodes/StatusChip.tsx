import { labelFor } from '../properties/vocabulary.js';

export const StatusChip = ({ status }: { status: string }) => (
  <span className={`status-chip status-chip--${status}`} data-status={status}>
    {labelFor('status', status)}
  </span>
);
