import { useReactFlow } from '@xyflow/react';
import { ChevronDown, ChevronUp, CircleAlert, Info, ShieldAlert, TriangleAlert } from 'lucide-react';
import type { ContinuityFinding, ContinuitySeverity } from '@pc/graph';
import { useCanvas } from '../store/react.js';
import { getHintsStore, QUIET_CODES, type HintsState } from './hints-store.js';
import { useContinuityHints, useHints } from './use-hints.js';
import './hints.css';

const icons: Record<ContinuitySeverity, typeof Info> = { error: CircleAlert, warning: TriangleAlert, info: Info };
const selectFindings = (state: HintsState) => state.findings;
const selectOpen = (state: HintsState) => state.open;

const count = (findings: readonly ContinuityFinding[], severity: ContinuitySeverity) => findings.filter((finding) => finding.severity === severity).length;

/**
 * Live continuity and coverage hints: the checks of packages/graph on the whole canvas,
 * recomputed shortly after the graph changes. Clicking a finding selects its nodes and
 * centres the view on them.
 */
export const HintsPanel = () => {
  useContinuityHints();
  const canvas = useCanvas();
  const { fitView } = useReactFlow();
  const findings = useHints(selectFindings);
  const open = useHints(selectOpen);
  const errors = count(findings, 'error');
  const warnings = count(findings, 'warning');

  const focus = (finding: ContinuityFinding) => {
    // A folded line ("50 scenes have no shots yet") goes to the first of them: one to work on.
    const nodeIds = QUIET_CODES.has(finding.code) ? finding.nodeIds.slice(0, 1) : finding.nodeIds;
    canvas.doc.select(nodeIds);
    void fitView({ nodes: nodeIds.map((id) => ({ id })), duration: 300, padding: 0.4, maxZoom: 1 });
  };

  return (
    <section className={`hints-panel${open ? ' is-open' : ''}`} aria-label="Continuity hints" data-testid="hints-panel">
      <button
        type="button"
        className="hints-panel__toggle"
        aria-expanded={open}
        data-testid="hints-toggle"
        // Beside the Graph panel's "Problems 0" a bare "Continuity 1" read as a contradiction:
        // hints are advice on coverage and cutting, problems are the graph's rules broken.
        aria-label={`Continuity hints: ${findings.length} (advice, not problems)`}
        title="Continuity hints: advice on coverage and cutting (a scene with no shots, a jump cut…). The graph's rules broken are its Problems, in the Graph panel."
        onClick={() => getHintsStore(canvas).setState({ open: !open })}
      >
        <ShieldAlert size={14} aria-hidden />
        <span>Continuity hints</span>
        <span className={`hints-panel__count${errors > 0 ? ' is-error' : warnings > 0 ? ' is-warning' : ''}`} data-testid="hints-count">
          {findings.length}
        </span>
        {open ? <ChevronDown size={14} aria-hidden /> : <ChevronUp size={14} aria-hidden />}
      </button>
      {open && (
        <ol className="hints-panel__list">
          {findings.length === 0 && <li className="hints-panel__empty">Nothing to flag: every scene is covered and cut cleanly.</li>}
          {findings.map((finding, i) => {
            const Icon = icons[finding.severity];
            return (
              <li key={`${finding.code}:${finding.nodeIds.join(',')}:${i}`}>
                <button type="button" className={`hint hint--${finding.severity}`} data-testid="hint" data-code={finding.code} onClick={() => focus(finding)}>
                  <Icon size={13} aria-hidden className="hint__icon" />
                  <span className="hint__message">{finding.message}</span>
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
};
