import { useEffect, useRef, useState } from 'react';
import { FileUp, Plus, RefreshCw, ScrollText, Workflow } from 'lucide-react';
import { api, ApiProblem } from '../api/client.js';
import type { GraphRecord, GraphSummary, ImportReport } from '../api/types.js';
import { graphPath, navigate } from '../app/router.js';
import { ConfirmDialog } from '../ui/ConfirmDialog.js';
import { plural } from '../ui/format.js';
import { showToast } from '../ui/toasts.js';
import { AppHeader } from '../app/AppHeader.js';
import { currentWorkspace, useSession } from '../auth/session.js';
import { OtherWorkspaces } from './OtherWorkspaces.js';
import { GraphRow } from './GraphRow.js';
import { IMPORT_ACCEPT, importFormatOf, importName, nameFromFile } from './import-name.js';
import { binaryScreenplayFormatOf, binaryScreenplayToFountain, fileBase64 } from './screenplay-binary-file.js';
import { NewGraphForm } from './NewGraphForm.js';
import { readImportFile } from './read-import-file.js';
import { FilePicker } from '../ui/FilePicker.js';
import { useFileDrop } from '../ui/use-file-drop.js';
import { ScreenplayForm, type ScreenplayFormat } from './ScreenplayForm.js';
import { whyNotScreenplay } from './screenplay-check.js';
import { useGraphList } from './use-graph-list.js';

const problemText = (error: unknown) => (error instanceof ApiProblem ? error.summary : error instanceof Error ? error.message : String(error));

/** The toast after an import: what a screenplay gave, and its first warning. */
const importedToast = (graph: { name: string; importReport?: ImportReport | undefined }) => {
  const report = graph.importReport;
  if (!report) return { tone: 'success' as const, title: `Imported “${graph.name}”` };
  const found = `${plural(report.scenes, 'scene')}, ${plural(report.characters, 'character')}, ${plural(report.locations, 'location')}${report.shots > 0 ? `, ${plural(report.shots, 'shot')}` : ''}`;
  const [first, ...rest] = report.warnings;
  const detail = first ? `${first.message}${rest.length > 0 ? ` (and ${plural(rest.length, 'more warning')})` : ''}` : undefined;
  return { tone: 'success' as const, title: `Imported “${graph.name}”: ${found}`, ...(detail ? { detail } : {}) };
};

const toSummary = (graph: GraphRecord): GraphSummary => ({
  id: graph.id,
  name: graph.name,
  workspaceId: graph.workspaceId,
  revision: graph.revision,
  nodeCount: graph.document.nodes.length,
  edgeCount: graph.document.edges.length,
  createdAt: graph.createdAt,
  updatedAt: graph.updatedAt,
});

