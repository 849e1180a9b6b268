import { toGraphDocument } from '@pc/document';
import { useEffect, useMemo, useRef, useState } from 'react';
import { api, ApiProblem } from '../../api/client.js';
import type { ImportReport } from '../../api/types.js';
import { readScreenplayFile } from '../../graphs/read-import-file.js';
import { SCREENPLAY_FILES } from '../../graphs/import-name.js';
import { FilePicker } from '../../ui/FilePicker.js';
import { plural } from '../../ui/format.js';
import { showToast } from '../../ui/toasts.js';
import { useCanvas, useSession } from '../store/react.js';
import { selectGraphMeta } from '../store/selectors.js';
import { previewReimport } from './reimport-preview.js';
import { ReimportPreviewList } from './ReimportPreviewList.js';
import { useModal } from '../../ui/use-modal.js';

const PREVIEW_DELAY_MS = 300;

/** The toast after the server applied a re-import: what it changed, by its own report. */
export const reimportedToast = (report: ImportReport) => {
  const { addedNodes, updatedNodes, flaggedScenes } = report.changes;
  if (addedNodes.length + updatedNodes.length === 0 && report.changes.addedEdges.length + report.changes.replacedEdges.length === 0) {
    return { tone: 'info' as const, title: 'Nothing changed: the graph already matches this draft' };
  }
  const parts = [`${plural(addedNodes.length, 'node')} added`, `${updatedNodes.length} updated`];
  if (flaggedScenes.length > 0) parts.push(`${plural(flaggedScenes.length, 'scene')} no longer in the script`);
  return { tone: 'success' as const, title: `Synced with the new draft: ${parts.join(', ')}` };
};

/** Puts back the snapshot taken before a re-import, unless the graph changed after it. */
const undoReimport = async (graphId: string, before: number, after: number) => {
  try {
    await api.restoreRevision(graphId, before, after);
    showToast({ tone: 'success', title: 'Re-import undone: the graph is as it was before' });
  } catch (error) {
    const changed = error instanceof ApiProblem && error.status === 412;
    showToast({
      tone: 'error',
      title: 'Could not undo the re-import',
      detail: changed ? `The graph changed after it; the state before it is kept as revision ${before}.` : error instanceof ApiProblem ? error.summary : String(error),
    });
  }
};

/**
 * Re-import a revised screenplay into the open graph: paste it or open its file, see what
 * would change (computed here by the same import the server runs), then apply it on the
 * server, which syncs every open canvas. Shots, notes, positions and wires stay; the toast's
 * Undo restores the snapshot taken just before.
 */
export const ReimportDialog = ({ open, title, onClose }: { open: boolean; title: string; onClose(): void }) => {
  const canvas = useCanvas();
  const graph = useSession(selectGraphMeta);
  const ref = useRef<HTMLDialogElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const [source, setSource] = useState('');
  const [busy, setBusy] = useState(false);
  // A 120-page draft takes ~0.1 s to preview: recompute once typing pauses, not per key.
  const [draft, setDraft] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setDraft(source), source === '' || draft === '' ? 0 : PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `draft` only picks the delay
  }, [source]);
  // The graph as this canvas has it now; the server syncs the same draft into its own copy.
  const preview = useMemo(() => (open && draft.trim() !== '' ? previewReimport(draft, toGraphDocument(canvas.doc.ydoc)) : null), [open, draft, canvas]);

  useModal(ref, open);

  const apply = async (title: string, format: 'fountain' | 'fdx') => {
    setBusy(true);
    try {
      // The way back: the graph as everyone sees it now, snapshotted before the sync.
      const before = await api.snapshotGraph(graph.id, `Before re-importing ${title ? `“${title}”` : 'the screenplay'}`);
      const result = await api.reimportScreenplay(graph.id, source, format);
      const undo = { label: 'Undo', run: () => void undoReimport(graph.id, before.revision, result.revision) };
      showToast({ ...reimportedToast(result.importReport), ...(result.revision !== before.revision ? { action: undo } : {}) });
      setSource('');
      onClose();
    } catch (error) {
      showToast({ tone: 'error', title: 'Could not re-import the screenplay', detail: error instanceof ApiProblem ? error.summary : String(error) });
    } finally {
      setBusy(false);
    }
  };

  // A text without a single heading is not a draft (a note, the wrong file): applying it would flag every scene.
  const nothingToDo = preview === null || preview.unchanged || preview.report.scenes === 0 || draft !== source;
  return (
    <dialog
      ref={ref}
      className="dialog dialog--wide"
      aria-labelledby="reimport-title"
      data-testid="reimport-dialog"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      {open && (
        <form
          method="dialog"
          className="dialog__body"
          onSubmit={(event) => {
            event.preventDefault();
            if (preview && !nothingToDo && !busy) void apply(preview.report.title, preview.format);
          }}
        >
          <h2 id="reimport-title" className="dialog__title">
            {title}
          </h2>
          <p className="dialog__content">
            Paste the new draft, or open its file (Fountain, Final Draft, PDF, Fade In, Highland or Word). Scenes, characters and locations follow the script; everything you added or filled in yourself stays.
          </p>
          <label htmlFor="reimport-source" className="new-graph-form__label">
            New draft (Fountain, Final Draft or PDF)
          </label>
          <textarea
            id="reimport-source"
            className="input textarea textarea--script reimport-dialog__source"
            rows={10}
            spellCheck={false}
            autoFocus
            placeholder={'Title: The Harbour\n\nEXT. HARBOUR - DAWN\n\nMARA watches the boats come in.'}
            value={source}
            onChange={(event) => setSource(event.target.value)}
            onKeyDown={(event) => {
              // Enter is a new line in a script; Ctrl/⌘+Enter applies the previewed draft.
              if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) {
                event.preventDefault();
                event.currentTarget.form?.requestSubmit();
              }
            }}
          />
          <div className="reimport-dialog__file">
            <button type="button" className="button button--ghost" onClick={() => fileRef.current?.click()}>
              Open a screenplay file…
            </button>
            <FilePicker
              inputRef={fileRef}
              accept={SCREENPLAY_FILES}
              label="Open the new draft from a file"
              testId="reimport-file"
              onFile={(file) =>
                // A PDF, Fade In, Highland or Word file is converted here (as the server would) so the preview shows what it changes.
                readScreenplayFile(file).then(setSource, (error: unknown) =>
                  showToast({ tone: 'error', title: `Could not open ${file.name}`, detail: error instanceof Error ? error.message : String(error) }),
                )
              }
            />
          </div>
          {preview && <ReimportPreviewList preview={preview} />}
          <div className="dialog__actions">
            <button type="button" className="button button--ghost" onClick={onClose}>
              Cancel
            </button>
            <button type="submit" className="button button--primary" disabled={busy || nothingToDo} data-testid="reimport-apply" title="Apply re-import (Ctrl/⌘+Enter)">
              {busy ? 'Re-importing…' : 'Apply re-import'}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
};
