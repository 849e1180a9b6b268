import { useState } from 'react';
import { Check, Copy, Database, ExternalLink } from 'lucide-react';
import type { ArtifactRef, RunNodeOutputs } from '../../api/types.js';
import { useRuns } from '../store/react.js';
import { readCharacterOutputs, readSceneOutputs, readShotOutputs, sceneLengthLine, viewLabel } from './outputs.js';
import { formatRunTime } from '../../ui/format.js';
import { formatDuration } from './progress.js';
import type { RunNodeState } from './run-reducer.js';
import { selectNodeRun, selectViewing } from './run-store.js';
import { nodeStatusLabel } from './status-meta.js';

const formatBytes = (bytes: number) => (bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

/** A block of text to read and copy whole (prompts). */
const CopyableText = ({ label, text, testId }: { label: string; text: string; testId?: string }) => {
  const [copied, setCopied] = useState(false);
  const copy = () => {
    void navigator.clipboard
      ?.writeText(text)
      .then(() => {
        setCopied(true);
        setTimeout(() => setCopied(false), 1_500);
      })
      .catch(() => undefined);
  };
  return (
    <div className="run-results__text">
      <div className="run-results__text-head">
        <span className="run-results__label">{label}</span>
        <button type="button" className="icon-button icon-button--small" aria-label={`Copy ${label.toLowerCase()}`} title={`Copy ${label.toLowerCase()}`} onClick={copy}>
          {copied ? <Check size={13} /> : <Copy size={13} />}
        </button>
      </div>
      <pre className="run-results__pre" data-testid={testId}>
        {text || '—'}
      </pre>
    </div>
  );
};

const ArtifactLinks = ({ artifacts }: { artifacts: RunNodeOutputs['artifacts'] }) => {
  const entries = Object.entries(artifacts).sort(([a], [b]) => a.localeCompare(b));
  if (entries.length === 0) return null;
  return (
    <div className="run-results__block">
      <span className="run-results__label">Files</span>
      <ul className="run-results__artifacts">
        {entries.map(([name, ref]) => (
          <li key={name}>
            <a href={ref.url} target="_blank" rel="noreferrer" title={`${ref.mediaType} · sha256 ${ref.hash}`}>
              <ExternalLink size={12} aria-hidden /> {name}
            </a>
            <span className="muted">{formatBytes(ref.bytes)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
};

type PictureState = 'loading' | 'loaded' | 'failed';

const pictureNotes: Record<PictureState, string | null> = { loading: 'Loading the picture…', loaded: null, failed: 'The picture did not load: open it full size' };

/**
 * A run's picture, saying so while it loads or when it failed: on a phone the empty dark box
 * before the PNG arrived read as a black storyboard frame. Keyed by its URL where used, so
 * another run's picture starts loading afresh.
 */
const Picture = ({ artifact, alt, aspect, testId }: { artifact: ArtifactRef; alt: string; aspect: string; testId?: string }) => {
  const [state, setState] = useState<PictureState>('loading');
  const note = pictureNotes[state];
  return (
    <a className={`run-results__picture is-${state}`} href={artifact.url} target="_blank" rel="noreferrer" title="Open full size">
      <img
        src={artifact.url}
        alt={alt}
        loading="lazy"
        decoding="async"
        style={{ aspectRatio: aspect }}
        data-testid={testId}
        data-state={state}
        onLoad={() => setState('loaded')}
        onError={() => setState('failed')}
      />
      {note && <span className="run-results__picture-note">{note}</span>}
    </a>
  );
};

const Facts = ({ facts }: { facts: [string, string | number | null][] }) => (
  <dl className="run-results__facts">
    {facts
      .filter(([, value]) => value !== null && value !== '')
      .map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
  </dl>
);

const ShotResults = ({ outputs }: { outputs: RunNodeOutputs }) => {
  const shot = readShotOutputs(outputs);
  if (!shot) return null;
  const { prompt, frame, frameArtifact } = shot;
  return (
    <>
      {frameArtifact && <Picture key={frameArtifact.url} artifact={frameArtifact} alt={frame?.caption ?? 'Storyboard frame'} aspect={frame ? `${frame.width} / ${frame.height}` : '1024 / 538'} testId="run-results-frame" />}
      {frame?.caption && <p className="run-results__caption">{frame.caption}</p>}
      {prompt && (
        <>
          <CopyableText label="Prompt" text={prompt.positive} testId="run-results-prompt" />
          <CopyableText label="Negative" text={prompt.negative} />
          <Facts
            facts={[
              ['Seed', prompt.seed],
              ['Size', prompt.width && prompt.height ? `${prompt.width} × ${prompt.height}` : null],
              ['Duration', frame?.durationS != null ? `${frame.durationS} s` : null],
              ['References', prompt.references.map((ref) => ref.name).join(', ') || null],
            ]}
          />
        </>
      )}
    </>
  );
};

const flagLabel = (flag: string) => flag.replace(/_/g, ' ');

const SceneResults = ({ outputs }: { outputs: RunNodeOutputs }) => {
  const scene = readSceneOutputs(outputs);
  if (!scene) return null;
  return (
    <>
      {scene.heading && <p className="run-results__heading">{scene.heading}</p>}
      {scene.synopsis && <p className="run-results__synopsis">{scene.synopsis}</p>}
      <Facts
        facts={[
          ['Length', sceneLengthLine(scene)],
          ['Eighths', scene.eighths],
          ['Duration', scene.duration],
        ]}
      />
      {scene.cast.length > 0 && (
        <div className="run-results__block">
          <span className="run-results__label">Cast</span>
          <ul className="run-results__cast">
            {scene.cast.map((member) => (
              <li key={member.name}>
                <strong>{member.name}</strong>
                <span className="muted">{member.speaks ? `${member.lineCount} line${member.lineCount === 1 ? '' : 's'}` : 'no lines'}</span>
                {member.voiceOnly && <span className="badge run-results__flag">voice only</span>}
                {member.flags.map((flag) => (
                  <span key={flag} className="badge badge--warning run-results__flag">
                    {flagLabel(flag)}
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </div>
      )}
      {scene.extras.length > 0 && (
        <div className="run-results__block">
          <span className="run-results__label">Extras / atmosphere</span>
          <ul className="run-results__cast">
            {scene.extras.map((extra) => (
              <li key={extra.name}>
                <strong>{extra.name}</strong>
                {extra.count !== null && <span className="muted">× {extra.count}</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
      {scene.dialogue.length > 0 && (
        <div className="run-results__block">
          <span className="run-results__label">Dialogue</span>
          <ol className="run-results__dialogue">
            {scene.dialogue.map((line, i) => (
              <li key={i}>
                <span className="run-results__speaker">
                  {line.speaker}
                  {line.extensions.length > 0 && ` (${line.extensions.join(', ')})`}
                </span>
                {line.parenthetical && <span className="run-results__paren">({line.parenthetical})</span>}
                <span>{line.text}</span>
              </li>
            ))}
          </ol>
        </div>
      )}
    </>
  );
};

const CharacterResults = ({ outputs }: { outputs: RunNodeOutputs }) => {
  const character = readCharacterOutputs(outputs);
  if (!character) return null;
  return (
    <>
      {character.turnaround && <Picture key={character.turnaround.url} artifact={character.turnaround} alt={`${character.name ?? 'Character'} turnaround`} aspect="16 / 7" testId="run-results-turnaround" />}
      {character.identityBlock ? (
        <CopyableText label="Identity block" text={character.identityBlock} />
      ) : (
        <p className="muted panel-note" data-testid="run-results-no-appearance">
          No appearance yet: fill in Appearance below for a stronger identity block.
        </p>
      )}
      {character.views.map((view) => (
        <details key={view.view} className="run-results__view">
          <summary>
            {viewLabel(view.view)} <span className="muted">seed {view.seed ?? '—'}</span>
          </summary>
          <CopyableText label="Prompt" text={view.positive} />
          <CopyableText label="Negative" text={view.negative} />
        </details>
      ))}
    </>
  );
};

const StatusLine = ({ node }: { node: RunNodeState }) => {
  const took = formatDuration(node.startedAt, node.finishedAt);
  return (
    <p className={`run-results__status run-results__status--${node.status}`}>
      <span className={`run-results__status-dot`} aria-hidden />
      {nodeStatusLabel[node.status]}
      {node.status === 'cached' && (
        <span className="run-results__cached" title="Same inputs as an earlier run: its output was reused, nothing ran">
          <Database size={11} aria-hidden /> from cache
        </span>
      )}
      {took && node.status !== 'cached' && <span className="muted"> · {took}</span>}
      {node.attempts > 1 && <span className="muted"> · {node.attempts} attempts</span>}
    </p>
  );
};

const Outputs = ({ type, outputs }: { type: string; outputs: RunNodeOutputs }) => (
  <>
    {type === 'shot' && <ShotResults outputs={outputs} />}
    {type === 'scene' && <SceneResults outputs={outputs} />}
    {type === 'character' && <CharacterResults outputs={outputs} />}
    <ArtifactLinks artifacts={outputs.artifacts} />
  </>
);

/**
 * The properties panel's Results: everything the node produced in the run shown, in full; for
 * a node whose latest result failed, why, then its last good output, said to be from that earlier run.
 */
export const RunResults = ({ nodeId, type }: { nodeId: string; type: string }) => {
  const node = useRuns(selectNodeRun(nodeId));
  const viewing = useRuns(selectViewing);
  if (!node) return null;
  return (
    <details className="form-group run-results" open data-testid="run-results">
      <summary className="form-group__title">Results{viewing ? ' (past run)' : ''}</summary>
      <div className="run-results__body">
        <StatusLine node={node} />
        {node.error && (
          <p className="run-results__error" role="alert">
            {node.error.message} <code>{node.error.code}</code>
          </p>
        )}
        {node.outputs && <Outputs type={type} outputs={node.outputs} />}
        {!node.outputs && node.earlier && (
          <div className="run-results__earlier" data-testid="run-results-earlier">
            <p className="run-results__earlier-label">Last good output, from the run of {formatRunTime(node.earlier.runCreatedAt)}:</p>
            <Outputs type={type} outputs={node.earlier.outputs} />
          </div>
        )}
      </div>
    </details>
  );
};