export const GraphListPage = () => {
  const session = useSession();
  const workspace = currentWorkspace(session);
  const canWrite = workspace?.role === 'owner' || workspace?.role === 'editor';
  const { state, reload, loadMore, update } = useGraphList(workspace?.id);
  const [creating, setCreating] = useState<'closed' | 'open' | 'busy'>('closed');
  const [pasting, setPasting] = useState<'closed' | 'open' | 'busy'>('closed');
  const [doomed, setDoomed] = useState<GraphSummary | null>(null);
  const [deleting, setDeleting] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    document.title = 'Graphs · Production Canvas';
  }, []);

  const create = async (name: string) => {
    setCreating('busy');
    try {
      const graph = await api.createGraph({ name, workspaceId: workspace?.id });
      navigate(graphPath(graph.id));
    } catch (error) {
      setCreating('open');
      showToast({ tone: 'error', title: 'Could not create the graph', detail: problemText(error) });
    }
  };

  const rename = async (graph: GraphSummary, name: string) => {
    update((graphs) => graphs.map((g) => (g.id === graph.id ? { ...g, name } : g)));
    try {
      await api.renameGraph(graph.id, name);
    } catch (error) {
      update((graphs) => graphs.map((g) => (g.id === graph.id ? { ...g, name: graph.name } : g)));
      showToast({ tone: 'error', title: 'Could not rename the graph', detail: problemText(error) });
      throw error;
    }
  };

  const confirmDelete = async () => {
    if (!doomed) return;
    setDeleting(true);
    try {
      await api.deleteGraph(doomed.id);
      update((graphs) => graphs.filter((g) => g.id !== doomed.id));
      showToast({ tone: 'success', title: `Deleted “${doomed.name}”` });
      setDoomed(null);
    } catch (error) {
      showToast({ tone: 'error', title: 'Could not delete the graph', detail: problemText(error) });
    } finally {
      setDeleting(false);
    }
  };

  const importFile = async (file: File) => {
    try {
      const binaryFormat = await binaryScreenplayFormatOf(file);
      if (binaryFormat) {
        // Read here first: a scan, a locked or broken file is told at once, and the title page names the graph.
        const { titled } = await binaryScreenplayToFountain(file, binaryFormat);
        const graph = await api.importGraph({ format: binaryFormat, source: await fileBase64(file), name: titled ? undefined : nameFromFile(file.name), workspaceId: workspace?.id });
        update((graphs) => [toSummary(graph), ...graphs]);
        showToast(importedToast(graph));
        return;
      }
      const source = await readImportFile(file);
      const format = importFormatOf(file.name, source);
      const notScreenplay = format === 'fountain' ? whyNotScreenplay(source, file.name) : null;
      if (notScreenplay !== null) throw new Error(notScreenplay);
      const graph = await api.importGraph({ format, source, name: importName(file.name, format, source), workspaceId: workspace?.id });
      update((graphs) => [toSummary(graph), ...graphs]);
      showToast(importedToast(graph));
    } catch (error) {
      showToast({ tone: 'error', title: `Could not import ${file.name}`, detail: problemText(error) });
    }
  };

  const importPasted = async (source: string, format: ScreenplayFormat, fileName?: string) => {
    setPasting('busy');
    try {
      const name = fileName === undefined ? undefined : importName(fileName, format, source);
      const graph = await api.importGraph({ format, source, name, workspaceId: workspace?.id });
      showToast(importedToast(graph));
      navigate(graphPath(graph.id));
    } catch (error) {
      setPasting('open');
      showToast({ tone: 'error', title: 'Could not import the screenplay', detail: problemText(error) });
    }
  };

  // A screenplay dropped anywhere on the page imports as Import file does (the paste form's
  // text box keeps its own drop: there the file fills the box).
  const { dropping, dropProps } = useFileDrop(canWrite ? (file) => void importFile(file) : null);

  return (
    <div className="list-page" {...dropProps}>
      <AppHeader />
      {dropping && (
        <div className="list-page__drop" data-testid="graph-list-drop" aria-hidden>
          <FileUp size={28} aria-hidden />
          <strong>Drop to import</strong>
          <span>A screenplay (Fountain, Final Draft) or a GraphJSON export</span>
        </div>
      )}
      <main className="list-page__main">
        <div className="list-page__heading">
          <div>
            <h1>Graphs</h1>
            <p className="muted">
              {workspace ? `In “${workspace.name}”. ` : ''}
              {canWrite ? 'Characters, scenes and shots, wired into one pre-production graph.' : 'You are a viewer here: you can open graphs but not change them.'}
            </p>
          </div>
          {canWrite && <div className="list-page__actions">
            <FilePicker
              inputRef={fileRef}
              accept={IMPORT_ACCEPT}
              label="Import a GraphJSON file or a screenplay file (Fountain, Final Draft, PDF, Fade In, Highland, Word)"
              testId="import-file"
              onFile={(file) => void importFile(file)}
            />
            <button
              type="button"
              className="button button--ghost"
              title="A GraphJSON export (.json) or a screenplay: Fountain (.fountain), Final Draft (.fdx), PDF (.pdf), Fade In (.fadein, .osf), Highland (.highland) or Word (.docx)"
              onClick={() => fileRef.current?.click()}
            >
              <FileUp size={15} aria-hidden /> Import file
            </button>
            <button type="button" className="button button--ghost" data-testid="paste-screenplay" onClick={() => setPasting('open')}>
              <ScrollText size={15} aria-hidden /> Paste screenplay
            </button>
            <button type="button" className="button button--primary" data-testid="new-graph" onClick={() => setCreating('open')}>
              <Plus size={15} aria-hidden /> New graph
            </button>
          </div>}
        </div>

        {creating !== 'closed' && <NewGraphForm busy={creating === 'busy'} onCreate={(name) => void create(name)} onCancel={() => setCreating('closed')} />}
        {pasting !== 'closed' && (
          <ScreenplayForm busy={pasting === 'busy'} onImport={(source, format, fileName) => void importPasted(source, format, fileName)} onCancel={() => setPasting('closed')} />
        )}

        {state.status === 'loading' && (
          <ul className="graph-list graph-list--loading" aria-busy="true" aria-label="Loading graphs">
            {[0, 1, 2].map((i) => (
              <li key={i} className="graph-row graph-row--skeleton" />
            ))}
          </ul>
        )}

        {state.status === 'error' && (
          <div className="list-state list-state--error" role="alert">
            <strong>Could not load your graphs.</strong>
            <span>{state.problem.summary}</span>
            <button type="button" className="button button--ghost" onClick={reload}>
              <RefreshCw size={14} aria-hidden /> Try again
            </button>
          </div>
        )}

        {state.status === 'ready' && (
          <>
            <ul className="graph-list" data-testid="graph-list" aria-label="Graphs">
              {state.graphs.map((graph) => (
                <GraphRow key={graph.id} graph={graph} readOnly={!canWrite} onRename={(name) => rename(graph, name)} onDelete={() => setDoomed(graph)} />
              ))}
            </ul>
            {state.graphs.length === 0 && creating === 'closed' && pasting === 'closed' && (
              <div className="list-state">
                <Workflow size={28} className="list-state__icon" aria-hidden />
                <strong>No graphs here yet</strong>
                <span className="muted">Start one for your next film: lay out characters, break the script into scenes, plan every shot.</span>
                {canWrite && (
                  <div className="list-state__actions">
                    <button type="button" className="button button--primary" onClick={() => setCreating('open')}>
                      <Plus size={15} aria-hidden /> New graph
                    </button>
                    <button type="button" className="button button--ghost" onClick={() => setPasting('open')}>
                      <ScrollText size={15} aria-hidden /> Paste a screenplay
                    </button>
                  </div>
                )}
                {session.status === 'signed-in' && <OtherWorkspaces workspaces={session.me.workspaces} currentId={workspace?.id} />}
              </div>
            )}
            {state.nextCursor && (
              <button type="button" className="button button--ghost list-page__more" disabled={state.loadingMore} onClick={() => void loadMore()}>
                {state.loadingMore ? 'Loading…' : 'Load more'}
              </button>
            )}
          </>
        )}
      </main>

      <ConfirmDialog
        open={doomed !== null}
        title="Delete this graph?"
        confirmLabel="Delete graph"
        tone="danger"
        busy={deleting}
        onConfirm={() => void confirmDelete()}
        onCancel={() => setDoomed(null)}
      >
        <p>
          “{doomed?.name}”{doomed && doomed.nodeCount > 0 ? ` and its ${plural(doomed.nodeCount, 'node')}` : ''} will be deleted. This cannot be
          undone.
        </p>
      </ConfirmDialog>
    </div>
  );
};
