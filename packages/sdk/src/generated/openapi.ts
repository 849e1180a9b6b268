/*
 * Generated from the server's OpenAPI document by `pnpm --filter @pc/sdk generate`. Do not edit:
 * test/generated.test.ts fails when this file is out of date with the server's routes.
 */
export interface paths {
    "/api/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your API keys (never the keys themselves) */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * Create an API key; the key is in this response only
         * @description Send it as `Authorization: Bearer pc_…`. It acts for you, within its scopes and your roles.
         */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API key (it stops working at once) */
        delete: operations["revokeApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/artifacts/{hash}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download an artifact (SVG, PNG, JSON …) by its content hash
         * @description Readable by anyone who can read a graph whose run produced it; anyone else gets 404. Content-addressed, so it never changes: `Cache-Control: private, max-age=31536000, immutable`, `ETag` = the hash, 304 on `If-None-Match`.
         */
        get: operations["getArtifact"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/instance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether this install has its owner yet
         * @description Public. A new install has no accounts: the web app then opens on "Create the first account" instead of a sign-in form nobody can use.
         */
        get: operations["getInstance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in
         * @description Starts a new session (a new cookie value on every sign-in). Failed attempts are limited per account and IP address, and all attempts per IP address, in 15-minute windows. At most 30 sign-in attempts per 15 minutes from one IP address, and 5 failed ones per account from one IP address (429 `rate_limited`).
         */
        post: operations["signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out
         * @description Ends this session on the server and clears the cookie. Idempotent: signed out already is fine.
         */
        post: operations["signOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change your password
         * @description Every session of the account ends, on every device; this browser gets a new one. API keys stay valid (revoke them on their own screen). At most 30 attempts per 15 minutes from one IP address, and 5 wrong current passwords per account from one IP address (429 `rate_limited`).
         */
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who is signed in, if anyone
         * @description Public. What the web app asks when it starts: a visitor who is not signed in is an answer (`me: null`), not a 401 — a browser logs every 401 as an error, so each signed-out page load put one in the console of the sign-in page. Signed in (or with an API key that has the `read` scope), `me` is what GET /me answers. A bad API key is still a 401.
         */
        get: operations["getSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an account and sign in
         * @description The account gets a personal workspace. The first account of an install becomes the instance owner. At most 20 sign-ups an hour from one IP address (429 `rate_limited`).
         */
        post: operations["signUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Batches of the workspaces you are in, newest first */
        get: operations["listBatches"];
        put?: never;
        /**
         * Submit a batch: one graph revision run once per item, each item overriding node fields
         * @description Idempotent by `Idempotency-Key`: the same key with the same body (canonical JSON) answers 200 with the same batch and `Idempotent-Replayed: true`; with a different body, 422 `idempotency_key_reused`. Concurrent duplicates create one batch. Up to 10,000 items and a 16 MiB body. Overrides are checked against the revision: errors point at `items.<i>.overrides.<nodeId>.<field>`. Editors and owners; API keys need the `run` scope. A webhook URL must be http(s) without credentials, and its host not a private, loopback, link-local or other internal address (422 `validation_failed` at `webhook.url`); a host name is resolved at delivery and refused if any of its addresses is internal. At most 20 unfinished batches per user (429 `too_many_active_batches`, without `Retry-After`: wait for one to finish).
         */
        post: operations["submitBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/batches/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A batch: status, counts by item status, progress and ETA
         * @description Carries an `ETag`; send it back as `If-None-Match` and an unchanged batch answers 304 (cheap polling).
         */
        get: operations["getBatch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/batches/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a batch
         * @description Unfinished items become `cancelled` and their runs are cancelled; the completion webhook fires. Idempotent: a finished batch answers as it is.
         */
        post: operations["cancelBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/batches/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Follow a batch live (Server-Sent Events), resumable with Last-Event-ID
         * @description `batch.progress` (the batch, as GET /batches/{id} returns it) first and after every burst of changes; `item.finished` (`{index, status, runId}`) per item; `batch.completed` (the batch) when it completes or is cancelled, then the stream ends. An event’s id is the batch’s count of item finishes so far: reconnect with `Last-Event-ID` and every item that finished since is replayed from the database before live events resume (`0` replays every item; an id that is not a number, or past the batch’s finishes, is read as none: the stream starts from the batch as it is now). `: heartbeat` every 15 s.
         */
        get: operations["streamBatchEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/batches/{id}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A batch’s items in index order, each with its run’s outputs and artifact links */
        get: operations["listBatchItems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/batches/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run a batch’s failed items again
         * @description Failed items go back to `queued` (each gets a new run); a completed batch becomes `running` again. Succeeded items are kept. A cancelled batch answers 409 `batch_not_retryable`.
         */
        post: operations["retryBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/graphs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the graphs you can read, most recently updated first
         * @description Graphs of every workspace you are a member of, or of one (`workspaceId`).
         */
        get: operations["listGraphs"];
        put?: never;
        /** Create a graph */
        post: operations["createGraph"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/graphs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a graph
         * @description Answers 304 when `If-None-Match` names the current revision.
         */
        get: operations["getGraph"];
        /**
         * Replace a graph’s document
         * @description Requires `If-Match` with the ETag of the revision the document was edited from; the write takes the next revision.
         */
        put: operations["replaceGraph"];
        post?: never;
        /**
         * Delete a graph
         * @description The graph disappears from every read (404 afterwards). `If-Match` is optional.
         */
        delete: operations["deleteGraph"];
        options?: never;
        head?: never;
        /**
         * Rename a graph
         * @description The name is metadata: a rename keeps the revision (and the ETag), so it never makes a pending document save conflict. `If-Match` is optional here; when sent, it must name the current revision.
         */
        patch: operations["renameGraph"];
        trace?: never;
    };
    "/api/v1/graphs/{id}/collab-token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A short-lived token to open the graph’s live document over WebSocket
         * @description For scripts without a session cookie: connect a y-websocket client to `/collab/{id}?token=…` within 5 minutes. The stock `WebsocketProvider` appends the room to its URL, so give it `ws(s)://<this host>/collab`, the graph id as the room and `params: { token }` (not `url`, which is the whole path for a plain WebSocket, relative to this server). The socket gets the caller’s role in the graph’s workspace (viewer for an API key without the `write` scope); a refused upgrade is a bare 401/404. Revoking the API key that asked for a token refuses the token and closes its sockets with 4401. The document has the maps `nodes`, `edges` and `meta`; node fields are those of `GET /node-types`. See docs/collaboration.md.
         */
        post: operations["createCollabToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/graphs/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a graph as GraphJSON
         * @description The body imports back with `POST /graphs/import {format: "json", source}`.
         */
        get: operations["exportProject"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/graphs/{id}/exports/{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a production document: shot list, breakdown, storyboard, timeline, frames
         * @description Formats: `project_json` (Project (JSON), application/json, `<slug>.project.json`); `csv_shot_list` (Shot list (CSV), text/csv; charset=utf-8, `<slug>.shot-list.csv`); `csv_breakdown` (Breakdown (CSV), text/csv; charset=utf-8, `<slug>.breakdown.csv`); `pdf_storyboard` (Storyboard (PDF), application/pdf, `<slug>.storyboard.pdf`); `pdf_shot_list` (Shot list (PDF), application/pdf, `<slug>.shot-list.pdf`); `otio` (Timeline (OpenTimelineIO), application/vnd.opentimelineio+json, `<slug>.otio`); `edl` (Timeline (CMX3600 EDL), text/plain; charset=utf-8, `<slug>.edl`); `frames_zip` (Frames (ZIP of PNG/SVG), application/zip, `<slug>.frames.zip`). Byte-deterministic: the same revision and outputs give the same bytes. Each node’s outputs come from its latest run when that run is still valid for the revision (same cache key); the rest are computed on the fly (frames as SVG). `Content-Disposition: attachment` names the file; `ETag` is the SHA-256 of the bytes, and `If-None-Match` answers 304.
         */
        get: operations["exportGraph"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/graphs/{id}/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Re-import a screenplay into a graph (sync, not duplicate)
         * @description Syncs the graph with the next draft of its screenplay (format "fountain", "fdx" for a Final Draft file, "pdf" for a screenplay PDF in base64, or "fadein", "highland", "docx" as below): scenes, characters and locations are matched by stable keys, the fields the script owns are updated, everything else (Shots, notes, positions, links) is kept, new scenes are added and scenes the script dropped are tagged "removed-from-script". Importing the same script twice changes nothing. A text without a scene heading is refused (422 `validation_failed`, `source`), since it would flag every scene as removed. `If-Match` is optional: without it the sync applies to the current revision. Formats "fadein" (a Fade In `.fadein`, or Open Screenplay Format `.osf` XML), "highland" (a Highland 2 `.highland` textbundle zip) and "docx" (a Word screenplay: paragraph styles such as Scene Heading, Character, Dialogue, or indents as typed) carry the file as base64 in `source`, at most 5,000,000 bytes; each is converted to Fountain and imported as an `.fdx` is, warnings naming the paragraph and scene of the file. Refused with 422 `validation_failed` and a code on `source`: `invalid_base64`, `too_large`, `not_zip`, `zip_refused` (zip bomb, path outside the archive, too many entries), `doctype_refused`, `not_xml`, `not_fade_in`, `not_highland`, `not_docx`, `no_scene_headings`.
         */
        post: operations["reimportGraph"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/graphs/{id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Each node’s latest result across the graph’s runs
         * @description Per node of the graph as drawn now, its state in the latest run (by start) where it finished `succeeded`, `cached` or `failed`, with that run’s id and revision: what the canvas shows on each card. A node `skipped` or `cancelled` in a later run keeps its earlier result; batch items (variants with overrides) are not results of the graph as drawn and are left out. A node whose latest result failed also has its last success (`lastSuccess`): the output an earlier run made, which the canvas shows, marked as earlier, beside the reason. `ETag` / `If-None-Match` as for a run.
         */
        get: operations["listNodeResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/graphs/{id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a graph’s snapshots, newest first */
        get: operations["listRevisions"];
        put?: never;
        /**
         * Snapshot the graph at its current revision
         * @description Idempotent per revision: when this revision was already snapshotted (every run snapshots the revision it runs), answers 200 with that snapshot. A snapshot taken without a message (a run's) takes the `message` sent now; one that already has a message keeps it. A snapshot's document never changes; change the graph first to snapshot a new revision. Every open canvas of the graph hears of the save (a `revision` event on GET /graphs/{id}/runs/events).
         */
        post: operations["saveRevision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/graphs/{id}/revisions/{rev}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one snapshot
         * @description Snapshots never change: `ETag` is the revision (the graph’s ETag at that revision), 304 on `If-None-Match`.
         */
        get: operations["getRevision"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/graphs/{id}/revisions/{rev}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Make a snapshot the live document again
         * @description The live document is replaced by the snapshot and takes the next revision. The state it replaces is snapshotted first ("Before restoring revision N"), so a restore can be undone by restoring that snapshot. `If-Match` is optional.
         */
        post: operations["restoreRevision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/graphs/{id}/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A graph’s run history, newest first */
        get: operations["listRuns"];
        put?: never;
        /**
         * Run a graph (or selected nodes and everything downstream of them)
         * @description Runs an immutable revision. Without `revision`, the current document is snapshotted first (an existing snapshot of that revision is reused). Nodes whose cache key already has an output complete as `cached` without running. Editors and owners; API keys need the `run` scope. With an `Idempotency-Key`, a retry (after a timeout, a dropped connection) never starts a second run: the same key and body answer 200 with the run the first request started and `Idempotent-Replayed: true`, even when the graph changed since; the same key with another graph or body, 422 `idempotency_key_reused`; while the first request with the key is still starting its run, 409 `idempotency_request_in_progress` with `Retry-After`. A request that fails (422, 404) starts nothing and leaves the key free.
         */
        post: operations["startRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/graphs/{id}/runs/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Follow the runs and saved revisions of a graph live (Server-Sent Events)
         * @description A `run` event with the graph’s latest run (a RunSummary; omitted when the graph never ran), then a `run` event for every run anyone starts on the graph (the canvas follows each one with GET /runs/:id/events), and a `revision` event for every snapshot anyone saves with POST /graphs/:id/revisions (a run’s own snapshot comes with its `run`). A `: heartbeat` comment every 15 s; access is checked again at each heartbeat and the stream ends when it is lost. The stream does not end by itself: reconnect at will, the first event tells you the latest run again.
         */
        get: operations["streamGraphRunEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/graphs/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a graph from an exported document or a screenplay
         * @description Format "json": GraphJSON. Format "fountain": a Fountain screenplay becomes a Script node, a Scene per heading (numbers such as 12A, A12 and 110A.1 kept), a Character per speaker, a Location per place, a Shot under its Scene per shot line of a shooting script (`CLOSE ON MARIA`) and their links; the response carries an `importReport`. Format "fdx": a Final Draft file (the `.fdx` XML, as text) is converted to Fountain and imported the same way (scene numbers, dual dialogue, acts, `Shot` paragraphs and the title page kept; the Script node holds the Fountain). An `.fdx` source over 5,000,000 characters, with a DOCTYPE, not well-formed, not a `<FinalDraft>` document, or without a scene heading is refused: 422 `validation_failed` with an error on `source` whose code says which (`too_large`, `doctype_refused`, `not_xml`, `not_final_draft`, `no_scene_headings`). Format "pdf": a screenplay PDF (Final Draft, Fade In, WriterDuet, Highland, Word, Google Docs…), its bytes in base64, is read by where each line sits on the page (action, cue, parenthetical, dialogue, transition; margin scene numbers, dual dialogue, the title page; page numbers, CONTINUED, (MORE)/(CONT’D) and revision marks dropped), converted to Fountain and imported the same way; warnings carry the PDF `page`. Refused with 422 `validation_failed` and a code on `source`: `invalid_base64`, `too_large` (over 6,000,000 bytes), `not_pdf`, `encrypted` (a password is asked), `unreadable`, `no_text` (a scan: it needs OCR first), `no_scene_headings`. Formats "fadein" (a Fade In `.fadein`, or Open Screenplay Format `.osf` XML), "highland" (a Highland 2 `.highland` textbundle zip) and "docx" (a Word screenplay: paragraph styles such as Scene Heading, Character, Dialogue, or indents as typed) carry the file as base64 in `source`, at most 5,000,000 bytes; each is converted to Fountain and imported as an `.fdx` is, warnings naming the paragraph and scene of the file. Refused with 422 `validation_failed` and a code on `source`: `invalid_base64`, `too_large`, `not_zip`, `zip_refused` (zip bomb, path outside the archive, too many entries), `doctype_refused`, `not_xml`, `not_fade_in`, `not_highland`, `not_docx`, `no_scene_headings`.
         */
        post: operations["importGraph"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who you are, and your workspaces with your role in each */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/node-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The node catalogue, each type with a JSON Schema of its fields */
        get: operations["listNodeTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/runs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A run: its status and every node’s state, timings, outputs and error
         * @description A run changes until it finishes: `ETag` is a hash of this answer, and `If-None-Match` with it answers 304 while nothing changed.
         */
        get: operations["getRun"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/runs/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a run
         * @description Unfinished nodes become `cancelled`, queued jobs are removed and running functions are aborted. Idempotent: a finished run answers with its final status.
         */
        post: operations["cancelRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/runs/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Follow a run live (Server-Sent Events)
         * @description First a `snapshot` event (the run as GET /runs/:id returns it, read from the database), then `run.status`, `node.status` and `node.progress` events as they happen; a `: heartbeat` comment every 15 s; the stream ends when the run is final — a run already final (all of it cached, say) is its `snapshot` alone, so read the final status from the snapshot as well as from `run.status`. `node.progress` (`{kind, v: 1, at, runId, nodeId, progress: 0…1, message?}`) is what a running function reports (the storyboard frame's stages, a ComfyUI sampler's steps), at most one per node every 250 ms, never going back; it is live only, not part of the snapshot. Ids are increasing numbers: reconnect with `Last-Event-ID` and the stream resumes from a fresh snapshot, so nothing is lost.
         */
        get: operations["streamRunEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your workspaces, personal first */
        get: operations["listWorkspaces"];
        put?: never;
        /** Create a shared workspace (you become its owner) */
        post: operations["createWorkspace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a workspace you are a member of */
        get: operations["getWorkspace"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{id}/backends": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the workspace’s generation back ends
         * @description Owners only: back ends hold credentials and decide where the workspace’s prompts are sent. Secrets are never returned, only where they come from.
         */
        get: operations["listBackends"];
        put?: never;
        /**
         * Add a generation back end (ComfyUI or OpenAI-compatible images)
         * @description Owners only: back ends hold credentials and decide where the workspace’s prompts are sent. A secret given as `{value}` is encrypted at rest (AES-256-GCM, SECRETS_KEY); `{env}` names a variable of the server and workers. The default back end (`isDefault`, true unless false is given) is what runs generate storyboard frames with; making one the default unmarks the previous.
         */
        post: operations["createBackend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{id}/backends/{backendId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a generation back end
         * @description Owners only: back ends hold credentials and decide where the workspace’s prompts are sent.
         */
        get: operations["getBackend"];
        put?: never;
        post?: never;
        /**
         * Remove a generation back end
         * @description Owners only: back ends hold credentials and decide where the workspace’s prompts are sent. Without a default back end, runs draw the built-in storyboard frame.
         */
        delete: operations["deleteBackend"];
        options?: never;
        head?: never;
        /**
         * Change a generation back end
         * @description Owners only: back ends hold credentials and decide where the workspace’s prompts are sent. `config` replaces the whole config; an OpenAI-compatible config without `apiKey` keeps the stored key. Every change bumps `version`, so the next run re-generates.
         */
        patch: operations["updateBackend"];
        trace?: never;
    };
    "/api/v1/workspaces/{id}/backends/{backendId}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Test a generation back end with one small generation
         * @description Owners only. Resolves the secret and asks the back end for one 512×512 image of a grey test card (this costs one generation on paid services). Answers 200 either way: `ok` with the image’s size and provenance, or `ok: false` with the error code and message (`backend_request_error`, `backend_unavailable_error`, `backend_timeout_error`, `backend_config_error`, …).
         */
        post: operations["testBackend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Members of a workspace, owners first */
        get: operations["listMembers"];
        put?: never;
        /** Invite an existing user by email (owners only) */
        post: operations["addMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{id}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a member, or leave (the last owner cannot leave)
         * @description Owners may remove anyone; any member may remove themselves.
         */
        delete: operations["removeMember"];
        options?: never;
        head?: never;
        /** Change a member’s role (owners only; the last owner stays an owner) */
        patch: operations["changeMemberRole"];
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness: the process is up
         * @description Checks no dependency, so a database outage never gets the process restarted. Not rate-limited or logged.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prometheus metrics of this process (needs METRICS_TOKEN)
         * @description The Prometheus text exposition format. Served only when the server has `METRICS_TOKEN`, and then only for `Authorization: Bearer <METRICS_TOKEN>`; docs/operations.md lists the metrics.
         */
        get: operations["getMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness: the database answers and has every migration (and Redis answers in the scaled mode)
         * @description A 503 problem names the failing check in `checks` when this instance cannot serve.
         */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @example {
         *       "email": "ines.ad@example.com",
         *       "role": "editor"
         *     }
         */
        AddMember: {
            /**
             * Format: email
             * @example ana@example.com
             */
            email: string;
            role: components["schemas"]["WorkspaceRole"] & unknown;
        };
        /**
         * @example {
         *       "id": "ak_0f3k8q2m9v1x7c4d",
         *       "name": "nightly storyboards",
         *       "prefix": "pc_7hq2m4xk",
         *       "scopes": [
         *         "read",
         *         "write",
         *         "run"
         *       ],
         *       "createdAt": "2026-11-22T06:00:00.000Z",
         *       "expiresAt": null,
         *       "lastUsedAt": "2026-11-22T06:04:12.345Z"
         *     }
         */
        ApiKey: {
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            expiresAt: string | null;
            /** @example ak_0f3k8q2m9v1x7c4d */
            id: string;
            /** Format: date-time */
            lastUsedAt: string | null;
            name: string;
            /**
             * @description The first characters of the key, to tell keys apart.
             * @example pc_7hq2m4xk
             */
            prefix: string;
            scopes: components["schemas"]["ApiKeyScope"][];
        };
        /**
         * @example {
         *       "apiKeys": [
         *         {
         *           "id": "ak_0f3k8q2m9v1x7c4d",
         *           "name": "nightly storyboards",
         *           "prefix": "pc_7hq2m4xk",
         *           "scopes": [
         *             "read",
         *             "write",
         *             "run"
         *           ],
         *           "createdAt": "2026-11-22T06:00:00.000Z",
         *           "expiresAt": null,
         *           "lastUsedAt": "2026-11-22T06:04:12.345Z"
         *         }
         *       ],
         *       "nextCursor": null
         *     }
         */
        ApiKeyList: {
            apiKeys: components["schemas"]["ApiKey"][];
            /** @description Pass as `cursor` for the next page; null on the last. */
            nextCursor: string | null;
        };
        /**
         * @description read: GET routes; write: changes; run: start and cancel runs, submit batches.
         * @enum {string}
         */
        ApiKeyScope: "read" | "write" | "run";
        ArtifactRef: {
            bytes: number;
            /** @description SHA-256 of the bytes */
            hash: string;
            mediaType: string;
            /** @example /api/v1/artifacts/9f2c… */
            url: string;
        };
        /**
         * @example {
         *       "id": "be_0f3k8q2m9v1x7c4d",
         *       "name": "Studio GPU",
         *       "kind": "openai-images",
         *       "isDefault": true,
         *       "version": 3,
         *       "config": {
         *         "kind": "openai-images",
         *         "url": "https://images.example.com/v1",
         *         "model": "frame-xl",
         *         "apiKey": {
         *           "source": "env",
         *           "env": "STUDIO_IMAGES_KEY"
         *         }
         *       },
         *       "createdAt": "2026-11-22T06:00:00.000Z",
         *       "updatedAt": "2026-11-22T06:04:12.345Z"
         *     }
         */
        Backend: {
            /** @description The stored config, with `apiKey` as a `BackendSecret`. */
            config: {
                [key: string]: unknown;
            };
            /** Format: date-time */
            createdAt: string;
            id: string;
            isDefault: boolean;
            /** @enum {string} */
            kind: "comfyui" | "openai-images";
            name: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Grows on every change; part of the cache key of the nodes that generate. */
            version: number;
        };
        BackendConfigInput: components["schemas"]["ComfyUIBackendConfigInput"] | components["schemas"]["OpenAIImagesBackendConfigInput"];
        /**
         * @example {
         *       "backends": [
         *         {
         *           "id": "be_0f3k8q2m9v1x7c4d",
         *           "name": "Studio GPU",
         *           "kind": "openai-images",
         *           "isDefault": true,
         *           "version": 3,
         *           "config": {
         *             "kind": "openai-images",
         *             "url": "https://images.example.com/v1",
         *             "model": "frame-xl",
         *             "apiKey": {
         *               "source": "env",
         *               "env": "STUDIO_IMAGES_KEY"
         *             }
         *           },
         *           "createdAt": "2026-11-22T06:00:00.000Z",
         *           "updatedAt": "2026-11-22T06:04:12.345Z"
         *         }
         *       ]
         *     }
         */
        BackendList: {
            backends: components["schemas"]["Backend"][];
        };
        /** @description Required when creating; left out of an update, the stored key is kept. */
        BackendSecretInput: {
            /** @description The secret itself: stored encrypted, never returned. */
            value: string;
        } | {
            /** @description Read from this environment variable of the server and workers. */
            env: string;
        };
        /**
         * @example {
         *       "ok": true,
         *       "latencyMs": 2140,
         *       "image": {
         *         "mediaType": "image/png",
         *         "width": 1024,
         *         "height": 429,
         *         "bytes": 183204
         *       }
         *     }
         */
        BackendTestResult: {
            error?: {
                code: string;
                message: string;
            };
            image?: {
                bytes: number;
                height: number;
                mediaType: string;
                width: number;
            };
            latencyMs: number;
            ok: boolean;
            provenance?: {
                [key: string]: unknown;
            };
        };
        /**
         * @example {
         *       "id": "bat0f3k8q2m9v1x7c4d2h8j",
         *       "workspaceId": "ws_0f3k8q2m9v1x7c4d",
         *       "graphId": "gr_0f3k8q2m9v1x7c4d",
         *       "revision": 12,
         *       "status": "running",
         *       "priority": "normal",
         *       "concurrency": 8,
         *       "counts": {
         *         "total": 1000,
         *         "queued": 900,
         *         "running": 8,
         *         "succeeded": 90,
         *         "failed": 2,
         *         "cancelled": 0
         *       },
         *       "progress": 0.092,
         *       "etaSeconds": 41,
         *       "webhook": {
         *         "url": "https://example.com/hooks/canvas"
         *       },
         *       "createdAt": "2026-11-22T06:00:00.000Z",
         *       "startedAt": "2026-11-22T06:00:00.120Z",
         *       "finishedAt": null
         *     }
         */
        Batch: {
            concurrency: number;
            counts: components["schemas"]["BatchCounts"];
            /** Format: date-time */
            createdAt: string;
            /** @description At the rate items finished so far; null until one finished. */
            etaSeconds: number | null;
            /** Format: date-time */
            finishedAt: string | null;
            graphId: string;
            id: string;
            /** @enum {string} */
            priority: "low" | "normal" | "high";
            /** @description Finished items / total. */
            progress: number;
            revision: number;
            /** Format: date-time */
            startedAt: string | null;
            /**
             * @description `completed` once every item finished, whether some failed or not: read `counts.failed`.
             * @enum {string}
             */
            status: "queued" | "running" | "completed" | "cancelled";
            webhook: {
                url: string;
            } | null;
            workspaceId: string;
        };
        BatchCounts: {
            cancelled: number;
            failed: number;
            queued: number;
            running: number;
            succeeded: number;
            total: number;
        };
        /**
         * @example {
         *       "index": 0,
         *       "ref": "row-1",
         *       "status": "succeeded",
         *       "runId": "run0f3k8q2m9v1x7c4d2h8j",
         *       "overrides": {
         *         "sh1a": {
         *           "shotSize": "CU",
         *           "lensMm": 85
         *         }
         *       },
         *       "outputs": {
         *         "sh1a": {
         *           "status": "succeeded",
         *           "values": {
         *             "prompt": "Medium close-up, low angle, 35 mm: MARA at the harbour at dawn"
         *           },
         *           "artifacts": {
         *             "frame.png": {
         *               "hash": "9f2c4e8a1b3d5f7092c4e6a8b0d2f4163850a7c9e1b3d5f7092c4e6a8b0d2f41",
         *               "mediaType": "image/png",
         *               "bytes": 48213,
         *               "url": "/api/v1/artifacts/9f2c4e8a1b3d5f7092c4e6a8b0d2f4163850a7c9e1b3d5f7092c4e6a8b0d2f41"
         *             }
         *           }
         *         }
         *       },
         *       "error": null
         *     }
         */
        BatchItem: {
            error: {
                code: string;
                message: string;
            } | null;
            index: number;
            /** @description Each node of the item’s run by id: its status, JSON outputs and artifacts (as in a run’s nodes). */
            outputs: {
                [key: string]: {
                    artifacts: {
                        [key: string]: components["schemas"]["ArtifactRef"];
                    };
                    /** @enum {string} */
                    status: "queued" | "running" | "succeeded" | "cached" | "failed" | "skipped" | "cancelled";
                    values: {
                        [key: string]: unknown;
                    };
                };
            };
            overrides: components["schemas"]["NodeOverrides"];
            ref: string | null;
            /** @description The item’s run (`GET /runs/{id}`), once it started. */
            runId: string | null;
            /** @enum {string} */
            status: "queued" | "running" | "succeeded" | "failed" | "cancelled";
        };
        BatchItemFinishedEvent: {
            index: number;
            runId: string | null;
            /** @enum {string} */
            status: "succeeded" | "failed" | "cancelled";
        };
        /**
         * @example {
         *       "items": [
         *         {
         *           "index": 0,
         *           "ref": "row-1",
         *           "status": "succeeded",
         *           "runId": "run0f3k8q2m9v1x7c4d2h8j",
         *           "overrides": {
         *             "sh1a": {
         *               "shotSize": "CU",
         *               "lensMm": 85
         *             }
         *           },
         *           "outputs": {
         *             "sh1a": {
         *               "status": "succeeded",
         *               "values": {
         *                 "prompt": "Medium close-up, low angle, 35 mm: MARA at the harbour at dawn"
         *               },
         *               "artifacts": {
         *                 "frame.png": {
         *                   "hash": "9f2c4e8a1b3d5f7092c4e6a8b0d2f4163850a7c9e1b3d5f7092c4e6a8b0d2f41",
         *                   "mediaType": "image/png",
         *                   "bytes": 48213,
         *                   "url": "/api/v1/artifacts/9f2c4e8a1b3d5f7092c4e6a8b0d2f4163850a7c9e1b3d5f7092c4e6a8b0d2f41"
         *                 }
         *               }
         *             }
         *           },
         *           "error": null
         *         }
         *       ],
         *       "nextCursor": "MQ"
         *     }
         */
        BatchItemList: {
            items: components["schemas"]["BatchItem"][];
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "batches": [
         *         {
         *           "id": "bat0f3k8q2m9v1x7c4d2h8j",
         *           "workspaceId": "ws_0f3k8q2m9v1x7c4d",
         *           "graphId": "gr_0f3k8q2m9v1x7c4d",
         *           "revision": 7,
         *           "status": "running",
         *           "priority": "normal",
         *           "concurrency": 8,
         *           "counts": {
         *             "total": 1000,
         *             "queued": 900,
         *             "running": 8,
         *             "succeeded": 90,
         *             "failed": 2,
         *             "cancelled": 0
         *           },
         *           "progress": 0.092,
         *           "etaSeconds": 41,
         *           "webhook": {
         *             "url": "https://example.com/hooks/canvas"
         *           },
         *           "createdAt": "2026-11-22T06:00:00.000Z",
         *           "startedAt": "2026-11-22T06:00:00.000Z",
         *           "finishedAt": null
         *         }
         *       ],
         *       "nextCursor": null
         *     }
         */
        BatchList: {
            batches: components["schemas"]["Batch"][];
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "role": "viewer"
         *     }
         */
        ChangeMemberRole: {
            role: components["schemas"]["WorkspaceRole"] & unknown;
        };
        /**
         * @example {
         *       "currentPassword": "harbour-at-dawn-42",
         *       "newPassword": "breakwater-at-dusk-17"
         *     }
         */
        ChangePassword: {
            currentPassword: string;
            /** @example harbour-at-dawn-42 */
            newPassword: string;
        };
        /**
         * @example {
         *       "token": "v1.eyJnIjoiZ3JfMGYzazhxMm05djF4N2M0ZCJ9.c2ln",
         *       "expiresAt": "2026-11-22T06:04:12.345Z",
         *       "url": "/collab/gr_0f3k8q2m9v1x7c4d?token=v1.eyJnIjoiZ3JfMGYzazhxMm05djF4N2M0ZCJ9.c2ln",
         *       "role": "editor"
         *     }
         */
        CollabToken: {
            /** Format: date-time */
            expiresAt: string;
            /**
             * @description What the socket may do: a viewer’s updates are dropped.
             * @enum {string}
             */
            role: "owner" | "editor" | "viewer";
            /** @description Pass as `?token=` on the WebSocket URL. */
            token: string;
            /**
             * @description The WebSocket path of the graph, token included, relative to this server (for a plain WebSocket; a y-websocket provider takes the parts).
             * @example /collab/gr_0f3k8q2m9v1x7c4d?token=v1.…
             */
            url: string;
        };
        ComfyUIBackendConfigInput: {
            /** @description Where our slots go: `positive`, `negative`, `seed`, `width`, `height` as `node.inputs.name`, `output` as a node id; optional `steps`, `referenceImage`. */
            binding: {
                [key: string]: string;
            };
            clientId?: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "comfyui";
            pollIntervalMs?: number;
            steps?: number;
            timeoutMs?: number;
            /**
             * Format: uri
             * @example http://gpu-box:8188
             */
            url: string;
            /** @description The ComfyUI workflow (API format) to run. */
            workflow: {
                [key: string]: unknown;
            };
        };
        /**
         * @example {
         *       "name": "nightly storyboards",
         *       "scopes": [
         *         "read",
         *         "write",
         *         "run"
         *       ]
         *     }
         */
        CreateApiKey: {
            /**
             * Format: date-time
             * @description When the key stops working; omit for never.
             */
            expiresAt?: string;
            /** @example Nightly storyboard batch */
            name: string;
            scopes: components["schemas"]["ApiKeyScope"][];
        };
        /**
         * @example {
         *       "name": "Studio GPU",
         *       "isDefault": true,
         *       "config": {
         *         "kind": "openai-images",
         *         "url": "https://images.example.com/v1",
         *         "model": "frame-xl",
         *         "apiKey": {
         *           "env": "STUDIO_IMAGES_KEY"
         *         }
         *       }
         *     }
         */
        CreateBackend: {
            config: components["schemas"]["BackendConfigInput"];
            /** @description Runs of the workspace generate with the default back end (at most one). Default true. */
            isDefault?: boolean;
            name: string;
        };
        /**
         * @example {
         *       "graphId": "gr_0f3k8q2m9v1x7c4d",
         *       "items": [
         *         {
         *           "ref": "row-1",
         *           "overrides": {
         *             "sh1a": {
         *               "shotSize": "CU"
         *             }
         *           }
         *         },
         *         {
         *           "ref": "row-2",
         *           "overrides": {
         *             "sh1a": {
         *               "shotSize": "WS",
         *               "lensMm": 24
         *             }
         *           }
         *         }
         *       ],
         *       "priority": "normal",
         *       "concurrency": 8,
         *       "webhook": {
         *         "url": "https://example.com/hooks/canvas",
         *         "secret": "whsec-0123456789abcdef"
         *       }
         *     }
         */
        CreateBatch: {
            /** @description Items of this batch running at once, at most. Default 8. */
            concurrency?: number;
            /** @example gr_0f3k8q2m9v1x7c4d */
            graphId: string;
            items: {
                overrides?: components["schemas"]["NodeOverrides"];
                /**
                 * @description Your id for the item (a CSV row, a file name).
                 * @example row-1
                 */
                ref?: string;
            }[];
            /**
             * @description Share of the workers against other batches; canvas runs always come first.
             * @default normal
             * @enum {string}
             */
            priority: "low" | "normal" | "high";
            /** @description A snapshot to run; omitted, the current document is snapshotted (or its snapshot reused). */
            revision?: number;
            webhook?: {
                /** @description HMAC-SHA256 key of `PC-Signature`; stored encrypted, never returned. */
                secret: string;
                /** Format: uri */
                url: string;
            };
        };
        /**
         * @example {
         *       "id": "ak_0f3k8q2m9v1x7c4d",
         *       "name": "nightly storyboards",
         *       "prefix": "pc_7hq2m4xk",
         *       "scopes": [
         *         "read",
         *         "write",
         *         "run"
         *       ],
         *       "createdAt": "2026-11-22T06:00:00.000Z",
         *       "expiresAt": null,
         *       "lastUsedAt": null,
         *       "key": "pc_7hq2m4xkq3z8w5v2n6b4c1d9f0g7h2j5"
         *     }
         */
        CreatedApiKey: components["schemas"]["ApiKey"] & {
            /** @description The key itself. Shown this once: only its hash is stored. */
            key: string;
        };
        /**
         * @example {
         *       "name": "Episode 1 — Harbour",
         *       "document": {
         *         "schemaVersion": 1,
         *         "nodes": [
         *           {
         *             "id": "mara",
         *             "type": "character",
         *             "position": {
         *               "x": 0,
         *               "y": 0
         *             },
         *             "data": {
         *               "name": "MARA",
         *               "role": "lead"
         *             }
         *           },
         *           {
         *             "id": "sc1",
         *             "type": "scene",
         *             "position": {
         *               "x": 320,
         *               "y": 0
         *             },
         *             "data": {
         *               "sceneNumber": "1",
         *               "intExt": "EXT",
         *               "locationName": "HARBOUR",
         *               "timeOfDay": "DAWN"
         *             }
         *           },
         *           {
         *             "id": "sh1a",
         *             "type": "shot",
         *             "position": {
         *               "x": 640,
         *               "y": 0
         *             },
         *             "data": {
         *               "shotNumber": "1A",
         *               "shotSize": "MCU",
         *               "angle": "low",
         *               "lensMm": 35
         *             }
         *           }
         *         ],
         *         "edges": [
         *           {
         *             "id": "e1",
         *             "source": "mara",
         *             "sourceHandle": "character",
         *             "target": "sc1",
         *             "targetHandle": "characters"
         *           },
         *           {
         *             "id": "e2",
         *             "source": "sc1",
         *             "sourceHandle": "scene",
         *             "target": "sh1a",
         *             "targetHandle": "scene"
         *           }
         *         ]
         *       }
         *     }
         */
        CreateGraph: {
            document?: components["schemas"]["GraphDocument"] & unknown;
            /** @example Harbour — pilot */
            name: string;
            /**
             * @description Defaults to your personal workspace. You must be an editor or owner there.
             * @example ws_0f3k8q2m9v1x7c4d
             */
            workspaceId?: string;
        };
        /**
         * @example {
         *       "message": "before the director’s notes"
         *     }
         */
        CreateRevision: {
            /** @example Locked for the table read */
            message?: string;
        };
        /**
         * @example {
         *       "name": "Harbour Films"
         *     }
         */
        CreateWorkspace: {
            /** @example Harbour — pilot unit */
            name: string;
        };
        FieldError: {
            /** @description A zod issue code or a graph issue code such as `cycle`. */
            code: string;
            edgeId?: string;
            message: string;
            nodeId?: string;
            /** @example document.nodes.3.data.lensMm */
            path: string;
        };
        /**
         * @example {
         *       "id": "gr_0f3k8q2m9v1x7c4d",
         *       "name": "Episode 1 — Harbour",
         *       "workspaceId": "ws_0f3k8q2m9v1x7c4d",
         *       "revision": 7,
         *       "document": {
         *         "schemaVersion": 1,
         *         "nodes": [
         *           {
         *             "id": "mara",
         *             "type": "character",
         *             "position": {
         *               "x": 0,
         *               "y": 0
         *             },
         *             "data": {
         *               "name": "MARA",
         *               "role": "lead"
         *             }
         *           },
         *           {
         *             "id": "sc1",
         *             "type": "scene",
         *             "position": {
         *               "x": 320,
         *               "y": 0
         *             },
         *             "data": {
         *               "sceneNumber": "1",
         *               "intExt": "EXT",
         *               "locationName": "HARBOUR",
         *               "timeOfDay": "DAWN"
         *             }
         *           },
         *           {
         *             "id": "sh1a",
         *             "type": "shot",
         *             "position": {
         *               "x": 640,
         *               "y": 0
         *             },
         *             "data": {
         *               "shotNumber": "1A",
         *               "shotSize": "MCU",
         *               "angle": "low",
         *               "lensMm": 35
         *             }
         *           }
         *         ],
         *         "edges": [
         *           {
         *             "id": "e1",
         *             "source": "mara",
         *             "sourceHandle": "character",
         *             "target": "sc1",
         *             "targetHandle": "characters"
         *           },
         *           {
         *             "id": "e2",
         *             "source": "sc1",
         *             "sourceHandle": "scene",
         *             "target": "sh1a",
         *             "targetHandle": "scene"
         *           }
         *         ]
         *       },
         *       "issues": [],
         *       "createdAt": "2026-11-22T06:00:00.000Z",
         *       "updatedAt": "2026-11-22T06:04:12.345Z"
         *     }
         */
        Graph: {
            /** Format: date-time */
            createdAt: string;
            document: components["schemas"]["GraphDocument"];
            id: string;
            /** @description Every issue of the document; blocking ones are refused on write. */
            issues: components["schemas"]["ValidationIssue"][];
            name: string;
            /** @description Counts writes of the document (a rename keeps it); the ETag is this number in quotes. */
            revision: number;
            /** Format: date-time */
            updatedAt: string;
            /** @example ws_0f3k8q2m9v1x7c4d */
            workspaceId: string;
        };
        /**
         * @description GraphJSON: the exchange format of a graph. Node `data` is checked against the node type by the graph validator.
         * @example {
         *       "schemaVersion": 1,
         *       "nodes": [
         *         {
         *           "id": "mara",
         *           "type": "character",
         *           "position": {
         *             "x": 0,
         *             "y": 0
         *           },
         *           "data": {
         *             "name": "MARA",
         *             "role": "lead"
         *           }
         *         },
         *         {
         *           "id": "sc1",
         *           "type": "scene",
         *           "position": {
         *             "x": 320,
         *             "y": 0
         *           },
         *           "data": {
         *             "sceneNumber": "1",
         *             "intExt": "EXT",
         *             "locationName": "HARBOUR",
         *             "timeOfDay": "DAWN"
         *           }
         *         },
         *         {
         *           "id": "sh1a",
         *           "type": "shot",
         *           "position": {
         *             "x": 640,
         *             "y": 0
         *           },
         *           "data": {
         *             "shotNumber": "1A",
         *             "shotSize": "MCU",
         *             "angle": "low",
         *             "lensMm": 35
         *           }
         *         }
         *       ],
         *       "edges": [
         *         {
         *           "id": "e1",
         *           "source": "mara",
         *           "sourceHandle": "character",
         *           "target": "sc1",
         *           "targetHandle": "characters"
         *         },
         *         {
         *           "id": "e2",
         *           "source": "sc1",
         *           "sourceHandle": "scene",
         *           "target": "sh1a",
         *           "targetHandle": "scene"
         *         }
         *       ]
         *     }
         */
        GraphDocument: {
            edges: {
                data?: {
                    speaking?: boolean;
                };
                id: string;
                source: string;
                sourceHandle: string;
                target: string;
                targetHandle: string;
            }[];
            nodes: {
                /** @default {} */
                data: {
                    [key: string]: unknown;
                };
                id: string;
                position: {
                    x: number;
                    y: number;
                };
                type: string;
            }[];
            /** @enum {number} */
            schemaVersion: 1;
        };
        /**
         * @example {
         *       "graphs": [
         *         {
         *           "id": "gr_0f3k8q2m9v1x7c4d",
         *           "name": "Episode 1 — Harbour",
         *           "workspaceId": "ws_0f3k8q2m9v1x7c4d",
         *           "revision": 7,
         *           "nodeCount": 3,
         *           "edgeCount": 2,
         *           "createdAt": "2026-11-22T06:00:00.000Z",
         *           "updatedAt": "2026-11-22T06:04:12.345Z"
         *         }
         *       ],
         *       "nextCursor": null
         *     }
         */
        GraphList: {
            graphs: components["schemas"]["GraphSummary"][];
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "graphId": "gr_0f3k8q2m9v1x7c4d",
         *       "revision": 6,
         *       "message": "before the director’s notes",
         *       "createdAt": "2026-11-22T06:00:00.000Z",
         *       "document": {
         *         "schemaVersion": 1,
         *         "nodes": [
         *           {
         *             "id": "mara",
         *             "type": "character",
         *             "position": {
         *               "x": 0,
         *               "y": 0
         *             },
         *             "data": {
         *               "name": "MARA",
         *               "role": "lead"
         *             }
         *           },
         *           {
         *             "id": "sc1",
         *             "type": "scene",
         *             "position": {
         *               "x": 320,
         *               "y": 0
         *             },
         *             "data": {
         *               "sceneNumber": "1",
         *               "intExt": "EXT",
         *               "locationName": "HARBOUR",
         *               "timeOfDay": "DAWN"
         *             }
         *           },
         *           {
         *             "id": "sh1a",
         *             "type": "shot",
         *             "position": {
         *               "x": 640,
         *               "y": 0
         *             },
         *             "data": {
         *               "shotNumber": "1A",
         *               "shotSize": "MCU",
         *               "angle": "low",
         *               "lensMm": 35
         *             }
         *           }
         *         ],
         *         "edges": [
         *           {
         *             "id": "e1",
         *             "source": "mara",
         *             "sourceHandle": "character",
         *             "target": "sc1",
         *             "targetHandle": "characters"
         *           },
         *           {
         *             "id": "e2",
         *             "source": "sc1",
         *             "sourceHandle": "scene",
         *             "target": "sh1a",
         *             "targetHandle": "scene"
         *           }
         *         ]
         *       }
         *     }
         */
        GraphRevision: {
            /** Format: date-time */
            createdAt: string;
            document: components["schemas"]["GraphDocument"];
            graphId: string;
            message: string | null;
            revision: number;
        };
        /**
         * @example {
         *       "revisions": [
         *         {
         *           "revision": 6,
         *           "message": "before the director’s notes",
         *           "createdAt": "2026-11-22T06:00:00.000Z",
         *           "nodeCount": 3
         *         }
         *       ],
         *       "nextCursor": null,
         *       "graphRevision": 7
         *     }
         */
        GraphRevisionList: {
            /** @description The graph’s revision now (on the first page, after writing what collaborators did in the last moments). The snapshot with this revision is the graph as it is: restoring it would only save the same state again. */
            graphRevision: number;
            nextCursor: string | null;
            revisions: components["schemas"]["GraphRevisionSummary"][];
        };
        /**
         * @example {
         *       "revision": 6,
         *       "message": "before the director’s notes",
         *       "createdAt": "2026-11-22T06:00:00.000Z",
         *       "nodeCount": 3
         *     }
         */
        GraphRevisionSummary: {
            /** Format: date-time */
            createdAt: string;
            message: string | null;
            nodeCount: number;
            revision: number;
        };
        /**
         * @example {
         *       "id": "gr_0f3k8q2m9v1x7c4d",
         *       "name": "Episode 1 — Harbour",
         *       "workspaceId": "ws_0f3k8q2m9v1x7c4d",
         *       "revision": 7,
         *       "nodeCount": 3,
         *       "edgeCount": 2,
         *       "createdAt": "2026-11-22T06:00:00.000Z",
         *       "updatedAt": "2026-11-22T06:04:12.345Z"
         *     }
         */
        GraphSummary: {
            /** Format: date-time */
            createdAt: string;
            edgeCount: number;
            id: string;
            name: string;
            nodeCount: number;
            revision: number;
            /** Format: date-time */
            updatedAt: string;
            /** @example ws_0f3k8q2m9v1x7c4d */
            workspaceId: string;
        };
        /**
         * @example {
         *       "status": "ok"
         *     }
         */
        Health: {
            /** @enum {string} */
            status: "ok";
        };
        /**
         * @example {
         *       "id": "gr_0f3k8q2m9v1x7c4d",
         *       "name": "Episode 1 — Harbour",
         *       "workspaceId": "ws_0f3k8q2m9v1x7c4d",
         *       "revision": 7,
         *       "document": {
         *         "schemaVersion": 1,
         *         "nodes": [
         *           {
         *             "id": "mara",
         *             "type": "character",
         *             "position": {
         *               "x": 0,
         *               "y": 0
         *             },
         *             "data": {
         *               "name": "MARA",
         *               "role": "lead"
         *             }
         *           },
         *           {
         *             "id": "sc1",
         *             "type": "scene",
         *             "position": {
         *               "x": 320,
         *               "y": 0
         *             },
         *             "data": {
         *               "sceneNumber": "1",
         *               "intExt": "EXT",
         *               "locationName": "HARBOUR",
         *               "timeOfDay": "DAWN"
         *             }
         *           },
         *           {
         *             "id": "sh1a",
         *             "type": "shot",
         *             "position": {
         *               "x": 640,
         *               "y": 0
         *             },
         *             "data": {
         *               "shotNumber": "1A",
         *               "shotSize": "MCU",
         *               "angle": "low",
         *               "lensMm": 35
         *             }
         *           }
         *         ],
         *         "edges": [
         *           {
         *             "id": "e1",
         *             "source": "mara",
         *             "sourceHandle": "character",
         *             "target": "sc1",
         *             "targetHandle": "characters"
         *           },
         *           {
         *             "id": "e2",
         *             "source": "sc1",
         *             "sourceHandle": "scene",
         *             "target": "sh1a",
         *             "targetHandle": "scene"
         *           }
         *         ]
         *       },
         *       "issues": [],
         *       "createdAt": "2026-11-22T06:00:00.000Z",
         *       "updatedAt": "2026-11-22T06:04:12.345Z",
         *       "importReport": {
         *         "title": "HARBOUR",
         *         "scenes": 1,
         *         "characters": 1,
         *         "locations": 1,
         *         "shots": 0,
         *         "changes": {
         *           "addedNodes": [
         *             "mara",
         *             "sc1"
         *           ],
         *           "updatedNodes": [],
         *           "flaggedScenes": [],
         *           "addedEdges": [
         *             "e1"
         *           ],
         *           "replacedEdges": []
         *         },
         *         "warnings": [
         *           {
         *             "code": "heading_without_int_ext",
         *             "message": "Scene heading “MONTAGE - THE HARBOUR WAKES” has no INT. or EXT., so it names no Location.",
         *             "line": 12
         *           }
         *         ]
         *       }
         *     }
         */
        ImportedGraph: components["schemas"]["Graph"] & {
            importReport?: components["schemas"]["ImportReport"];
        };
        /**
         * @example {
         *       "format": "fountain",
         *       "name": "Pilot",
         *       "source": "EXT. HARBOUR - DAWN\n\nMARA watches the boats come in.\n"
         *     }
         */
        ImportGraph: {
            /** @enum {string} */
            format: "json" | "fountain" | "fdx" | "fadein" | "highland" | "docx" | "pdf";
            /**
             * @description Default: the screenplay’s title or the project file’s name, else "Imported graph".
             * @example Harbour — pilot
             */
            name?: string;
            /** @description GraphJSON as an object or as JSON text (format "json"; a Project JSON export is read for its `graph` and `name`), a Fountain screenplay as text (format "fountain"), a Final Draft `.fdx` file’s XML as text (format "fdx"), a Fade In (`.fadein`), Highland (`.highland`) or Word (`.docx`) file as base64 of its bytes (formats "fadein", "highland", "docx"; Fade In’s `.osf` XML may also be sent as text), or a screenplay PDF’s bytes in base64 (format "pdf"; at most 6,000,000 bytes, 8,000,000 base64 characters). Base64 may carry a `data:…;base64,` prefix and line breaks. */
            source: string | {
                [key: string]: unknown;
            };
            /** @example ws_0f3k8q2m9v1x7c4d */
            workspaceId?: string;
        };
        /**
         * @description What a screenplay import found in the script and changed in the graph.
         * @example {
         *       "title": "HARBOUR",
         *       "scenes": 1,
         *       "characters": 1,
         *       "locations": 1,
         *       "shots": 0,
         *       "changes": {
         *         "addedNodes": [
         *           "mara",
         *           "sc1"
         *         ],
         *         "updatedNodes": [],
         *         "flaggedScenes": [],
         *         "addedEdges": [
         *           "e1"
         *         ],
         *         "replacedEdges": []
         *       },
         *       "warnings": [
         *         {
         *           "code": "heading_without_int_ext",
         *           "message": "Scene heading “MONTAGE - THE HARBOUR WAKES” has no INT. or EXT., so it names no Location.",
         *           "line": 12
         *         }
         *       ]
         *     }
         */
        ImportReport: {
            changes: {
                addedEdges: string[];
                addedNodes: string[];
                /** @description Scenes the script no longer has, tagged "removed-from-script" (never deleted). */
                flaggedScenes: string[];
                replacedEdges: string[];
                updatedNodes: string[];
            };
            characters: number;
            locations: number;
            scenes: number;
            /** @description Shot lines of a shooting script (`CLOSE ON MARIA`, a Final Draft `Shot`), each a Shot node under its Scene. */
            shots: number;
            title: string;
            warnings: {
                /** @enum {string} */
                code: "no_scene_headings" | "text_outside_scenes" | "heading_without_int_ext" | "heading_without_location" | "scene_number_invalid" | "scene_number_duplicate" | "scene_number_taken" | "scene_removed_from_script" | "truncated";
                /** @description A Fountain source’s line, 1-based. */
                line?: number;
                /** @description For people: what did not come through, and where (for an `.fdx`, its paragraph and scene; for a PDF, its page). */
                message: string;
                /** @description A PDF source’s page, 1-based (the PDF’s own page, title page included). */
                page?: number;
                /** @description An `.fdx` source’s `<Paragraph>`, 1-based in the script body (Fountain lines mean nothing in Final Draft). */
                paragraph?: number;
                /** @description An `.fdx` source’s scene the warning is in: its number (or position) and heading, `12 INT. DOCK - NIGHT`. */
                scene?: string;
            }[];
        };
        /**
         * @example {
         *       "hasOwner": true
         *     }
         */
        Instance: {
            /** @description False until the first account exists. Sign-up is open either way; the first account becomes the instance owner. */
            hasOwner: boolean;
        };
        /**
         * @example {
         *       "user": {
         *         "id": "us_0f3k8q2m9v1x7c4d",
         *         "email": "mara.director@example.com",
         *         "name": "Mara Ilic",
         *         "instanceOwner": true,
         *         "createdAt": "2026-11-22T06:00:00.000Z"
         *       },
         *       "workspaces": [
         *         {
         *           "id": "ws_0f3k8q2m9v1x7c4d",
         *           "name": "Harbour Films",
         *           "role": "owner",
         *           "personal": false,
         *           "createdAt": "2026-11-22T06:00:00.000Z"
         *         }
         *       ],
         *       "workspacesNextCursor": null
         *     }
         */
        Me: {
            user: components["schemas"]["User"];
            /** @description The first page of GET /workspaces (up to 100). */
            workspaces: components["schemas"]["Workspace"][];
            /** @description Pass as `cursor` to GET /workspaces for the rest; null when this is all. */
            workspacesNextCursor: string | null;
        };
        /**
         * @description Node fields to override for this item: `{nodeId: {field: value}}`. Each field must exist in the node type’s catalogue schema (`GET /node-types`) and its value must be valid there.
         * @default {}
         * @example {
         *       "sh1a": {
         *         "shotSize": "CU",
         *         "lensMm": 85
         *       }
         *     }
         */
        NodeOverrides: {
            [key: string]: {
                [key: string]: unknown;
            };
        };
        NodeProgressEvent: {
            at: number;
            /** @enum {string} */
            kind: "node.progress";
            message?: string;
            nodeId: string;
            progress: number;
            runId: string;
            /** @enum {number} */
            v: 1;
        };
        /**
         * @example {
         *       "nodeId": "sh1a",
         *       "type": "shot",
         *       "role": "target",
         *       "status": "succeeded",
         *       "cacheKey": "c3a1f0e29b7d4c58a6e2f1d0b9c8a7e6f5d4c3b2a1908f7e6d5c4b3a29180f7e",
         *       "attempts": 1,
         *       "startedAt": "2026-11-22T06:00:00.000Z",
         *       "finishedAt": "2026-11-22T06:04:12.345Z",
         *       "outputs": {
         *         "values": {
         *           "prompt": "Medium close-up, low angle, 35 mm: MARA at the harbour at dawn"
         *         },
         *         "artifacts": {
         *           "frame.png": {
         *             "hash": "9f2c4e8a1b3d5f7092c4e6a8b0d2f4163850a7c9e1b3d5f7092c4e6a8b0d2f41",
         *             "mediaType": "image/png",
         *             "bytes": 48213,
         *             "url": "/api/v1/artifacts/9f2c4e8a1b3d5f7092c4e6a8b0d2f4163850a7c9e1b3d5f7092c4e6a8b0d2f41"
         *           }
         *         }
         *       },
         *       "error": null,
         *       "runId": "run0f3k8q2m9v1x7c4d2h8j",
         *       "revision": 7,
         *       "runCreatedAt": "2026-11-22T06:00:00.000Z",
         *       "lastSuccess": null
         *     }
         */
        NodeResult: components["schemas"]["NodeRunResult"] & {
            lastSuccess: components["schemas"]["NodeRunResult"] | null;
        };
        /**
         * @example {
         *       "nodes": [
         *         {
         *           "nodeId": "sh1a",
         *           "type": "shot",
         *           "role": "target",
         *           "status": "succeeded",
         *           "cacheKey": "c3a1f0e29b7d4c58a6e2f1d0b9c8a7e6f5d4c3b2a1908f7e6d5c4b3a29180f7e",
         *           "attempts": 1,
         *           "startedAt": "2026-11-22T06:00:00.000Z",
         *           "finishedAt": "2026-11-22T06:04:12.345Z",
         *           "outputs": {
         *             "values": {
         *               "prompt": "Medium close-up, low angle, 35 mm: MARA at the harbour at dawn"
         *             },
         *             "artifacts": {
         *               "frame.png": {
         *                 "hash": "9f2c4e8a1b3d5f7092c4e6a8b0d2f4163850a7c9e1b3d5f7092c4e6a8b0d2f41",
         *                 "mediaType": "image/png",
         *                 "bytes": 48213,
         *                 "url": "/api/v1/artifacts/9f2c4e8a1b3d5f7092c4e6a8b0d2f4163850a7c9e1b3d5f7092c4e6a8b0d2f41"
         *               }
         *             }
         *           },
         *           "error": null,
         *           "runId": "run0f3k8q2m9v1x7c4d2h8j",
         *           "revision": 7,
         *           "runCreatedAt": "2026-11-22T06:00:00.000Z",
         *           "lastSuccess": null
         *         }
         *       ]
         *     }
         */
        NodeResultList: {
            /** @description One entry per node that has a result, by node id */
            nodes: components["schemas"]["NodeResult"][];
        };
        /**
         * @example {
         *       "nodeId": "sh1a",
         *       "type": "shot",
         *       "role": "target",
         *       "status": "succeeded",
         *       "cacheKey": "c3a1f0e29b7d4c58a6e2f1d0b9c8a7e6f5d4c3b2a1908f7e6d5c4b3a29180f7e",
         *       "attempts": 1,
         *       "startedAt": "2026-11-22T06:00:00.000Z",
         *       "finishedAt": "2026-11-22T06:04:12.345Z",
         *       "outputs": {
         *         "values": {
         *           "prompt": "Medium close-up, low angle, 35 mm: MARA at the harbour at dawn"
         *         },
         *         "artifacts": {
         *           "frame.png": {
         *             "hash": "9f2c4e8a1b3d5f7092c4e6a8b0d2f4163850a7c9e1b3d5f7092c4e6a8b0d2f41",
         *             "mediaType": "image/png",
         *             "bytes": 48213,
         *             "url": "/api/v1/artifacts/9f2c4e8a1b3d5f7092c4e6a8b0d2f4163850a7c9e1b3d5f7092c4e6a8b0d2f41"
         *           }
         *         }
         *       },
         *       "error": null,
         *       "runId": "run0f3k8q2m9v1x7c4d2h8j",
         *       "revision": 7,
         *       "runCreatedAt": "2026-11-22T06:00:00.000Z"
         *     }
         */
        NodeRunResult: components["schemas"]["RunNode"] & {
            /** @description The graph revision that run executed */
            revision: number;
            /**
             * Format: date-time
             * @description When that run was started (later runs win)
             */
            runCreatedAt: string;
            /** @description The run that produced this result */
            runId: string;
        };
        NodeStatusEvent: {
            at: number;
            error?: {
                code: string;
                message: string;
            };
            /** @enum {string} */
            kind: "node.status";
            nodeId: string;
            progress?: number;
            runId: string;
            /** @enum {string} */
            status: "queued" | "running" | "succeeded" | "cached" | "failed" | "skipped" | "cancelled";
            /** @enum {number} */
            v: 1;
        };
        /**
         * @example {
         *       "type": "character",
         *       "label": "Character",
         *       "description": "A person in the story: the identity every prompt and sheet reuses.",
         *       "accent": "#e0795b",
         *       "fieldsSchema": {
         *         "$schema": "https://json-schema.org/draft/2020-12/schema",
         *         "type": "object",
         *         "properties": {
         *           "name": {
         *             "default": "",
         *             "title": "Name",
         *             "description": "Canonical name as it appears in the script, in UPPERCASE.",
         *             "x-widget": "text",
         *             "type": "string",
         *             "maxLength": 200
         *           },
         *           "notes": {
         *             "default": "",
         *             "title": "Notes",
         *             "x-widget": "textarea",
         *             "type": "string",
         *             "maxLength": 4000
         *           },
         *           "tags": {
         *             "default": [],
         *             "title": "Tags",
         *             "x-widget": "tags",
         *             "maxItems": 100,
         *             "type": "array",
         *             "items": {
         *               "type": "string",
         *               "minLength": 1,
         *               "maxLength": 200
         *             }
         *           },
         *           "status": {
         *             "default": "todo",
         *             "title": "Status",
         *             "description": "Where this node is in the review loop.",
         *             "x-widget": "select",
         *             "type": "string",
         *             "enum": [
         *               "todo",
         *               "wip",
         *               "review",
         *               "approved",
         *               "retake",
         *               "done"
         *             ]
         *           },
         *           "color": {
         *             "default": null,
         *             "title": "Colour",
         *             "x-widget": "color",
         *             "anyOf": [
         *               {
         *                 "type": "string",
         *                 "pattern": "^#[0-9a-fA-F]{6}$"
         *               },
         *               {
         *                 "type": "null"
         *               }
         *             ]
         *           },
         *           "aliases": {
         *             "default": [],
         *             "title": "Aliases",
         *             "description": "Other names the script uses for this character.",
         *             "x-widget": "tags",
         *             "maxItems": 100,
         *             "type": "array",
         *             "items": {
         *               "type": "string",
         *               "minLength": 1,
         *               "maxLength": 200
         *             }
         *           },
         *           "role": {
         *             "default": "supporting",
         *             "title": "Role",
         *             "x-widget": "select",
         *             "type": "string",
         *             "enum": [
         *               "lead",
         *               "supporting",
         *               "minor",
         *               "background"
         *             ]
         *           },
         *           "age": {
         *             "default": "",
         *             "title": "Age",
         *             "x-widget": "text",
         *             "type": "string",
         *             "maxLength": 200
         *           },
         *           "gender": {
         *             "default": "",
         *             "title": "Gender",
         *             "x-widget": "text",
         *             "type": "string",
         *             "maxLength": 200
         *           },
         *           "pronouns": {
         *             "default": "",
         *             "title": "Pronouns",
         *             "x-widget": "text",
         *             "type": "string",
         *             "maxLength": 200
         *           },
         *           "appearance": {
         *             "title": "Appearance",
         *             "x-widget": "group",
         *             "default": {},
         *             "type": "object",
         *             "properties": {
         *               "build": {
         *                 "default": "",
         *                 "title": "Build",
         *                 "x-widget": "text",
         *                 "type": "string",
         *                 "maxLength": 200
         *               },
         *               "height": {
         *                 "default": "",
         *                 "title": "Height",
         *                 "x-widget": "text",
         *                 "type": "string",
         *                 "maxLength": 200
         *               },
         *               "skinTone": {
         *                 "default": "",
         *                 "title": "Skin tone",
         *                 "x-widget": "text",
         *                 "type": "string",
         *                 "maxLength": 200
         *               },
         *               "face": {
         *                 "default": "",
         *                 "title": "Face",
         *                 "x-widget": "text",
         *                 "type": "string",
         *                 "maxLength": 200
         *               },
         *               "eyes": {
         *                 "default": "",
         *                 "title": "Eyes",
         *                 "x-widget": "text",
         *                 "type": "string",
         *                 "maxLength": 200
         *               },
         *               "hair": {
         *                 "default": "",
         *                 "title": "Hair",
         *                 "x-widget": "text",
         *                 "type": "string",
         *                 "maxLength": 200
         *               },
         *               "marks": {
         *                 "default": "",
         *                 "title": "Distinguishing marks",
         *                 "x-widget": "text",
         *                 "type": "string",
         *                 "maxLength": 200
         *               }
         *             },
         *             "additionalProperties": false
         *           },
         *           "identityBlock": {
         *             "default": "",
         *             "title": "Identity block",
         *             "description": "The exact text injected into every prompt. Blank: built from the appearance.",
         *             "x-widget": "textarea",
         *             "type": "string",
         *             "maxLength": 4000
         *           },
         *           "personality": {
         *             "default": "",
         *             "title": "Personality",
         *             "x-widget": "textarea",
         *             "type": "string",
         *             "maxLength": 4000
         *           },
         *           "bio": {
         *             "default": "",
         *             "title": "Biography",
         *             "x-widget": "textarea",
         *             "type": "string",
         *             "maxLength": 4000
         *           },
         *           "voice": {
         *             "default": "",
         *             "title": "Voice",
         *             "x-widget": "text",
         *             "type": "string",
         *             "maxLength": 200
         *           },
         *           "actor": {
         *             "default": "",
         *             "title": "Actor",
         *             "x-widget": "text",
         *             "type": "string",
         *             "maxLength": 200
         *           },
         *           "negative": {
         *             "default": "",
         *             "title": "Negative prompt",
         *             "description": "What must never appear for this character.",
         *             "x-widget": "textarea",
         *             "type": "string",
         *             "maxLength": 4000
         *           },
         *           "seed": {
         *             "default": null,
         *             "title": "Seed",
         *             "description": "Blank: derived from the node id.",
         *             "x-widget": "number",
         *             "anyOf": [
         *               {
         *                 "type": "integer",
         *                 "minimum": 0,
         *                 "maximum": 4294967295
         *               },
         *               {
         *                 "type": "null"
         *               }
         *             ]
         *           }
         *         },
         *         "additionalProperties": false
         *       },
         *       "fieldGroups": [
         *         {
         *           "title": "Identity",
         *           "fields": [
         *             "name",
         *             "aliases",
         *             "role",
         *             "age",
         *             "gender",
         *             "pronouns",
         *             "actor"
         *           ]
         *         },
         *         {
         *           "title": "Look",
         *           "fields": [
         *             "appearance",
         *             "identityBlock",
         *             "negative",
         *             "seed"
         *           ]
         *         },
         *         {
         *           "title": "Story",
         *           "fields": [
         *             "personality",
         *             "bio",
         *             "voice"
         *           ]
         *         },
         *         {
         *           "title": "Workflow",
         *           "fields": [
         *             "status",
         *             "tags",
         *             "color",
         *             "notes"
         *           ]
         *         }
         *       ],
         *       "summaryFields": [
         *         "role",
         *         "age",
         *         "actor"
         *       ],
         *       "inputs": [],
         *       "outputs": [
         *         {
         *           "name": "character",
         *           "label": "Character",
         *           "dataType": "CharacterRef"
         *         }
         *       ],
         *       "functions": [
         *         "characterSheet"
         *       ]
         *     }
         */
        NodeTypeDescription: {
            accent: string;
            description: string;
            fieldGroups: {
                fields: string[];
                title: string;
            }[];
            /** @description JSON Schema (2020-12) of the node fields, as input. */
            fieldsSchema: {
                [key: string]: unknown;
            };
            functions: string[];
            inputs: {
                dataType: string;
                description?: string;
                label: string;
                multiple?: boolean;
                name: string;
                required?: boolean;
            }[];
            label: string;
            outputs: {
                dataType: string;
                description?: string;
                label: string;
                multiple?: boolean;
                name: string;
                required?: boolean;
            }[];
            summaryFields: string[];
            type: string;
        };
        /**
         * @example {
         *       "nodeTypes": [
         *         {
         *           "type": "character",
         *           "label": "Character",
         *           "description": "A person in the story: the identity every prompt and sheet reuses.",
         *           "accent": "#e0795b",
         *           "fieldsSchema": {
         *             "$schema": "https://json-schema.org/draft/2020-12/schema",
         *             "type": "object",
         *             "properties": {
         *               "name": {
         *                 "default": "",
         *                 "title": "Name",
         *                 "description": "Canonical name as it appears in the script, in UPPERCASE.",
         *                 "x-widget": "text",
         *                 "type": "string",
         *                 "maxLength": 200
         *               },
         *               "notes": {
         *                 "default": "",
         *                 "title": "Notes",
         *                 "x-widget": "textarea",
         *                 "type": "string",
         *                 "maxLength": 4000
         *               },
         *               "tags": {
         *                 "default": [],
         *                 "title": "Tags",
         *                 "x-widget": "tags",
         *                 "maxItems": 100,
         *                 "type": "array",
         *                 "items": {
         *                   "type": "string",
         *                   "minLength": 1,
         *                   "maxLength": 200
         *                 }
         *               },
         *               "status": {
         *                 "default": "todo",
         *                 "title": "Status",
         *                 "description": "Where this node is in the review loop.",
         *                 "x-widget": "select",
         *                 "type": "string",
         *                 "enum": [
         *                   "todo",
         *                   "wip",
         *                   "review",
         *                   "approved",
         *                   "retake",
         *                   "done"
         *                 ]
         *               },
         *               "color": {
         *                 "default": null,
         *                 "title": "Colour",
         *                 "x-widget": "color",
         *                 "anyOf": [
         *                   {
         *                     "type": "string",
         *                     "pattern": "^#[0-9a-fA-F]{6}$"
         *                   },
         *                   {
         *                     "type": "null"
         *                   }
         *                 ]
         *               },
         *               "aliases": {
         *                 "default": [],
         *                 "title": "Aliases",
         *                 "description": "Other names the script uses for this character.",
         *                 "x-widget": "tags",
         *                 "maxItems": 100,
         *                 "type": "array",
         *                 "items": {
         *                   "type": "string",
         *                   "minLength": 1,
         *                   "maxLength": 200
         *                 }
         *               },
         *               "role": {
         *                 "default": "supporting",
         *                 "title": "Role",
         *                 "x-widget": "select",
         *                 "type": "string",
         *                 "enum": [
         *                   "lead",
         *                   "supporting",
         *                   "minor",
         *                   "background"
         *                 ]
         *               },
         *               "age": {
         *                 "default": "",
         *                 "title": "Age",
         *                 "x-widget": "text",
         *                 "type": "string",
         *                 "maxLength": 200
         *               },
         *               "gender": {
         *                 "default": "",
         *                 "title": "Gender",
         *                 "x-widget": "text",
         *                 "type": "string",
         *                 "maxLength": 200
         *               },
         *               "pronouns": {
         *                 "default": "",
         *                 "title": "Pronouns",
         *                 "x-widget": "text",
         *                 "type": "string",
         *                 "maxLength": 200
         *               },
         *               "appearance": {
         *                 "title": "Appearance",
         *                 "x-widget": "group",
         *                 "default": {},
         *                 "type": "object",
         *                 "properties": {
         *                   "build": {
         *                     "default": "",
         *                     "title": "Build",
         *                     "x-widget": "text",
         *                     "type": "string",
         *                     "maxLength": 200
         *                   },
         *                   "height": {
         *                     "default": "",
         *                     "title": "Height",
         *                     "x-widget": "text",
         *                     "type": "string",
         *                     "maxLength": 200
         *                   },
         *                   "skinTone": {
         *                     "default": "",
         *                     "title": "Skin tone",
         *                     "x-widget": "text",
         *                     "type": "string",
         *                     "maxLength": 200
         *                   },
         *                   "face": {
         *                     "default": "",
         *                     "title": "Face",
         *                     "x-widget": "text",
         *                     "type": "string",
         *                     "maxLength": 200
         *                   },
         *                   "eyes": {
         *                     "default": "",
         *                     "title": "Eyes",
         *                     "x-widget": "text",
         *                     "type": "string",
         *                     "maxLength": 200
         *                   },
         *                   "hair": {
         *                     "default": "",
         *                     "title": "Hair",
         *                     "x-widget": "text",
         *                     "type": "string",
         *                     "maxLength": 200
         *                   },
         *                   "marks": {
         *                     "default": "",
         *                     "title": "Distinguishing marks",
         *                     "x-widget": "text",
         *                     "type": "string",
         *                     "maxLength": 200
         *                   }
         *                 },
         *                 "additionalProperties": false
         *               },
         *               "identityBlock": {
         *                 "default": "",
         *                 "title": "Identity block",
         *                 "description": "The exact text injected into every prompt. Blank: built from the appearance.",
         *                 "x-widget": "textarea",
         *                 "type": "string",
         *                 "maxLength": 4000
         *               },
         *               "personality": {
         *                 "default": "",
         *                 "title": "Personality",
         *                 "x-widget": "textarea",
         *                 "type": "string",
         *                 "maxLength": 4000
         *               },
         *               "bio": {
         *                 "default": "",
         *                 "title": "Biography",
         *                 "x-widget": "textarea",
         *                 "type": "string",
         *                 "maxLength": 4000
         *               },
         *               "voice": {
         *                 "default": "",
         *                 "title": "Voice",
         *                 "x-widget": "text",
         *                 "type": "string",
         *                 "maxLength": 200
         *               },
         *               "actor": {
         *                 "default": "",
         *                 "title": "Actor",
         *                 "x-widget": "text",
         *                 "type": "string",
         *                 "maxLength": 200
         *               },
         *               "negative": {
         *                 "default": "",
         *                 "title": "Negative prompt",
         *                 "description": "What must never appear for this character.",
         *                 "x-widget": "textarea",
         *                 "type": "string",
         *                 "maxLength": 4000
         *               },
         *               "seed": {
         *                 "default": null,
         *                 "title": "Seed",
         *                 "description": "Blank: derived from the node id.",
         *                 "x-widget": "number",
         *                 "anyOf": [
         *                   {
         *                     "type": "integer",
         *                     "minimum": 0,
         *                     "maximum": 4294967295
         *                   },
         *                   {
         *                     "type": "null"
         *                   }
         *                 ]
         *               }
         *             },
         *             "additionalProperties": false
         *           },
         *           "fieldGroups": [
         *             {
         *               "title": "Identity",
         *               "fields": [
         *                 "name",
         *                 "aliases",
         *                 "role",
         *                 "age",
         *                 "gender",
         *                 "pronouns",
         *                 "actor"
         *               ]
         *             },
         *             {
         *               "title": "Look",
         *               "fields": [
         *                 "appearance",
         *                 "identityBlock",
         *                 "negative",
         *                 "seed"
         *               ]
         *             },
         *             {
         *               "title": "Story",
         *               "fields": [
         *                 "personality",
         *                 "bio",
         *                 "voice"
         *               ]
         *             },
         *             {
         *               "title": "Workflow",
         *               "fields": [
         *                 "status",
         *                 "tags",
         *                 "color",
         *                 "notes"
         *               ]
         *             }
         *           ],
         *           "summaryFields": [
         *             "role",
         *             "age",
         *             "actor"
         *           ],
         *           "inputs": [],
         *           "outputs": [
         *             {
         *               "name": "character",
         *               "label": "Character",
         *               "dataType": "CharacterRef"
         *             }
         *           ],
         *           "functions": [
         *             "characterSheet"
         *           ]
         *         },
         *         {
         *           "type": "scene",
         *           "label": "Scene",
         *           "description": "One scene of the script: where, when, who, and what is said.",
         *           "accent": "#4f8fe0",
         *           "fieldsSchema": {
         *             "$schema": "https://json-schema.org/draft/2020-12/schema",
         *             "type": "object",
         *             "properties": {
         *               "name": {
         *                 "default": "",
         *                 "title": "Name",
         *                 "x-widget": "text",
         *                 "type": "string",
         *                 "maxLength": 200
         *               },
         *               "notes": {
         *                 "default": "",
         *                 "title": "Notes",
         *                 "x-widget": "textarea",
         *                 "type": "string",
         *                 "maxLength": 4000
         *               },
         *               "tags": {
         *                 "default": [],
         *                 "title": "Tags",
         *                 "x-widget": "tags",
         *                 "maxItems": 100,
         *                 "type": "array",
         *                 "items": {
         *                   "type": "string",
         *                   "minLength": 1,
         *                   "maxLength": 200
         *                 }
         *               },
         *               "status": {
         *                 "default": "todo",
         *                 "title": "Status",
         *                 "description": "Where this node is in the review loop.",
         *                 "x-widget": "select",
         *                 "type": "string",
         *                 "enum": [
         *                   "todo",
         *                   "wip",
         *                   "review",
         *                   "approved",
         *                   "retake",
         *                   "done"
         *                 ]
         *               },
         *               "color": {
         *                 "default": null,
         *                 "title": "Colour",
         *                 "x-widget": "color",
         *                 "anyOf": [
         *                   {
         *                     "type": "string",
         *                     "pattern": "^#[0-9a-fA-F]{6}$"
         *                   },
         *                   {
         *                     "type": "null"
         *                   }
         *                 ]
         *               },
         *               "sceneNumber": {
         *                 "default": "",
         *                 "title": "Scene number",
         *                 "x-widget": "text",
         *                 "type": "string",
         *                 "pattern": "^(|[A-Z]{0,2}[0-9]{1,4}[A-Z]{0,3}(?:\\.[0-9]{1,3}[A-Z]{0,3}){0,2}|(?:(?:[0-9]{1,4}|[IVX]{1,5})-){1,2}[A-Z]{0,2}[0-9]{1,4}(?:-?[A-Z]{1,3})?(?:\\.[0-9]{1,3}[A-Z]{0,3}){0,2})$"
         *               },
         *               "order": {
         *                 "default": 0,
         *                 "title": "Order",
         *                 "x-widget": "number",
         *                 "type": "integer",
         *                 "minimum": 0,
         *                 "maximum": 100000
         *               },
         *               "intExt": {
         *                 "default": "INT",
         *                 "title": "INT / EXT",
         *                 "x-widget": "select",
         *                 "type": "string",
         *                 "enum": [
         *                   "INT",
         *                   "EXT",
         *                   "INT/EXT",
         *                   ""
         *                 ]
         *               },
         *               "locationName": {
         *                 "default": "",
         *                 "title": "Location",
         *                 "x-widget": "text",
         *                 "type": "string",
         *                 "maxLength": 200
         *               },
         *               "timeOfDay": {
         *                 "default": "",
         *                 "title": "Time of day",
         *                 "x-widget": "combo",
         *                 "examples": [
         *                   "DAY",
         *                   "NIGHT",
         *                   "DAWN",
         *                   "DUSK",
         *                   "MORNING",
         *                   "AFTERNOON",
         *                   "EVENING",
         *                   "CONTINUOUS",
         *                   "LATER",
         *                   "MOMENTS LATER",
         *                   "SAME"
         *                 ],
         *                 "type": "string",
         *                 "maxLength": 200
         *               },
         *               "storyDay": {
         *                 "default": null,
         *                 "title": "Story day",
         *                 "description": "Which day of the story this scene happens on.",
         *                 "x-widget": "number",
         *                 "anyOf": [
         *                   {
         *                     "type": "integer",
         *                     "minimum": 1,
         *                     "maximum": 10000
         *                   },
         *                   {
         *                     "type": "null"
         *                   }
         *                 ]
         *               },
         *               "synopsis": {
         *                 "default": "",
         *                 "title": "Synopsis",
         *                 "x-widget": "textarea",
         *                 "type": "string",
         *                 "maxLength": 4000
         *               },
         *               "scriptText": {
         *                 "default": "",
         *                 "title": "Script",
         *                 "description": "The scene as a Fountain fragment: action, cues, dialogue.",
         *                 "x-widget": "script",
         *                 "x-collaborative-text": true,
         *                 "type": "string",
         *                 "maxLength": 100000
         *               },
         *               "transitionOut": {
         *                 "default": "",
         *                 "title": "Transition out",
         *                 "x-widget": "combo",
         *                 "examples": [
         *                   "CUT TO:",
         *                   "DISSOLVE TO:",
         *                   "SMASH CUT TO:",
         *                   "MATCH CUT TO:",
         *                   "FADE OUT."
         *                 ],
         *                 "type": "string",
         *                 "maxLength": 200
         *               }
         *             },
         *             "additionalProperties": false
         *           },
         *           "fieldGroups": [
         *             {
         *               "title": "Heading",
         *               "fields": [
         *                 "sceneNumber",
         *                 "intExt",
         *                 "locationName",
         *                 "timeOfDay",
         *                 "storyDay",
         *                 "order"
         *               ]
         *             },
         *             {
         *               "title": "Story",
         *               "fields": [
         *                 "name",
         *                 "synopsis",
         *                 "scriptText",
         *                 "transitionOut"
         *               ]
         *             },
         *             {
         *               "title": "Workflow",
         *               "fields": [
         *                 "status",
         *                 "tags",
         *                 "color",
         *                 "notes"
         *               ]
         *             }
         *           ],
         *           "summaryFields": [
         *             "synopsis"
         *           ],
         *           "inputs": [
         *             {
         *               "name": "characters",
         *               "label": "Cast",
         *               "dataType": "CharacterRef",
         *               "multiple": true,
         *               "description": "Characters cast in this scene."
         *             },
         *             {
         *               "name": "location",
         *               "label": "Location",
         *               "dataType": "LocationRef",
         *               "description": "Where the scene happens."
         *             },
         *             {
         *               "name": "style",
         *               "label": "Style",
         *               "dataType": "StyleRef",
         *               "description": "The look of the scene; a Shot’s own Style wins."
         *             },
         *             {
         *               "name": "props",
         *               "label": "Props",
         *               "dataType": "PropRef",
         *               "multiple": true,
         *               "description": "Props, wardrobe and other elements of the breakdown used in this scene."
         *             }
         *           ],
         *           "outputs": [
         *             {
         *               "name": "scene",
         *               "label": "Scene",
         *               "dataType": "SceneRef"
         *             }
         *           ],
         *           "functions": [
         *             "sceneBreakdown"
         *           ]
         *         },
         *         {
         *           "type": "shot",
         *           "label": "Shot",
         *           "description": "One camera setup: framing, movement and action, compiled into a prompt and a frame.",
         *           "accent": "#3fb68b",
         *           "fieldsSchema": {
         *             "$schema": "https://json-schema.org/draft/2020-12/schema",
         *             "type": "object",
         *             "properties": {
         *               "name": {
         *                 "default": "",
         *                 "title": "Name",
         *                 "x-widget": "text",
         *                 "type": "string",
         *                 "maxLength": 200
         *               },
         *               "notes": {
         *                 "default": "",
         *                 "title": "Notes",
         *                 "x-widget": "textarea",
         *                 "type": "string",
         *                 "maxLength": 4000
         *               },
         *               "tags": {
         *                 "default": [],
         *                 "title": "Tags",
         *                 "x-widget": "tags",
         *                 "maxItems": 100,
         *                 "type": "array",
         *                 "items": {
         *                   "type": "string",
         *                   "minLength": 1,
         *                   "maxLength": 200
         *                 }
         *               },
         *               "status": {
         *                 "default": "todo",
         *                 "title": "Status",
         *                 "description": "Where this node is in the review loop.",
         *                 "x-widget": "select",
         *                 "type": "string",
         *                 "enum": [
         *                   "todo",
         *                   "wip",
         *                   "review",
         *                   "approved",
         *                   "retake",
         *                   "done"
         *                 ]
         *               },
         *               "color": {
         *                 "default": null,
         *                 "title": "Colour",
         *                 "x-widget": "color",
         *                 "anyOf": [
         *                   {
         *                     "type": "string",
         *                     "pattern": "^#[0-9a-fA-F]{6}$"
         *                   },
         *                   {
         *                     "type": "null"
         *                   }
         *                 ]
         *               },
         *               "shotNumber": {
         *                 "default": "",
         *                 "title": "Shot number",
         *                 "x-widget": "text",
         *                 "type": "string",
         *                 "pattern": "^(|[A-Z]{0,2}[0-9]{1,4}[A-HJ-NP-Z]{0,3}(?:\\.[0-9]{1,3}[A-HJ-NP-Z]{0,3}){0,2}|(?:(?:[0-9]{1,4}|[IVX]{1,5})-){1,2}[A-Z]{0,2}[0-9]{1,4}(?:-?[A-HJ-NP-Z]{1,3})?(?:\\.[0-9]{1,3}[A-HJ-NP-Z]{0,3}){0,2})$"
         *               },
         *               "order": {
         *                 "default": 0,
         *                 "title": "Order",
         *                 "x-widget": "number",
         *                 "type": "integer",
         *                 "minimum": 0,
         *                 "maximum": 100000
         *               },
         *               "description": {
         *                 "default": "",
         *                 "title": "Description",
         *                 "x-widget": "textarea",
         *                 "type": "string",
         *                 "maxLength": 4000
         *               },
         *               "action": {
         *                 "default": "",
         *                 "title": "Action",
         *                 "description": "What happens in frame; feeds the prompt.",
         *                 "x-widget": "textarea",
         *                 "x-collaborative-text": true,
         *                 "type": "string",
         *                 "maxLength": 100000
         *               },
         *               "shotSize": {
         *                 "default": "MS",
         *                 "title": "Shot size",
         *                 "x-widget": "select",
         *                 "type": "string",
         *                 "enum": [
         *                   "EWS",
         *                   "WS",
         *                   "FS",
         *                   "MWS",
         *                   "MS",
         *                   "MCU",
         *                   "CU",
         *                   "ECU",
         *                   "INSERT"
         *                 ]
         *               },
         *               "shotType": {
         *                 "default": "single",
         *                 "title": "Shot type",
         *                 "x-widget": "select",
         *                 "type": "string",
         *                 "enum": [
         *                   "single",
         *                   "two-shot",
         *                   "three-shot",
         *                   "group",
         *                   "OTS",
         *                   "POV",
         *                   "reaction",
         *                   "insert",
         *                   "cutaway",
         *                   "establishing",
         *                   "master",
         *                   "aerial"
         *                 ]
         *               },
         *               "angle": {
         *                 "default": "eye",
         *                 "title": "Angle",
         *                 "x-widget": "select",
         *                 "type": "string",
         *                 "enum": [
         *                   "eye",
         *                   "high",
         *                   "low",
         *                   "overhead",
         *                   "worms_eye",
         *                   "dutch"
         *                 ]
         *               },
         *               "movement": {
         *                 "default": "static",
         *                 "title": "Movement",
         *                 "x-widget": "select",
         *                 "type": "string",
         *                 "enum": [
         *                   "static",
         *                   "pan_left",
         *                   "pan_right",
         *                   "tilt_up",
         *                   "tilt_down",
         *                   "dolly_in",
         *                   "dolly_out",
         *                   "truck_left",
         *                   "truck_right",
         *                   "zoom_in",
         *                   "zoom_out",
         *                   "crane_up",
         *                   "crane_down",
         *                   "arc",
         *                   "handheld",
         *                   "steadicam",
         *                   "whip_pan",
         *                   "drone"
         *                 ]
         *               },
         *               "lensMm": {
         *                 "default": 35,
         *                 "title": "Lens (mm)",
         *                 "x-widget": "number",
         *                 "type": "number",
         *                 "minimum": 4,
         *                 "maximum": 1200
         *               },
         *               "aspect": {
         *                 "default": "2.39",
         *                 "title": "Aspect ratio",
         *                 "x-widget": "select",
         *                 "type": "string",
         *                 "enum": [
         *                   "2.39",
         *                   "1.85",
         *                   "1.78",
         *                   "1.33",
         *                   "1.00",
         *                   "0.5625"
         *                 ]
         *               },
         *               "durationS": {
         *                 "default": null,
         *                 "title": "Duration (s)",
         *                 "description": "Blank: from its action (200 ms a word); with none, from what it covers of its scene — a master the whole scene, a shot of speakers their lines, anything else 2 s.",
         *                 "x-widget": "number",
         *                 "anyOf": [
         *                   {
         *                     "type": "number",
         *                     "minimum": 0.1,
         *                     "maximum": 3600
         *                   },
         *                   {
         *                     "type": "null"
         *                   }
         *                 ]
         *               },
         *               "composition": {
         *                 "default": "",
         *                 "title": "Composition",
         *                 "x-widget": "text",
         *                 "type": "string",
         *                 "maxLength": 200
         *               },
         *               "lighting": {
         *                 "default": "",
         *                 "title": "Lighting",
         *                 "x-widget": "text",
         *                 "type": "string",
         *                 "maxLength": 200
         *               },
         *               "mood": {
         *                 "default": "",
         *                 "title": "Mood",
         *                 "x-widget": "text",
         *                 "type": "string",
         *                 "maxLength": 200
         *               },
         *               "screenDirection": {
         *                 "default": "none",
         *                 "title": "Screen direction",
         *                 "x-widget": "select",
         *                 "type": "string",
         *                 "enum": [
         *                   "none",
         *                   "left_to_right",
         *                   "right_to_left",
         *                   "toward_camera",
         *                   "away_from_camera"
         *                 ]
         *               },
         *               "seed": {
         *                 "default": null,
         *                 "title": "Seed",
         *                 "description": "Blank: derived from the node id.",
         *                 "x-widget": "number",
         *                 "anyOf": [
         *                   {
         *                     "type": "integer",
         *                     "minimum": 0,
         *                     "maximum": 4294967295
         *                   },
         *                   {
         *                     "type": "null"
         *                   }
         *                 ]
         *               }
         *             },
         *             "additionalProperties": false
         *           },
         *           "fieldGroups": [
         *             {
         *               "title": "Shot",
         *               "fields": [
         *                 "shotNumber",
         *                 "order",
         *                 "name",
         *                 "description",
         *                 "action"
         *               ]
         *             },
         *             {
         *               "title": "Camera",
         *               "fields": [
         *                 "shotSize",
         *                 "shotType",
         *                 "angle",
         *                 "movement",
         *                 "lensMm",
         *                 "aspect",
         *                 "durationS",
         *                 "screenDirection"
         *               ]
         *             },
         *             {
         *               "title": "Look",
         *               "fields": [
         *                 "composition",
         *                 "lighting",
         *                 "mood",
         *                 "seed"
         *               ]
         *             },
         *             {
         *               "title": "Workflow",
         *               "fields": [
         *                 "status",
         *                 "tags",
         *                 "color",
         *                 "notes"
         *               ]
         *             }
         *           ],
         *           "summaryFields": [
         *             "shotSize",
         *             "angle",
         *             "movement",
         *             "lensMm"
         *           ],
         *           "inputs": [
         *             {
         *               "name": "scene",
         *               "label": "Scene",
         *               "dataType": "SceneRef",
         *               "required": true,
         *               "description": "The scene this shot covers."
         *             },
         *             {
         *               "name": "characters",
         *               "label": "In frame",
         *               "dataType": "CharacterRef",
         *               "multiple": true,
         *               "description": "Characters in frame; each must be cast in the shot’s scene."
         *             },
         *             {
         *               "name": "location",
         *               "label": "Location",
         *               "dataType": "LocationRef",
         *               "description": "Overrides the scene’s location for this shot (an insert shot elsewhere)."
         *             },
         *             {
         *               "name": "style",
         *               "label": "Style",
         *               "dataType": "StyleRef",
         *               "description": "The look of this shot; wins over the scene’s."
         *             },
         *             {
         *               "name": "props",
         *               "label": "Props",
         *               "dataType": "PropRef",
         *               "multiple": true,
         *               "description": "Props in frame (the subject of an insert)."
         *             },
         *             {
         *               "name": "camera",
         *               "label": "Camera",
         *               "dataType": "CameraRef",
         *               "description": "The camera package: sensor and frame rate."
         *             },
         *             {
         *               "name": "dialogue",
         *               "label": "Dialogue",
         *               "dataType": "DialogueLine",
         *               "multiple": true,
         *               "description": "The lines this shot covers."
         *             }
         *           ],
         *           "outputs": [
         *             {
         *               "name": "shot",
         *               "label": "Shot",
         *               "dataType": "ShotRef"
         *             },
         *             {
         *               "name": "prompt",
         *               "label": "Prompt",
         *               "dataType": "CompiledPrompt"
         *             },
         *             {
         *               "name": "frame",
         *               "label": "Frame",
         *               "dataType": "ImageAsset"
         *             }
         *           ],
         *           "functions": [
         *             "compileShotPrompt",
         *             "storyboardFrame",
         *             "shotRef"
         *           ]
         *         },
         *         {
         *           "type": "location",
         *           "label": "Location",
         *           "description": "A place the story happens: the setting every scene and shot there shares.",
         *           "accent": "#c9a23f",
         *           "fieldsSchema": {
         *             "$schema": "https://json-schema.org/draft/2020-12/schema",
         *             "type": "object",
         *             "properties": {
         *               "name": {
         *                 "default": "",
         *                 "title": "Name",
         *                 "description": "Canonical name as scene headings write it, in UPPERCASE, without the time of day (KITCHEN).",
         *                 "x-widget": "text",
         *                 "type": "string",
         *                 "maxLength": 200
         *               },
         *               "notes": {
         *                 "default": "",
         *                 "title": "Notes",
         *                 "x-widget": "textarea",
         *                 "type": "string",
         *                 "maxLength": 4000
         *               },
         *               "tags": {
         *                 "default": [],
         *                 "title": "Tags",
         *                 "x-widget": "tags",
         *                 "maxItems": 100,
         *                 "type": "array",
         *                 "items": {
         *                   "type": "string",
         *                   "minLength": 1,
         *                   "maxLength": 200
         *                 }
         *               },
         *               "status": {
         *                 "default": "todo",
         *                 "title": "Status",
         *                 "description": "Where this node is in the review loop.",
         *                 "x-widget": "select",
         *                 "type": "string",
         *                 "enum": [
         *                   "todo",
         *                   "wip",
         *                   "review",
         *                   "approved",
         *                   "retake",
         *                   "done"
         *                 ]
         *               },
         *               "color": {
         *                 "default": null,
         *                 "title": "Colour",
         *                 "x-widget": "color",
         *                 "anyOf": [
         *                   {
         *                     "type": "string",
         *                     "pattern": "^#[0-9a-fA-F]{6}$"
         *                   },
         *                   {
         *                     "type": "null"
         *                   }
         *                 ]
         *               },
         *               "parent": {
         *                 "default": "",
         *                 "title": "Part of",
         *                 "description": "The name of the larger location this one belongs to (HOUSE for HOUSE - KITCHEN); blank for none.",
         *                 "x-widget": "text",
         *                 "type": "string",
         *                 "maxLength": 200
         *               },
         *               "intExt": {
         *                 "default": "INT",
         *                 "title": "INT / EXT",
         *                 "x-widget": "select",
         *                 "type": "string",
         *                 "enum": [
         *                   "INT",
         *                   "EXT",
         *                   "INT/EXT"
         *                 ]
         *               },
         *               "description": {
         *                 "default": "",
         *                 "title": "Description",
         *                 "description": "What the place looks like; feeds every prompt set here.",
         *                 "x-widget": "textarea",
         *                 "type": "string",
         *                 "maxLength": 4000
         *               },
         *               "timeOfDayNotes": {
         *                 "default": "",
         *                 "title": "Time of day notes",
         *                 "description": "How the place changes from day to night.",
         *                 "x-widget": "textarea",
         *                 "type": "string",
         *                 "maxLength": 4000
         *               },
         *               "lookNotes": {
         *                 "default": "",
         *                 "title": "Look notes",
         *                 "description": "Light, colour and texture of the place.",
         *                 "x-widget": "textarea",
         *                 "type": "string",
         *                 "maxLength": 4000
         *               },
         *               "address": {
         *                 "default": "",
         *                 "title": "Set / address",
         *                 "description": "The stage, set or real address where it is shot.",
         *                 "x-widget": "text",
         *                 "type": "string",
         *                 "maxLength": 200
         *               },
         *               "seed": {
         *                 "default": null,
         *                 "title": "Seed",
         *                 "description": "Blank: derived from the node id.",
         *                 "x-widget": "number",
         *                 "anyOf": [
         *                   {
         *                     "type": "integer",
         *                     "minimum": 0,
         *                     "maximum": 4294967295
         *                   },
         *                   {
         *                     "type": "null"
         *                   }
         *                 ]
         *               }
         *             },
         *             "additionalProperties": false
         *           },
         *           "fieldGroups": [
         *             {
         *               "title": "Place",
         *               "fields": [
         *                 "name",
         *                 "parent",
         *                 "intExt",
         *                 "address"
         *               ]
         *             },
         *             {
         *               "title": "Look",
         *               "fields": [
         *                 "description",
         *                 "timeOfDayNotes",
         *                 "lookNotes",
         *                 "seed"
         *               ]
         *             },
         *             {
         *               "title": "Workflow",
         *               "fields": [
         *                 "status",
         *                 "tags",
         *                 "color",
         *                 "notes"
         *               ]
         *             }
         *           ],
         *           "summaryFields": [
         *             "intExt",
         *             "description"
         *           ],
         *           "inputs": [],
         *           "outputs": [
         *             {
         *               "name": "location",
         *               "label": "Location",
         *               "dataType": "LocationRef"
         *             }
         *           ],
         *           "functions": [
         *             "locationSheet"
         *           ]
         *         },
         *         {
         *           "type": "style",
         *           "label": "Style",
         *           "description": "A visual look: the prompt prefix, negative and palette shared by scenes and shots.",
         *           "accent": "#a46ad6",
         *           "fieldsSchema": {
         *             "$schema": "https://json-schema.org/draft/2020-12/schema",
         *             "type": "object",
         *             "properties": {
         *               "name": {
         *                 "default": "",
         *                 "title": "Name",
         *                 "x-widget": "text",
         *                 "type": "string",
         *                 "maxLength": 200
         *               },
         *               "notes": {
         *                 "default": "",
         *                 "title": "Notes",
         *                 "x-widget": "textarea",
         *                 "type": "string",
         *                 "maxLength": 4000
         *               },
         *               "tags": {
         *                 "default": [],
         *                 "title": "Tags",
         *                 "x-widget": "tags",
         *                 "maxItems": 100,
         *                 "type": "array",
         *                 "items": {
         *                   "type": "string",
         *                   "minLength": 1,
         *                   "maxLength": 200
         *                 }
         *               },
         *               "status": {
         *                 "default": "todo",
         *                 "title": "Status",
         *                 "description": "Where this node is in the review loop.",
         *                 "x-widget": "select",
         *                 "type": "string",
         *                 "enum": [
         *                   "todo",
         *                   "wip",
         *                   "review",
         *                   "approved",
         *                   "retake",
         *                   "done"
         *                 ]
         *               },
         *               "color": {
         *                 "default": null,
         *                 "title": "Colour",
         *                 "x-widget": "color",
         *                 "anyOf": [
         *                   {
         *                     "type": "string",
         *                     "pattern": "^#[0-9a-fA-F]{6}$"
         *                   },
         *                   {
         *                     "type": "null"
         *                   }
         *                 ]
         *               },
         *               "prefix": {
         *                 "default": "",
         *                 "title": "Prompt prefix",
         *                 "description": "Opens every prompt this style governs: medium, grade, era.",
         *                 "x-widget": "textarea",
         *                 "type": "string",
         *                 "maxLength": 4000
         *               },
         *               "negative": {
         *                 "default": "",
         *                 "title": "Negative prompt",
         *                 "description": "What this look must never contain.",
         *                 "x-widget": "textarea",
         *                 "type": "string",
         *                 "maxLength": 4000
         *               },
         *               "palette": {
         *                 "default": [],
         *                 "title": "Palette",
         *                 "description": "Key colours, as hex.",
         *                 "x-widget": "tags",
         *                 "maxItems": 32,
         *                 "type": "array",
         *                 "items": {
         *                   "type": "string",
         *                   "pattern": "^#[0-9a-fA-F]{6}$"
         *                 }
         *               },
         *               "referenceNotes": {
         *                 "default": "",
         *                 "title": "References",
         *                 "description": "Films, photographers, paintings this look borrows from.",
         *                 "x-widget": "textarea",
         *                 "type": "string",
         *                 "maxLength": 4000
         *               }
         *             },
         *             "additionalProperties": false
         *           },
         *           "fieldGroups": [
         *             {
         *               "title": "Look",
         *               "fields": [
         *                 "name",
         *                 "prefix",
         *                 "negative",
         *                 "palette",
         *                 "referenceNotes"
         *               ]
         *             },
         *             {
         *               "title": "Workflow",
         *               "fields": [
         *                 "status",
         *                 "tags",
         *                 "color",
         *                 "notes"
         *               ]
         *             }
         *           ],
         *           "summaryFields": [
         *             "prefix"
         *           ],
         *           "inputs": [],
         *           "outputs": [
         *             {
         *               "name": "style",
         *               "label": "Style",
         *               "dataType": "StyleRef"
         *             }
         *           ],
         *           "functions": [
         *             "styleGuide"
         *           ]
         *         },
         *         {
         *           "type": "script",
         *           "label": "Script",
         *           "description": "The screenplay the scenes, characters and locations were imported from.",
         *           "accent": "#8a8f98",
         *           "fieldsSchema": {
         *             "$schema": "https://json-schema.org/draft/2020-12/schema",
         *             "type": "object",
         *             "properties": {
         *               "name": {
         *                 "default": "",
         *                 "title": "Name",
         *                 "x-widget": "text",
         *                 "type": "string",
         *                 "maxLength": 200
         *               },
         *               "notes": {
         *                 "default": "",
         *                 "title": "Notes",
         *                 "x-widget": "textarea",
         *                 "type": "string",
         *                 "maxLength": 4000
         *               },
         *               "tags": {
         *                 "default": [],
         *                 "title": "Tags",
         *                 "x-widget": "tags",
         *                 "maxItems": 100,
         *                 "type": "array",
         *                 "items": {
         *                   "type": "string",
         *                   "minLength": 1,
         *                   "maxLength": 200
         *                 }
         *               },
         *               "status": {
         *                 "default": "todo",
         *                 "title": "Status",
         *                 "description": "Where this node is in the review loop.",
         *                 "x-widget": "select",
         *                 "type": "string",
         *                 "enum": [
         *                   "todo",
         *                   "wip",
         *                   "review",
         *                   "approved",
         *                   "retake",
         *                   "done"
         *                 ]
         *               },
         *               "color": {
         *                 "default": null,
         *                 "title": "Colour",
         *                 "x-widget": "color",
         *                 "anyOf": [
         *                   {
         *                     "type": "string",
         *                     "pattern": "^#[0-9a-fA-F]{6}$"
         *                   },
         *                   {
         *                     "type": "null"
         *                   }
         *                 ]
         *               },
         *               "title": {
         *                 "default": "",
         *                 "title": "Title",
         *                 "description": "From the title page.",
         *                 "x-widget": "text",
         *                 "type": "string",
         *                 "maxLength": 200
         *               },
         *               "format": {
         *                 "default": "fountain",
         *                 "title": "Format",
         *                 "x-widget": "select",
         *                 "type": "string",
         *                 "enum": [
         *                   "fountain"
         *                 ]
         *               },
         *               "source": {
         *                 "default": "",
         *                 "title": "Screenplay",
         *                 "description": "The whole script, in Fountain.",
         *                 "x-widget": "script",
         *                 "x-collaborative-text": true,
         *                 "type": "string",
         *                 "maxLength": 1000000
         *               },
         *               "importMode": {
         *                 "default": "sync",
         *                 "title": "Import mode",
         *                 "description": "Sync: re-importing updates scenes in place and keeps your additions. Create: only adds what is new.",
         *                 "x-widget": "select",
         *                 "type": "string",
         *                 "enum": [
         *                   "sync",
         *                   "create"
         *                 ]
         *               }
         *             },
         *             "additionalProperties": false
         *           },
         *           "fieldGroups": [
         *             {
         *               "title": "Script",
         *               "fields": [
         *                 "title",
         *                 "name",
         *                 "format",
         *                 "importMode",
         *                 "source"
         *               ]
         *             },
         *             {
         *               "title": "Workflow",
         *               "fields": [
         *                 "status",
         *                 "tags",
         *                 "color",
         *                 "notes"
         *               ]
         *             }
         *           ],
         *           "summaryFields": [
         *             "title",
         *             "format"
         *           ],
         *           "inputs": [],
         *           "outputs": [
         *             {
         *               "name": "report",
         *               "label": "Report",
         *               "dataType": "Report"
         *             }
         *           ],
         *           "functions": [
         *             "scriptReport"
         *           ]
         *         },
         *         {
         *           "type": "prop",
         *           "label": "Prop",
         *           "description": "A physical element of the breakdown: a prop, a piece of wardrobe, a vehicle, an animal.",
         *           "accent": "#b07fd6",
         *           "fieldsSchema": {
         *             "$schema": "https://json-schema.org/draft/2020-12/schema",
         *             "type": "object",
         *             "properties": {
         *               "name": {
         *                 "default": "",
         *                 "title": "Name",
         *                 "description": "As the breakdown lists it, such as THE LETTER or ANNA’S RED COAT.",
         *                 "x-widget": "text",
         *                 "type": "string",
         *                 "maxLength": 200
         *               },
         *               "notes": {
         *                 "default": "",
         *                 "title": "Notes",
         *                 "x-widget": "textarea",
         *                 "type": "string",
         *                 "maxLength": 4000
         *               },
         *               "tags": {
         *                 "default": [],
         *                 "title": "Tags",
         *                 "x-widget": "tags",
         *                 "maxItems": 100,
         *                 "type": "array",
         *                 "items": {
         *                   "type": "string",
         *                   "minLength": 1,
         *                   "maxLength": 200
         *                 }
         *               },
         *               "status": {
         *                 "default": "todo",
         *                 "title": "Status",
         *                 "description": "Where this node is in the review loop.",
         *                 "x-widget": "select",
         *                 "type": "string",
         *                 "enum": [
         *                   "todo",
         *                   "wip",
         *                   "review",
         *                   "approved",
         *                   "retake",
         *                   "done"
         *                 ]
         *               },
         *               "color": {
         *                 "default": null,
         *                 "title": "Colour",
         *                 "x-widget": "color",
         *                 "anyOf": [
         *                   {
         *                     "type": "string",
         *                     "pattern": "^#[0-9a-fA-F]{6}$"
         *                   },
         *                   {
         *                     "type": "null"
         *                   }
         *                 ]
         *               },
         *               "category": {
         *                 "default": "prop",
         *                 "title": "Category",
         *                 "description": "Where it goes on the breakdown sheet.",
         *                 "x-widget": "select",
         *                 "type": "string",
         *                 "enum": [
         *                   "prop",
         *                   "wardrobe",
         *                   "set_dressing",
         *                   "vehicle",
         *                   "animal",
         *                   "weapon",
         *                   "makeup",
         *                   "special_equipment",
         *                   "other"
         *                 ]
         *               },
         *               "importance": {
         *                 "default": "featured",
         *                 "title": "Importance",
         *                 "description": "Hero: handled and seen up close; starter coverage gives it an insert.",
         *                 "x-widget": "select",
         *                 "type": "string",
         *                 "enum": [
         *                   "background",
         *                   "featured",
         *                   "hero"
         *                 ]
         *               },
         *               "character": {
         *                 "default": "",
         *                 "title": "Worn / carried by",
         *                 "description": "The character it belongs to (wardrobe, a personal prop), in UPPERCASE; blank for none.",
         *                 "x-widget": "text",
         *                 "type": "string",
         *                 "maxLength": 200
         *               },
         *               "description": {
         *                 "default": "",
         *                 "title": "Description",
         *                 "description": "What it looks like; feeds insert prompts.",
         *                 "x-widget": "textarea",
         *                 "type": "string",
         *                 "maxLength": 4000
         *               },
         *               "continuityNotes": {
         *                 "default": "",
         *                 "title": "Continuity notes",
         *                 "description": "State it must be in from scene to scene (torn, half full).",
         *                 "x-widget": "textarea",
         *                 "type": "string",
         *                 "maxLength": 4000
         *               }
         *             },
         *             "additionalProperties": false
         *           },
         *           "fieldGroups": [
         *             {
         *               "title": "Element",
         *               "fields": [
         *                 "name",
         *                 "category",
         *                 "importance",
         *                 "character"
         *               ]
         *             },
         *             {
         *               "title": "Look",
         *               "fields": [
         *                 "description",
         *                 "continuityNotes"
         *               ]
         *             },
         *             {
         *               "title": "Workflow",
         *               "fields": [
         *                 "status",
         *                 "tags",
         *                 "color",
         *                 "notes"
         *               ]
         *             }
         *           ],
         *           "summaryFields": [
         *             "category",
         *             "importance",
         *             "character"
         *           ],
         *           "inputs": [],
         *           "outputs": [
         *             {
         *               "name": "prop",
         *               "label": "Prop",
         *               "dataType": "PropRef"
         *             }
         *           ],
         *           "functions": [
         *             "propSheet"
         *           ]
         *         },
         *         {
         *           "type": "camera",
         *           "label": "Camera",
         *           "description": "A camera package: body, sensor, lenses, frame rate and aspect that shots share.",
         *           "accent": "#6f8fa8",
         *           "fieldsSchema": {
         *             "$schema": "https://json-schema.org/draft/2020-12/schema",
         *             "type": "object",
         *             "properties": {
         *               "name": {
         *                 "default": "",
         *                 "title": "Name",
         *                 "x-widget": "text",
         *                 "type": "string",
         *                 "maxLength": 200
         *               },
         *               "notes": {
         *                 "default": "",
         *                 "title": "Notes",
         *                 "x-widget": "textarea",
         *                 "type": "string",
         *                 "maxLength": 4000
         *               },
         *               "tags": {
         *                 "default": [],
         *                 "title": "Tags",
         *                 "x-widget": "tags",
         *                 "maxItems": 100,
         *                 "type": "array",
         *                 "items": {
         *                   "type": "string",
         *                   "minLength": 1,
         *                   "maxLength": 200
         *                 }
         *               },
         *               "status": {
         *                 "default": "todo",
         *                 "title": "Status",
         *                 "description": "Where this node is in the review loop.",
         *                 "x-widget": "select",
         *                 "type": "string",
         *                 "enum": [
         *                   "todo",
         *                   "wip",
         *                   "review",
         *                   "approved",
         *                   "retake",
         *                   "done"
         *                 ]
         *               },
         *               "color": {
         *                 "default": null,
         *                 "title": "Colour",
         *                 "x-widget": "color",
         *                 "anyOf": [
         *                   {
         *                     "type": "string",
         *                     "pattern": "^#[0-9a-fA-F]{6}$"
         *                   },
         *                   {
         *                     "type": "null"
         *                   }
         *                 ]
         *               },
         *               "body": {
         *                 "default": "",
         *                 "title": "Camera body",
         *                 "description": "Such as ARRI Alexa 35 or Sony Venice 2.",
         *                 "x-widget": "text",
         *                 "type": "string",
         *                 "maxLength": 200
         *               },
         *               "sensor": {
         *                 "default": "super35",
         *                 "title": "Sensor",
         *                 "description": "Sets the field of view of each lens.",
         *                 "x-widget": "select",
         *                 "type": "string",
         *                 "enum": [
         *                   "full_frame",
         *                   "super35",
         *                   "mft"
         *                 ]
         *               },
         *               "lensSet": {
         *                 "default": [
         *                   "18",
         *                   "25",
         *                   "35",
         *                   "50",
         *                   "75",
         *                   "100"
         *                 ],
         *                 "title": "Lens set (mm)",
         *                 "description": "The primes on the cart, in mm.",
         *                 "x-widget": "tags",
         *                 "maxItems": 24,
         *                 "type": "array",
         *                 "items": {
         *                   "type": "string",
         *                   "pattern": "^[1-9][0-9]{0,3}(\\.[0-9])?$"
         *                 }
         *               },
         *               "squeeze": {
         *                 "default": "1",
         *                 "title": "Anamorphic squeeze",
         *                 "description": "1 for spherical lenses.",
         *                 "x-widget": "select",
         *                 "type": "string",
         *                 "enum": [
         *                   "1",
         *                   "2",
         *                   "1.3",
         *                   "1.5",
         *                   "1.8"
         *                 ]
         *               },
         *               "frameRate": {
         *                 "default": "24",
         *                 "title": "Frame rate (fps)",
         *                 "x-widget": "select",
         *                 "type": "string",
         *                 "enum": [
         *                   "24",
         *                   "25",
         *                   "30",
         *                   "48",
         *                   "50",
         *                   "60",
         *                   "23.976",
         *                   "29.97",
         *                   "59.94"
         *                 ]
         *               },
         *               "aspect": {
         *                 "default": "2.39",
         *                 "title": "Aspect ratio",
         *                 "description": "The delivery frame.",
         *                 "x-widget": "select",
         *                 "type": "string",
         *                 "enum": [
         *                   "2.39",
         *                   "1.85",
         *                   "1.78",
         *                   "1.33",
         *                   "1.00",
         *                   "0.5625"
         *                 ]
         *               }
         *             },
         *             "additionalProperties": false
         *           },
         *           "fieldGroups": [
         *             {
         *               "title": "Camera",
         *               "fields": [
         *                 "name",
         *                 "body",
         *                 "sensor",
         *                 "lensSet",
         *                 "squeeze",
         *                 "frameRate",
         *                 "aspect"
         *               ]
         *             },
         *             {
         *               "title": "Workflow",
         *               "fields": [
         *                 "status",
         *                 "tags",
         *                 "color",
         *                 "notes"
         *               ]
         *             }
         *           ],
         *           "summaryFields": [
         *             "body",
         *             "sensor",
         *             "frameRate",
         *             "aspect"
         *           ],
         *           "inputs": [],
         *           "outputs": [
         *             {
         *               "name": "camera",
         *               "label": "Camera",
         *               "dataType": "CameraRef"
         *             }
         *           ],
         *           "functions": [
         *             "cameraSheet"
         *           ]
         *         },
         *         {
         *           "type": "sequence",
         *           "label": "Sequence",
         *           "description": "An ordered group of scenes (a sequence, an act, an episode) with its page count and runtime.",
         *           "accent": "#5b7fd0",
         *           "fieldsSchema": {
         *             "$schema": "https://json-schema.org/draft/2020-12/schema",
         *             "type": "object",
         *             "properties": {
         *               "name": {
         *                 "default": "",
         *                 "title": "Name",
         *                 "x-widget": "text",
         *                 "type": "string",
         *                 "maxLength": 200
         *               },
         *               "notes": {
         *                 "default": "",
         *                 "title": "Notes",
         *                 "x-widget": "textarea",
         *                 "type": "string",
         *                 "maxLength": 4000
         *               },
         *               "tags": {
         *                 "default": [],
         *                 "title": "Tags",
         *                 "x-widget": "tags",
         *                 "maxItems": 100,
         *                 "type": "array",
         *                 "items": {
         *                   "type": "string",
         *                   "minLength": 1,
         *                   "maxLength": 200
         *                 }
         *               },
         *               "status": {
         *                 "default": "todo",
         *                 "title": "Status",
         *                 "description": "Where this node is in the review loop.",
         *                 "x-widget": "select",
         *                 "type": "string",
         *                 "enum": [
         *                   "todo",
         *                   "wip",
         *                   "review",
         *                   "approved",
         *                   "retake",
         *                   "done"
         *                 ]
         *               },
         *               "color": {
         *                 "default": null,
         *                 "title": "Colour",
         *                 "x-widget": "color",
         *                 "anyOf": [
         *                   {
         *                     "type": "string",
         *                     "pattern": "^#[0-9a-fA-F]{6}$"
         *                   },
         *                   {
         *                     "type": "null"
         *                   }
         *                 ]
         *               },
         *               "kind": {
         *                 "default": "sequence",
         *                 "title": "Kind",
         *                 "x-widget": "select",
         *                 "type": "string",
         *                 "enum": [
         *                   "sequence",
         *                   "act",
         *                   "episode"
         *                 ]
         *               },
         *               "number": {
         *                 "default": "",
         *                 "title": "Number",
         *                 "x-widget": "text",
         *                 "type": "string",
         *                 "pattern": "^[0-9A-Za-z.-]{0,12}$"
         *               },
         *               "order": {
         *                 "default": 0,
         *                 "title": "Order",
         *                 "x-widget": "number",
         *                 "type": "integer",
         *                 "minimum": 0,
         *                 "maximum": 100000
         *               },
         *               "synopsis": {
         *                 "default": "",
         *                 "title": "Synopsis",
         *                 "x-widget": "textarea",
         *                 "type": "string",
         *                 "maxLength": 4000
         *               }
         *             },
         *             "additionalProperties": false
         *           },
         *           "fieldGroups": [
         *             {
         *               "title": "Sequence",
         *               "fields": [
         *                 "kind",
         *                 "number",
         *                 "name",
         *                 "order",
         *                 "synopsis"
         *               ]
         *             },
         *             {
         *               "title": "Workflow",
         *               "fields": [
         *                 "status",
         *                 "tags",
         *                 "color",
         *                 "notes"
         *               ]
         *             }
         *           ],
         *           "summaryFields": [
         *             "kind",
         *             "synopsis"
         *           ],
         *           "inputs": [
         *             {
         *               "name": "scenes",
         *               "label": "Scenes",
         *               "dataType": "SceneRef",
         *               "multiple": true,
         *               "description": "Its scenes, ordered by their Order."
         *             }
         *           ],
         *           "outputs": [
         *             {
         *               "name": "sequence",
         *               "label": "Sequence",
         *               "dataType": "SequenceRef"
         *             }
         *           ],
         *           "functions": [
         *             "sequenceSummary"
         *           ]
         *         },
         *         {
         *           "type": "dialogue",
         *           "label": "Dialogue",
         *           "description": "One speech by one character in a scene; shots that cover it take it as input.",
         *           "accent": "#d98c5f",
         *           "fieldsSchema": {
         *             "$schema": "https://json-schema.org/draft/2020-12/schema",
         *             "type": "object",
         *             "properties": {
         *               "name": {
         *                 "default": "",
         *                 "title": "Name",
         *                 "x-widget": "text",
         *                 "type": "string",
         *                 "maxLength": 200
         *               },
         *               "notes": {
         *                 "default": "",
         *                 "title": "Notes",
         *                 "x-widget": "textarea",
         *                 "type": "string",
         *                 "maxLength": 4000
         *               },
         *               "tags": {
         *                 "default": [],
         *                 "title": "Tags",
         *                 "x-widget": "tags",
         *                 "maxItems": 100,
         *                 "type": "array",
         *                 "items": {
         *                   "type": "string",
         *                   "minLength": 1,
         *                   "maxLength": 200
         *                 }
         *               },
         *               "status": {
         *                 "default": "todo",
         *                 "title": "Status",
         *                 "description": "Where this node is in the review loop.",
         *                 "x-widget": "select",
         *                 "type": "string",
         *                 "enum": [
         *                   "todo",
         *                   "wip",
         *                   "review",
         *                   "approved",
         *                   "retake",
         *                   "done"
         *                 ]
         *               },
         *               "color": {
         *                 "default": null,
         *                 "title": "Colour",
         *                 "x-widget": "color",
         *                 "anyOf": [
         *                   {
         *                     "type": "string",
         *                     "pattern": "^#[0-9a-fA-F]{6}$"
         *                   },
         *                   {
         *                     "type": "null"
         *                   }
         *                 ]
         *               },
         *               "order": {
         *                 "default": 0,
         *                 "title": "Order",
         *                 "description": "Its place in the scene.",
         *                 "x-widget": "number",
         *                 "type": "integer",
         *                 "minimum": 0,
         *                 "maximum": 100000
         *               },
         *               "extension": {
         *                 "default": "",
         *                 "title": "Extension",
         *                 "description": "V.O., O.S. … as written after the cue.",
         *                 "x-widget": "select",
         *                 "type": "string",
         *                 "enum": [
         *                   "",
         *                   "V.O.",
         *                   "O.S.",
         *                   "O.C.",
         *                   "CONT'D"
         *                 ]
         *               },
         *               "parenthetical": {
         *                 "default": "",
         *                 "title": "Parenthetical",
         *                 "description": "How it is said: (quietly).",
         *                 "x-widget": "text",
         *                 "type": "string",
         *                 "maxLength": 200
         *               },
         *               "text": {
         *                 "default": "",
         *                 "title": "Line",
         *                 "description": "What the character says.",
         *                 "x-widget": "textarea",
         *                 "type": "string",
         *                 "maxLength": 4000
         *               }
         *             },
         *             "additionalProperties": false
         *           },
         *           "fieldGroups": [
         *             {
         *               "title": "Line",
         *               "fields": [
         *                 "text",
         *                 "parenthetical",
         *                 "extension",
         *                 "order",
         *                 "name"
         *               ]
         *             },
         *             {
         *               "title": "Workflow",
         *               "fields": [
         *                 "status",
         *                 "tags",
         *                 "color",
         *                 "notes"
         *               ]
         *             }
         *           ],
         *           "summaryFields": [
         *             "extension",
         *             "parenthetical"
         *           ],
         *           "inputs": [
         *             {
         *               "name": "speaker",
         *               "label": "Speaker",
         *               "dataType": "CharacterRef",
         *               "required": true,
         *               "description": "Who says it."
         *             },
         *             {
         *               "name": "scene",
         *               "label": "Scene",
         *               "dataType": "SceneRef",
         *               "description": "The scene it is said in."
         *             }
         *           ],
         *           "outputs": [
         *             {
         *               "name": "line",
         *               "label": "Line",
         *               "dataType": "DialogueLine"
         *             }
         *           ],
         *           "functions": [
         *             "dialogueLine"
         *           ]
         *         },
         *         {
         *           "type": "audio",
         *           "label": "Audio",
         *           "description": "A sound cue (music, effect, voice-over, ambience) placed on the timeline.",
         *           "accent": "#c58a4a",
         *           "fieldsSchema": {
         *             "$schema": "https://json-schema.org/draft/2020-12/schema",
         *             "type": "object",
         *             "properties": {
         *               "name": {
         *                 "default": "",
         *                 "title": "Name",
         *                 "x-widget": "text",
         *                 "type": "string",
         *                 "maxLength": 200
         *               },
         *               "notes": {
         *                 "default": "",
         *                 "title": "Notes",
         *                 "x-widget": "textarea",
         *                 "type": "string",
         *                 "maxLength": 4000
         *               },
         *               "tags": {
         *                 "default": [],
         *                 "title": "Tags",
         *                 "x-widget": "tags",
         *                 "maxItems": 100,
         *                 "type": "array",
         *                 "items": {
         *                   "type": "string",
         *                   "minLength": 1,
         *                   "maxLength": 200
         *                 }
         *               },
         *               "status": {
         *                 "default": "todo",
         *                 "title": "Status",
         *                 "description": "Where this node is in the review loop.",
         *                 "x-widget": "select",
         *                 "type": "string",
         *                 "enum": [
         *                   "todo",
         *                   "wip",
         *                   "review",
         *                   "approved",
         *                   "retake",
         *                   "done"
         *                 ]
         *               },
         *               "color": {
         *                 "default": null,
         *                 "title": "Colour",
         *                 "x-widget": "color",
         *                 "anyOf": [
         *                   {
         *                     "type": "string",
         *                     "pattern": "^#[0-9a-fA-F]{6}$"
         *                   },
         *                   {
         *                     "type": "null"
         *                   }
         *                 ]
         *               },
         *               "kind": {
         *                 "default": "music",
         *                 "title": "Kind",
         *                 "description": "Music, sound effect, voice-over or ambience.",
         *                 "x-widget": "select",
         *                 "type": "string",
         *                 "enum": [
         *                   "music",
         *                   "sfx",
         *                   "vo",
         *                   "ambience"
         *                 ]
         *               },
         *               "cue": {
         *                 "default": "",
         *                 "title": "Cue",
         *                 "description": "Its cue name on the spotting list (1M2, SFX-14).",
         *                 "x-widget": "text",
         *                 "type": "string",
         *                 "pattern": "^[0-9A-Za-z._-]{0,16}$"
         *               },
         *               "description": {
         *                 "default": "",
         *                 "title": "Description",
         *                 "x-widget": "textarea",
         *                 "type": "string",
         *                 "maxLength": 4000
         *               },
         *               "source": {
         *                 "default": "",
         *                 "title": "Source file",
         *                 "description": "The file name of the temp track or effect.",
         *                 "x-widget": "text",
         *                 "type": "string",
         *                 "maxLength": 200
         *               },
         *               "durationS": {
         *                 "default": null,
         *                 "title": "Duration (s)",
         *                 "description": "Blank: until the end of the shot it starts on.",
         *                 "x-widget": "number",
         *                 "anyOf": [
         *                   {
         *                     "type": "number",
         *                     "minimum": 0.1,
         *                     "maximum": 3600
         *                   },
         *                   {
         *                     "type": "null"
         *                   }
         *                 ]
         *               },
         *               "startOffsetS": {
         *                 "default": 0,
         *                 "title": "Start offset (s)",
         *                 "description": "After the start of its shot, or of the timeline when no shot is linked.",
         *                 "x-widget": "number",
         *                 "type": "number",
         *                 "minimum": 0,
         *                 "maximum": 36000
         *               }
         *             },
         *             "additionalProperties": false
         *           },
         *           "fieldGroups": [
         *             {
         *               "title": "Cue",
         *               "fields": [
         *                 "kind",
         *                 "cue",
         *                 "name",
         *                 "description",
         *                 "source"
         *               ]
         *             },
         *             {
         *               "title": "Timing",
         *               "fields": [
         *                 "startOffsetS",
         *                 "durationS"
         *               ]
         *             },
         *             {
         *               "title": "Workflow",
         *               "fields": [
         *                 "status",
         *                 "tags",
         *                 "color",
         *                 "notes"
         *               ]
         *             }
         *           ],
         *           "summaryFields": [
         *             "kind",
         *             "cue",
         *             "durationS"
         *           ],
         *           "inputs": [
         *             {
         *               "name": "shot",
         *               "label": "Starts on",
         *               "dataType": "ShotRef",
         *               "description": "The shot the cue starts on."
         *             }
         *           ],
         *           "outputs": [
         *             {
         *               "name": "audio",
         *               "label": "Audio",
         *               "dataType": "AudioRef"
         *             }
         *           ],
         *           "functions": [
         *             "audioCue"
         *           ]
         *         },
         *         {
         *           "type": "timeline",
         *           "label": "Timeline",
         *           "description": "The animatic cut: shots in story order with durations, timecodes and sound cues.",
         *           "accent": "#3f9fb6",
         *           "fieldsSchema": {
         *             "$schema": "https://json-schema.org/draft/2020-12/schema",
         *             "type": "object",
         *             "properties": {
         *               "name": {
         *                 "default": "",
         *                 "title": "Name",
         *                 "x-widget": "text",
         *                 "type": "string",
         *                 "maxLength": 200
         *               },
         *               "notes": {
         *                 "default": "",
         *                 "title": "Notes",
         *                 "x-widget": "textarea",
         *                 "type": "string",
         *                 "maxLength": 4000
         *               },
         *               "tags": {
         *                 "default": [],
         *                 "title": "Tags",
         *                 "x-widget": "tags",
         *                 "maxItems": 100,
         *                 "type": "array",
         *                 "items": {
         *                   "type": "string",
         *                   "minLength": 1,
         *                   "maxLength": 200
         *                 }
         *               },
         *               "status": {
         *                 "default": "todo",
         *                 "title": "Status",
         *                 "description": "Where this node is in the review loop.",
         *                 "x-widget": "select",
         *                 "type": "string",
         *                 "enum": [
         *                   "todo",
         *                   "wip",
         *                   "review",
         *                   "approved",
         *                   "retake",
         *                   "done"
         *                 ]
         *               },
         *               "color": {
         *                 "default": null,
         *                 "title": "Colour",
         *                 "x-widget": "color",
         *                 "anyOf": [
         *                   {
         *                     "type": "string",
         *                     "pattern": "^#[0-9a-fA-F]{6}$"
         *                   },
         *                   {
         *                     "type": "null"
         *                   }
         *                 ]
         *               },
         *               "frameRate": {
         *                 "default": "24",
         *                 "title": "Frame rate (fps)",
         *                 "x-widget": "select",
         *                 "type": "string",
         *                 "enum": [
         *                   "24",
         *                   "25",
         *                   "30",
         *                   "48",
         *                   "50",
         *                   "60",
         *                   "23.976",
         *                   "29.97",
         *                   "59.94"
         *                 ]
         *               },
         *               "timecode": {
         *                 "default": "NDF",
         *                 "title": "Timecode",
         *                 "description": "Drop frame applies at 29.97 and 59.94 only.",
         *                 "x-widget": "select",
         *                 "type": "string",
         *                 "enum": [
         *                   "NDF",
         *                   "DF"
         *                 ]
         *               },
         *               "recordStart": {
         *                 "default": "01:00:00:00",
         *                 "title": "Record start",
         *                 "description": "Timecode of the first frame.",
         *                 "x-widget": "text",
         *                 "type": "string",
         *                 "pattern": "^[0-9]{2}:[0-5][0-9]:[0-5][0-9][:;][0-9]{2}$"
         *               }
         *             },
         *             "additionalProperties": false
         *           },
         *           "fieldGroups": [
         *             {
         *               "title": "Timeline",
         *               "fields": [
         *                 "name",
         *                 "frameRate",
         *                 "timecode",
         *                 "recordStart"
         *               ]
         *             },
         *             {
         *               "title": "Workflow",
         *               "fields": [
         *                 "status",
         *                 "tags",
         *                 "color",
         *                 "notes"
         *               ]
         *             }
         *           ],
         *           "summaryFields": [
         *             "frameRate",
         *             "timecode",
         *             "recordStart"
         *           ],
         *           "inputs": [
         *             {
         *               "name": "shots",
         *               "label": "Shots",
         *               "dataType": "ShotRef",
         *               "multiple": true,
         *               "description": "Cut in story order: scene order, then shot order."
         *             },
         *             {
         *               "name": "audio",
         *               "label": "Audio",
         *               "dataType": "AudioRef",
         *               "multiple": true,
         *               "description": "Sound cues laid under the picture."
         *             }
         *           ],
         *           "outputs": [
         *             {
         *               "name": "timeline",
         *               "label": "Timeline",
         *               "dataType": "Timeline"
         *             }
         *           ],
         *           "functions": [
         *             "assembleTimeline"
         *           ]
         *         },
         *         {
         *           "type": "shotList",
         *           "label": "Shot List",
         *           "description": "The shot list: every shot with its number, size, angle, movement, lens, cast and duration.",
         *           "accent": "#4fae7e",
         *           "fieldsSchema": {
         *             "$schema": "https://json-schema.org/draft/2020-12/schema",
         *             "type": "object",
         *             "properties": {
         *               "name": {
         *                 "default": "",
         *                 "title": "Name",
         *                 "x-widget": "text",
         *                 "type": "string",
         *                 "maxLength": 200
         *               },
         *               "notes": {
         *                 "default": "",
         *                 "title": "Notes",
         *                 "x-widget": "textarea",
         *                 "type": "string",
         *                 "maxLength": 4000
         *               },
         *               "tags": {
         *                 "default": [],
         *                 "title": "Tags",
         *                 "x-widget": "tags",
         *                 "maxItems": 100,
         *                 "type": "array",
         *                 "items": {
         *                   "type": "string",
         *                   "minLength": 1,
         *                   "maxLength": 200
         *                 }
         *               },
         *               "status": {
         *                 "default": "todo",
         *                 "title": "Status",
         *                 "description": "Where this node is in the review loop.",
         *                 "x-widget": "select",
         *                 "type": "string",
         *                 "enum": [
         *                   "todo",
         *                   "wip",
         *                   "review",
         *                   "approved",
         *                   "retake",
         *                   "done"
         *                 ]
         *               },
         *               "color": {
         *                 "default": null,
         *                 "title": "Colour",
         *                 "x-widget": "color",
         *                 "anyOf": [
         *                   {
         *                     "type": "string",
         *                     "pattern": "^#[0-9a-fA-F]{6}$"
         *                   },
         *                   {
         *                     "type": "null"
         *                   }
         *                 ]
         *               },
         *               "orderBy": {
         *                 "default": "story",
         *                 "title": "Order",
         *                 "description": "Story: as cut. Setup: shots sharing size, angle and lens together, the way a day is shot.",
         *                 "x-widget": "select",
         *                 "type": "string",
         *                 "enum": [
         *                   "story",
         *                   "setup"
         *                 ]
         *               }
         *             },
         *             "additionalProperties": false
         *           },
         *           "fieldGroups": [
         *             {
         *               "title": "Shot list",
         *               "fields": [
         *                 "name",
         *                 "orderBy"
         *               ]
         *             },
         *             {
         *               "title": "Workflow",
         *               "fields": [
         *                 "status",
         *                 "tags",
         *                 "color",
         *                 "notes"
         *               ]
         *             }
         *           ],
         *           "summaryFields": [
         *             "orderBy"
         *           ],
         *           "inputs": [
         *             {
         *               "name": "shots",
         *               "label": "Shots",
         *               "dataType": "ShotRef",
         *               "multiple": true,
         *               "description": "The shots to list."
         *             }
         *           ],
         *           "outputs": [
         *             {
         *               "name": "report",
         *               "label": "Report",
         *               "dataType": "Report"
         *             }
         *           ],
         *           "functions": [
         *             "buildShotList"
         *           ]
         *         },
         *         {
         *           "type": "breakdownReport",
         *           "label": "Breakdown Report",
         *           "description": "Per scene, its elements by category (cast, props, wardrobe, vehicles …) and the cast × scene matrix.",
         *           "accent": "#d0694f",
         *           "fieldsSchema": {
         *             "$schema": "https://json-schema.org/draft/2020-12/schema",
         *             "type": "object",
         *             "properties": {
         *               "name": {
         *                 "default": "",
         *                 "title": "Name",
         *                 "x-widget": "text",
         *                 "type": "string",
         *                 "maxLength": 200
         *               },
         *               "notes": {
         *                 "default": "",
         *                 "title": "Notes",
         *                 "x-widget": "textarea",
         *                 "type": "string",
         *                 "maxLength": 4000
         *               },
         *               "tags": {
         *                 "default": [],
         *                 "title": "Tags",
         *                 "x-widget": "tags",
         *                 "maxItems": 100,
         *                 "type": "array",
         *                 "items": {
         *                   "type": "string",
         *                   "minLength": 1,
         *                   "maxLength": 200
         *                 }
         *               },
         *               "status": {
         *                 "default": "todo",
         *                 "title": "Status",
         *                 "description": "Where this node is in the review loop.",
         *                 "x-widget": "select",
         *                 "type": "string",
         *                 "enum": [
         *                   "todo",
         *                   "wip",
         *                   "review",
         *                   "approved",
         *                   "retake",
         *                   "done"
         *                 ]
         *               },
         *               "color": {
         *                 "default": null,
         *                 "title": "Colour",
         *                 "x-widget": "color",
         *                 "anyOf": [
         *                   {
         *                     "type": "string",
         *                     "pattern": "^#[0-9a-fA-F]{6}$"
         *                   },
         *                   {
         *                     "type": "null"
         *                   }
         *                 ]
         *               }
         *             },
         *             "additionalProperties": false
         *           },
         *           "fieldGroups": [
         *             {
         *               "title": "Report",
         *               "fields": [
         *                 "name",
         *                 "status",
         *                 "tags",
         *                 "color",
         *                 "notes"
         *               ]
         *             }
         *           ],
         *           "summaryFields": [],
         *           "inputs": [
         *             {
         *               "name": "scenes",
         *               "label": "Scenes",
         *               "dataType": "SceneRef",
         *               "multiple": true,
         *               "description": "The scenes to break down."
         *             }
         *           ],
         *           "outputs": [
         *             {
         *               "name": "report",
         *               "label": "Report",
         *               "dataType": "Report"
         *             }
         *           ],
         *           "functions": [
         *             "buildBreakdownReport"
         *           ]
         *         },
         *         {
         *           "type": "continuityCheck",
         *           "label": "Continuity Check",
         *           "description": "Checks coverage and continuity: casting, speakers on screen, masters, shot numbers, jump cuts, the 180° line, wardrobe.",
         *           "accent": "#d64f6a",
         *           "fieldsSchema": {
         *             "$schema": "https://json-schema.org/draft/2020-12/schema",
         *             "type": "object",
         *             "properties": {
         *               "name": {
         *                 "default": "",
         *                 "title": "Name",
         *                 "x-widget": "text",
         *                 "type": "string",
         *                 "maxLength": 200
         *               },
         *               "notes": {
         *                 "default": "",
         *                 "title": "Notes",
         *                 "x-widget": "textarea",
         *                 "type": "string",
         *                 "maxLength": 4000
         *               },
         *               "tags": {
         *                 "default": [],
         *                 "title": "Tags",
         *                 "x-widget": "tags",
         *                 "maxItems": 100,
         *                 "type": "array",
         *                 "items": {
         *                   "type": "string",
         *                   "minLength": 1,
         *                   "maxLength": 200
         *                 }
         *               },
         *               "status": {
         *                 "default": "todo",
         *                 "title": "Status",
         *                 "description": "Where this node is in the review loop.",
         *                 "x-widget": "select",
         *                 "type": "string",
         *                 "enum": [
         *                   "todo",
         *                   "wip",
         *                   "review",
         *                   "approved",
         *                   "retake",
         *                   "done"
         *                 ]
         *               },
         *               "color": {
         *                 "default": null,
         *                 "title": "Colour",
         *                 "x-widget": "color",
         *                 "anyOf": [
         *                   {
         *                     "type": "string",
         *                     "pattern": "^#[0-9a-fA-F]{6}$"
         *                   },
         *                   {
         *                     "type": "null"
         *                   }
         *                 ]
         *               },
         *               "minimumSeverity": {
         *                 "default": "info",
         *                 "title": "Report from",
         *                 "description": "Leave out findings below this severity.",
         *                 "x-widget": "select",
         *                 "type": "string",
         *                 "enum": [
         *                   "info",
         *                   "warning",
         *                   "error"
         *                 ]
         *               }
         *             },
         *             "additionalProperties": false
         *           },
         *           "fieldGroups": [
         *             {
         *               "title": "Check",
         *               "fields": [
         *                 "name",
         *                 "minimumSeverity",
         *                 "status",
         *                 "tags",
         *                 "color",
         *                 "notes"
         *               ]
         *             }
         *           ],
         *           "summaryFields": [
         *             "minimumSeverity"
         *           ],
         *           "inputs": [
         *             {
         *               "name": "scenes",
         *               "label": "Scenes",
         *               "dataType": "SceneRef",
         *               "multiple": true,
         *               "description": "The scenes to check."
         *             },
         *             {
         *               "name": "shots",
         *               "label": "Shots",
         *               "dataType": "ShotRef",
         *               "multiple": true,
         *               "description": "Their shots."
         *             }
         *           ],
         *           "outputs": [
         *             {
         *               "name": "report",
         *               "label": "Report",
         *               "dataType": "Report"
         *             }
         *           ],
         *           "functions": [
         *             "checkContinuity"
         *           ]
         *         },
         *         {
         *           "type": "export",
         *           "label": "Export",
         *           "description": "A file for the crew: a CSV shot list or breakdown, a PDF, an OTIO timeline or an EDL.",
         *           "accent": "#7d8797",
         *           "fieldsSchema": {
         *             "$schema": "https://json-schema.org/draft/2020-12/schema",
         *             "type": "object",
         *             "properties": {
         *               "name": {
         *                 "default": "",
         *                 "title": "Name",
         *                 "x-widget": "text",
         *                 "type": "string",
         *                 "maxLength": 200
         *               },
         *               "notes": {
         *                 "default": "",
         *                 "title": "Notes",
         *                 "x-widget": "textarea",
         *                 "type": "string",
         *                 "maxLength": 4000
         *               },
         *               "tags": {
         *                 "default": [],
         *                 "title": "Tags",
         *                 "x-widget": "tags",
         *                 "maxItems": 100,
         *                 "type": "array",
         *                 "items": {
         *                   "type": "string",
         *                   "minLength": 1,
         *                   "maxLength": 200
         *                 }
         *               },
         *               "status": {
         *                 "default": "todo",
         *                 "title": "Status",
         *                 "description": "Where this node is in the review loop.",
         *                 "x-widget": "select",
         *                 "type": "string",
         *                 "enum": [
         *                   "todo",
         *                   "wip",
         *                   "review",
         *                   "approved",
         *                   "retake",
         *                   "done"
         *                 ]
         *               },
         *               "color": {
         *                 "default": null,
         *                 "title": "Colour",
         *                 "x-widget": "color",
         *                 "anyOf": [
         *                   {
         *                     "type": "string",
         *                     "pattern": "^#[0-9a-fA-F]{6}$"
         *                   },
         *                   {
         *                     "type": "null"
         *                   }
         *                 ]
         *               },
         *               "format": {
         *                 "default": "csv_shot_list",
         *                 "title": "Format",
         *                 "x-widget": "select",
         *                 "type": "string",
         *                 "enum": [
         *                   "csv_shot_list",
         *                   "csv_breakdown",
         *                   "pdf_storyboard",
         *                   "pdf_shot_list",
         *                   "otio",
         *                   "edl",
         *                   "json"
         *                 ]
         *               },
         *               "fileName": {
         *                 "default": "",
         *                 "title": "File name",
         *                 "description": "Blank: from the node’s name; the extension is added.",
         *                 "x-widget": "text",
         *                 "type": "string",
         *                 "pattern": "^[A-Za-z0-9][A-Za-z0-9 ._-]{0,99}$|^$"
         *               }
         *             },
         *             "additionalProperties": false
         *           },
         *           "fieldGroups": [
         *             {
         *               "title": "Export",
         *               "fields": [
         *                 "name",
         *                 "format",
         *                 "fileName"
         *               ]
         *             },
         *             {
         *               "title": "Workflow",
         *               "fields": [
         *                 "status",
         *                 "tags",
         *                 "color",
         *                 "notes"
         *               ]
         *             }
         *           ],
         *           "summaryFields": [
         *             "format",
         *             "fileName"
         *           ],
         *           "inputs": [
         *             {
         *               "name": "timeline",
         *               "label": "Timeline",
         *               "dataType": "Timeline",
         *               "description": "For OTIO and EDL."
         *             },
         *             {
         *               "name": "report",
         *               "label": "Report",
         *               "dataType": "Report",
         *               "description": "A Shot List or Breakdown Report, for CSV and PDF."
         *             }
         *           ],
         *           "outputs": [],
         *           "functions": [
         *             "exportManifest"
         *           ]
         *         },
         *         {
         *           "type": "note",
         *           "label": "Note",
         *           "description": "A note on the canvas for the team: a reminder, a question, a decision.",
         *           "accent": "#d8c25a",
         *           "fieldsSchema": {
         *             "$schema": "https://json-schema.org/draft/2020-12/schema",
         *             "type": "object",
         *             "properties": {
         *               "name": {
         *                 "default": "",
         *                 "title": "Name",
         *                 "x-widget": "text",
         *                 "type": "string",
         *                 "maxLength": 200
         *               },
         *               "notes": {
         *                 "default": "",
         *                 "title": "Notes",
         *                 "x-widget": "textarea",
         *                 "type": "string",
         *                 "maxLength": 4000
         *               },
         *               "tags": {
         *                 "default": [],
         *                 "title": "Tags",
         *                 "x-widget": "tags",
         *                 "maxItems": 100,
         *                 "type": "array",
         *                 "items": {
         *                   "type": "string",
         *                   "minLength": 1,
         *                   "maxLength": 200
         *                 }
         *               },
         *               "status": {
         *                 "default": "todo",
         *                 "title": "Status",
         *                 "description": "Where this node is in the review loop.",
         *                 "x-widget": "select",
         *                 "type": "string",
         *                 "enum": [
         *                   "todo",
         *                   "wip",
         *                   "review",
         *                   "approved",
         *                   "retake",
         *                   "done"
         *                 ]
         *               },
         *               "color": {
         *                 "default": null,
         *                 "title": "Colour",
         *                 "x-widget": "color",
         *                 "anyOf": [
         *                   {
         *                     "type": "string",
         *                     "pattern": "^#[0-9a-fA-F]{6}$"
         *                   },
         *                   {
         *                     "type": "null"
         *                   }
         *                 ]
         *               },
         *               "text": {
         *                 "default": "",
         *                 "title": "Note",
         *                 "description": "Free text pinned to the canvas.",
         *                 "x-widget": "textarea",
         *                 "x-collaborative-text": true,
         *                 "type": "string",
         *                 "maxLength": 100000
         *               }
         *             },
         *             "additionalProperties": false
         *           },
         *           "fieldGroups": [
         *             {
         *               "title": "Note",
         *               "fields": [
         *                 "name",
         *                 "text",
         *                 "status",
         *                 "tags",
         *                 "color"
         *               ]
         *             }
         *           ],
         *           "summaryFields": [],
         *           "inputs": [],
         *           "outputs": [],
         *           "functions": []
         *         }
         *       ]
         *     }
         */
        NodeTypeList: {
            nodeTypes: components["schemas"]["NodeTypeDescription"][];
        };
        OpenAIImagesBackendConfigInput: {
            apiKey?: components["schemas"]["BackendSecretInput"];
            extra?: {
                [key: string]: unknown;
            };
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "openai-images";
            model: string;
            sendSeed?: boolean;
            /** @description `{mode: "exact"}`, `{mode: "nearest", sizes}` or `{mode: "fixed", size}`. */
            size?: {
                [key: string]: unknown;
            };
            timeoutMs?: number;
            /**
             * Format: uri
             * @example https://api.openai.com/v1
             */
            url: string;
        };
        Problem: {
            /** @enum {string} */
            code: "bad_request" | "invalid_json" | "unauthenticated" | "invalid_credentials" | "insufficient_scope" | "session_required" | "forbidden" | "csrf_rejected" | "email_taken" | "already_member" | "backend_name_taken" | "last_owner" | "rate_limited" | "request_timeout" | "invalid_cursor" | "not_found" | "revision_conflict" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "invalid_graph" | "unsupported_format" | "graph_not_runnable" | "idempotency_key_reused" | "idempotency_request_in_progress" | "too_many_active_batches" | "batch_not_retryable" | "precondition_required" | "internal_error" | "service_unavailable";
            /** @description On `revision_conflict`: the revision the graph is at now. */
            currentRevision?: number;
            detail?: string;
            errors?: components["schemas"]["FieldError"][];
            requestId: string;
            status: number;
            title: string;
            /** @example urn:production-canvas:problem:revision_conflict */
            type: string;
        };
        /**
         * @example {
         *       "format": "pcanvas-project",
         *       "version": 1,
         *       "name": "Episode 1 — Harbour",
         *       "revision": 7,
         *       "graph": {
         *         "schemaVersion": 1,
         *         "nodes": [
         *           {
         *             "id": "mara",
         *             "type": "character",
         *             "position": {
         *               "x": 0,
         *               "y": 0
         *             },
         *             "data": {
         *               "name": "MARA",
         *               "role": "lead"
         *             }
         *           },
         *           {
         *             "id": "sc1",
         *             "type": "scene",
         *             "position": {
         *               "x": 320,
         *               "y": 0
         *             },
         *             "data": {
         *               "sceneNumber": "1",
         *               "intExt": "EXT",
         *               "locationName": "HARBOUR",
         *               "timeOfDay": "DAWN"
         *             }
         *           },
         *           {
         *             "id": "sh1a",
         *             "type": "shot",
         *             "position": {
         *               "x": 640,
         *               "y": 0
         *             },
         *             "data": {
         *               "shotNumber": "1A",
         *               "shotSize": "MCU",
         *               "angle": "low",
         *               "lensMm": 35
         *             }
         *           }
         *         ],
         *         "edges": [
         *           {
         *             "id": "e1",
         *             "source": "mara",
         *             "sourceHandle": "character",
         *             "target": "sc1",
         *             "targetHandle": "characters"
         *           },
         *           {
         *             "id": "e2",
         *             "source": "sc1",
         *             "sourceHandle": "scene",
         *             "target": "sh1a",
         *             "targetHandle": "scene"
         *           }
         *         ]
         *       },
         *       "outputs": {
         *         "sh1a": {
         *           "source": "run",
         *           "values": {
         *             "prompt": "Medium close-up of MARA at dawn, harbour behind her"
         *           },
         *           "files": {
         *             "frame.png": {
         *               "hash": "9f2c4e8a1b3d5f7092c4e6a8b0d2f4163850a7c9e1b3d5f7092c4e6a8b0d2f41",
         *               "mediaType": "image/png",
         *               "size": 48213
         *             }
         *           }
         *         }
         *       }
         *     }
         */
        ProjectExport: {
            /** @enum {string} */
            format: "pcanvas-project";
            graph: {
                [key: string]: unknown;
            };
            name: string;
            /** @description By node id: where the outputs came from (`run` or `computed`), their values and files (hash, media type, size). */
            outputs: {
                [key: string]: unknown;
            };
            revision: number;
            version: number;
        };
        /**
         * @example {
         *       "status": "ready",
         *       "checks": {
         *         "database": "ok",
         *         "migrations": "ok"
         *       }
         *     }
         */
        Readiness: {
            checks: {
                /** @enum {string} */
                database: "ok" | "unreachable" | "pending" | "unknown";
                /** @enum {string} */
                migrations: "ok" | "unreachable" | "pending" | "unknown";
                /**
                 * @description Scaled mode only
                 * @enum {string}
                 */
                redis?: "ok" | "unreachable" | "pending" | "unknown";
            };
            /** @enum {string} */
            status: "ready";
        };
        /**
         * @example {
         *       "format": "fountain",
         *       "source": "EXT. HARBOUR - DAWN\n\nMARA watches the last boat come in.\n"
         *     }
         */
        ReimportGraph: {
            /** @enum {string} */
            format: "json" | "fountain" | "fdx" | "fadein" | "highland" | "docx" | "pdf";
            /** @description GraphJSON as an object or as JSON text (format "json"; a Project JSON export is read for its `graph` and `name`), a Fountain screenplay as text (format "fountain"), a Final Draft `.fdx` file’s XML as text (format "fdx"), a Fade In (`.fadein`), Highland (`.highland`) or Word (`.docx`) file as base64 of its bytes (formats "fadein", "highland", "docx"; Fade In’s `.osf` XML may also be sent as text), or a screenplay PDF’s bytes in base64 (format "pdf"; at most 6,000,000 bytes, 8,000,000 base64 characters). Base64 may carry a `data:…;base64,` prefix and line breaks. */
            source: string | {
                [key: string]: unknown;
            };
        };
        /**
         * @example {
         *       "name": "Episode 1 — Harbour (locked)"
         *     }
         */
        RenameGraph: {
            /** @example Harbour — pilot */
            name: string;
        };
        /**
         * @example {
         *       "document": {
         *         "schemaVersion": 1,
         *         "nodes": [
         *           {
         *             "id": "mara",
         *             "type": "character",
         *             "position": {
         *               "x": 0,
         *               "y": 0
         *             },
         *             "data": {
         *               "name": "MARA",
         *               "role": "lead"
         *             }
         *           },
         *           {
         *             "id": "sc1",
         *             "type": "scene",
         *             "position": {
         *               "x": 320,
         *               "y": 0
         *             },
         *             "data": {
         *               "sceneNumber": "1",
         *               "intExt": "EXT",
         *               "locationName": "HARBOUR",
         *               "timeOfDay": "DAWN"
         *             }
         *           },
         *           {
         *             "id": "sh1a",
         *             "type": "shot",
         *             "position": {
         *               "x": 640,
         *               "y": 0
         *             },
         *             "data": {
         *               "shotNumber": "1A",
         *               "shotSize": "MCU",
         *               "angle": "low",
         *               "lensMm": 35
         *             }
         *           }
         *         ],
         *         "edges": [
         *           {
         *             "id": "e1",
         *             "source": "mara",
         *             "sourceHandle": "character",
         *             "target": "sc1",
         *             "targetHandle": "characters"
         *           },
         *           {
         *             "id": "e2",
         *             "source": "sc1",
         *             "sourceHandle": "scene",
         *             "target": "sh1a",
         *             "targetHandle": "scene"
         *           }
         *         ]
         *       },
         *       "name": "Episode 1 — Harbour"
         *     }
         */
        ReplaceGraph: {
            document: components["schemas"]["GraphDocument"];
            /** @example Harbour — pilot */
            name?: string;
        };
        /**
         * @example {
         *       "id": "run0f3k8q2m9v1x7c4d2h8j",
         *       "graphId": "gr_0f3k8q2m9v1x7c4d",
         *       "status": "succeeded",
         *       "revision": 7,
         *       "nodeIds": null,
         *       "batchId": null,
         *       "requestedBy": "us_0f3k8q2m9v1x7c4d",
         *       "error": null,
         *       "createdAt": "2026-11-22T06:00:00.000Z",
         *       "startedAt": "2026-11-22T06:00:00.000Z",
         *       "finishedAt": "2026-11-22T06:04:12.345Z",
         *       "nodes": [
         *         {
         *           "nodeId": "sh1a",
         *           "type": "shot",
         *           "role": "target",
         *           "status": "succeeded",
         *           "cacheKey": "c3a1f0e29b7d4c58a6e2f1d0b9c8a7e6f5d4c3b2a1908f7e6d5c4b3a29180f7e",
         *           "attempts": 1,
         *           "startedAt": "2026-11-22T06:00:00.000Z",
         *           "finishedAt": "2026-11-22T06:04:12.345Z",
         *           "outputs": {
         *             "values": {
         *               "prompt": "Medium close-up, low angle, 35 mm: MARA at the harbour at dawn"
         *             },
         *             "artifacts": {
         *               "frame.png": {
         *                 "hash": "9f2c4e8a1b3d5f7092c4e6a8b0d2f4163850a7c9e1b3d5f7092c4e6a8b0d2f41",
         *                 "mediaType": "image/png",
         *                 "bytes": 48213,
         *                 "url": "/api/v1/artifacts/9f2c4e8a1b3d5f7092c4e6a8b0d2f4163850a7c9e1b3d5f7092c4e6a8b0d2f41"
         *               }
         *             }
         *           },
         *           "error": null
         *         }
         *       ]
         *     }
         */
        Run: components["schemas"]["RunSummary"] & {
            nodes: components["schemas"]["RunNode"][];
        };
        /**
         * @example {
         *       "id": "run0f3k8q2m9v1x7c4d2h8j",
         *       "status": "queued"
         *     }
         */
        RunAccepted: {
            id: string;
            /** @enum {string} */
            status: "queued" | "running" | "succeeded" | "failed" | "cancelled";
        };
        RunError: {
            code: string;
            message: string;
        } | null;
        /**
         * @example {
         *       "runs": [
         *         {
         *           "id": "run0f3k8q2m9v1x7c4d2h8j",
         *           "graphId": "gr_0f3k8q2m9v1x7c4d",
         *           "status": "succeeded",
         *           "revision": 7,
         *           "nodeIds": null,
         *           "batchId": null,
         *           "requestedBy": "us_0f3k8q2m9v1x7c4d",
         *           "error": null,
         *           "createdAt": "2026-11-22T06:00:00.000Z",
         *           "startedAt": "2026-11-22T06:00:00.000Z",
         *           "finishedAt": "2026-11-22T06:04:12.345Z",
         *           "requestedByName": "Mara Ilic"
         *         }
         *       ],
         *       "nextCursor": null
         *     }
         */
        RunList: {
            nextCursor: string | null;
            runs: components["schemas"]["RunListItem"][];
        };
        /**
         * @example {
         *       "id": "run0f3k8q2m9v1x7c4d2h8j",
         *       "graphId": "gr_0f3k8q2m9v1x7c4d",
         *       "status": "succeeded",
         *       "revision": 7,
         *       "nodeIds": null,
         *       "batchId": null,
         *       "requestedBy": "us_0f3k8q2m9v1x7c4d",
         *       "error": null,
         *       "createdAt": "2026-11-22T06:00:00.000Z",
         *       "startedAt": "2026-11-22T06:00:00.000Z",
         *       "finishedAt": "2026-11-22T06:04:12.345Z",
         *       "requestedByName": "Mara Ilic"
         *     }
         */
        RunListItem: components["schemas"]["RunSummary"] & {
            /** @description The name of who started it while they are a member of the graph’s workspace; null once they have left it (or their account is gone), or when nobody did. */
            requestedByName: string | null;
        };
        /**
         * @example {
         *       "nodeId": "sh1a",
         *       "type": "shot",
         *       "role": "target",
         *       "status": "succeeded",
         *       "cacheKey": "c3a1f0e29b7d4c58a6e2f1d0b9c8a7e6f5d4c3b2a1908f7e6d5c4b3a29180f7e",
         *       "attempts": 1,
         *       "startedAt": "2026-11-22T06:00:00.000Z",
         *       "finishedAt": "2026-11-22T06:04:12.345Z",
         *       "outputs": {
         *         "values": {
         *           "prompt": "Medium close-up, low angle, 35 mm: MARA at the harbour at dawn"
         *         },
         *         "artifacts": {
         *           "frame.png": {
         *             "hash": "9f2c4e8a1b3d5f7092c4e6a8b0d2f4163850a7c9e1b3d5f7092c4e6a8b0d2f41",
         *             "mediaType": "image/png",
         *             "bytes": 48213,
         *             "url": "/api/v1/artifacts/9f2c4e8a1b3d5f7092c4e6a8b0d2f4163850a7c9e1b3d5f7092c4e6a8b0d2f41"
         *           }
         *         }
         *       },
         *       "error": null
         *     }
         */
        RunNode: {
            attempts: number;
            cacheKey: string;
            error: components["schemas"]["RunError"];
            /** Format: date-time */
            finishedAt: string | null;
            nodeId: string;
            /** @description JSON outputs by name and artifacts by file name; null until the node finished. */
            outputs: {
                artifacts: {
                    [key: string]: components["schemas"]["ArtifactRef"];
                };
                values: {
                    [key: string]: unknown;
                };
            } | null;
            /** @enum {string} */
            role: "target" | "input";
            /** Format: date-time */
            startedAt: string | null;
            /** @enum {string} */
            status: "queued" | "running" | "succeeded" | "cached" | "failed" | "skipped" | "cancelled";
            type: string;
        };
        RunStatusEvent: {
            at: number;
            error?: {
                code: string;
                message: string;
            };
            /** @enum {string} */
            kind: "run.status";
            runId: string;
            /** @enum {string} */
            status: "queued" | "running" | "succeeded" | "failed" | "cancelled";
            /** @enum {number} */
            v: 1;
        };
        /**
         * @example {
         *       "id": "run0f3k8q2m9v1x7c4d2h8j",
         *       "graphId": "gr_0f3k8q2m9v1x7c4d",
         *       "status": "succeeded",
         *       "revision": 7,
         *       "nodeIds": null,
         *       "batchId": null,
         *       "requestedBy": "us_0f3k8q2m9v1x7c4d",
         *       "error": null,
         *       "createdAt": "2026-11-22T06:00:00.000Z",
         *       "startedAt": "2026-11-22T06:00:00.000Z",
         *       "finishedAt": "2026-11-22T06:04:12.345Z"
         *     }
         */
        RunSummary: {
            /** @description The batch this run is an item of (a variant with field overrides, not the graph as drawn); null for a run started on the graph. */
            batchId: string | null;
            /** Format: date-time */
            createdAt: string;
            error: components["schemas"]["RunError"];
            /** Format: date-time */
            finishedAt: string | null;
            graphId: string;
            id: string;
            /** @description The selection; null when the whole graph ran. */
            nodeIds: string[] | null;
            requestedBy: string | null;
            revision: number;
            /** Format: date-time */
            startedAt: string | null;
            /** @enum {string} */
            status: "queued" | "running" | "succeeded" | "failed" | "cancelled";
        };
        SavedRevision: {
            revision: number;
        };
        /**
         * @example {
         *       "me": {
         *         "user": {
         *           "id": "us_0f3k8q2m9v1x7c4d",
         *           "email": "mara.director@example.com",
         *           "name": "Mara Ilic",
         *           "instanceOwner": true,
         *           "createdAt": "2026-11-22T06:00:00.000Z"
         *         },
         *         "workspaces": [
         *           {
         *             "id": "ws_0f3k8q2m9v1x7c4d",
         *             "name": "Harbour Films",
         *             "role": "owner",
         *             "personal": false,
         *             "createdAt": "2026-11-22T06:00:00.000Z"
         *           }
         *         ],
         *         "workspacesNextCursor": null
         *       }
         *     }
         */
        Session: {
            /** @description What GET /me answers; null when nobody is signed in. */
            me: components["schemas"]["Me"] | null;
        };
        /**
         * @example {
         *       "email": "mara.director@example.com",
         *       "password": "harbour-at-dawn-42"
         *     }
         */
        SignIn: {
            /**
             * Format: email
             * @example ana@example.com
             */
            email: string;
            password: string;
        };
        /**
         * @example {
         *       "email": "mara.director@example.com",
         *       "password": "harbour-at-dawn-42",
         *       "name": "Mara Ilic"
         *     }
         */
        SignUp: {
            /**
             * Format: email
             * @example ana@example.com
             */
            email: string;
            /** @example Ana Ruiz */
            name: string;
            /** @example harbour-at-dawn-42 */
            password: string;
        };
        /**
         * @example {
         *       "nodeIds": [
         *         "sh1a"
         *       ]
         *     }
         */
        StartRun: {
            /**
             * @description Run these nodes and everything downstream of them; omitted, the whole graph runs.
             * @example [
             *       "sc-12"
             *     ]
             */
            nodeIds?: string[];
            /** @description An existing snapshot to run; omitted, the current document is snapshotted (or its snapshot reused). */
            revision?: number;
        };
        /**
         * @example {
         *       "name": "Studio GPU (night queue)",
         *       "isDefault": true
         *     }
         */
        UpdateBackend: {
            config?: components["schemas"]["BackendConfigInput"];
            isDefault?: boolean;
            name?: string;
        };
        /**
         * @example {
         *       "id": "us_0f3k8q2m9v1x7c4d",
         *       "email": "mara.director@example.com",
         *       "name": "Mara Ilic",
         *       "instanceOwner": true,
         *       "createdAt": "2026-11-22T06:00:00.000Z"
         *     }
         */
        User: {
            /** Format: date-time */
            createdAt: string;
            email: string;
            /** @example us_0f3k8q2m9v1x7c4d */
            id: string;
            /** @description The first account of this install. */
            instanceOwner: boolean;
            name: string;
        };
        /**
         * @example {
         *       "user": {
         *         "id": "us_0f3k8q2m9v1x7c4d",
         *         "email": "mara.director@example.com",
         *         "name": "Mara Ilic",
         *         "instanceOwner": true,
         *         "createdAt": "2026-11-22T06:00:00.000Z"
         *       }
         *     }
         */
        UserEnvelope: {
            user: components["schemas"]["User"];
        };
        ValidationIssue: {
            /** @enum {string} */
            code: "duplicate_id" | "unknown_node_type" | "invalid_field" | "unknown_port" | "incompatible_ports" | "port_occupied" | "duplicate_edge" | "self_loop" | "cycle" | "dangling_edge" | "shot_missing_scene" | "shot_character_not_cast";
            edgeId?: string;
            message: string;
            nodeId?: string;
            /**
             * @example [
             *       "nodes",
             *       3,
             *       "data",
             *       "lensMm"
             *     ]
             */
            path: (string | number)[];
            /** @enum {string} */
            severity: "error" | "warning";
        };
        /**
         * @example {
         *       "id": "ws_0f3k8q2m9v1x7c4d",
         *       "name": "Harbour Films",
         *       "role": "owner",
         *       "personal": false,
         *       "createdAt": "2026-11-22T06:00:00.000Z"
         *     }
         */
        Workspace: {
            /** Format: date-time */
            createdAt: string;
            id: string;
            name: string;
            /** @description Someone’s personal workspace (made at sign-up). */
            personal: boolean;
            role: components["schemas"]["WorkspaceRole"];
        };
        /**
         * @example {
         *       "workspaces": [
         *         {
         *           "id": "ws_0f3k8q2m9v1x7c4d",
         *           "name": "Harbour Films",
         *           "role": "owner",
         *           "personal": false,
         *           "createdAt": "2026-11-22T06:00:00.000Z"
         *         }
         *       ],
         *       "nextCursor": null
         *     }
         */
        WorkspaceList: {
            /** @description Pass as `cursor` for the next page; null on the last. */
            nextCursor: string | null;
            workspaces: components["schemas"]["Workspace"][];
        };
        /**
         * @example {
         *       "userId": "us_7hq2m4xk9v1x7c4d",
         *       "email": "ines.ad@example.com",
         *       "name": "Ines Ortega",
         *       "role": "editor",
         *       "createdAt": "2026-11-22T06:04:12.345Z"
         *     }
         */
        WorkspaceMember: {
            /** Format: date-time */
            createdAt: string;
            email: string;
            name: string;
            role: components["schemas"]["WorkspaceRole"] & unknown;
            userId: string;
        };
        /**
         * @example {
         *       "members": [
         *         {
         *           "userId": "us_0f3k8q2m9v1x7c4d",
         *           "email": "mara.director@example.com",
         *           "name": "Mara Ilic",
         *           "role": "owner",
         *           "createdAt": "2026-11-22T06:00:00.000Z"
         *         },
         *         {
         *           "userId": "us_7hq2m4xk9v1x7c4d",
         *           "email": "ines.ad@example.com",
         *           "name": "Ines Ortega",
         *           "role": "editor",
         *           "createdAt": "2026-11-22T06:04:12.345Z"
         *         }
         *       ],
         *       "nextCursor": null
         *     }
         */
        WorkspaceMemberList: {
            members: components["schemas"]["WorkspaceMember"][];
            /** @description Pass as `cursor` for the next page; null on the last. */
            nextCursor: string | null;
        };
        /**
         * @description Your role here.
         * @enum {string}
         */
        WorkspaceRole: "viewer" | "editor" | "owner";
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description Requests allowed in the window of the limit closest to being reached. */
        "RateLimit-Limit": string;
        /** @description Every limit this request counted against, as `limit;w=seconds`, comma-separated. */
        "RateLimit-Policy": string;
        /** @description Requests left in that window. */
        "RateLimit-Remaining": string;
        /** @description Seconds until that window resets. */
        "RateLimit-Reset": string;
        /** @description Seconds to wait before retrying: until the limit resets (429), or until the dependency may answer again (503). */
        "Retry-After": string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listApiKeys: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page; omit for the first page. */
                cursor?: string;
                /** @description Page size: at most this many entries in this page, 1–100 (100 when omitted). Pass the answer’s `nextCursor` back as `cursor` for the next page. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page, oldest first, expired ones included; `nextCursor` is null on the last */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyList"];
                };
            };
            /** @description Problem: `invalid_cursor`, `bad_request` */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `session_required` */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `validation_failed` */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `rate_limited` — over 1200 requests a minute from one IP address or 600 from one user or API key. With `rate_limited`, `Retry-After` says when to come back. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal_error` */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `service_unavailable` — the scaled mode counts rate limits in Redis, and while Redis cannot be reached a request is refused rather than let through uncounted; `Retry-After` says when to try again. */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `request_timeout` */
            504: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKey"];
            };
        };
        responses: {
            /** @description The key, shown once */
            201: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiKey"];
                };
            };
            /** @description Problem: `invalid_json`, `bad_request` */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `session_required`, `csrf_rejected` */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unsupported_media_type` */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `validation_failed` */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `rate_limited` — over 1200 requests a minute from one IP address or 600 from one user or API key. With `rate_limited`, `Retry-After` says when to come back. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal_error` */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `service_unavailable` — the scaled mode counts rate limits in Redis, and while Redis cannot be reached a request is refused rather than let through uncounted; `Retry-After` says when to try again. */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `request_timeout` */
            504: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The API key’s id (`ak_…`, not the `pc_…` secret), as `GET /api-keys` lists it. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked */
            204: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem: `bad_request` */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `session_required`, `csrf_rejected` */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `rate_limited` — over 1200 requests a minute from one IP address or 600 from one user or API key. With `rate_limited`, `Retry-After` says when to come back. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal_error` */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `service_unavailable` — the scaled mode counts rate limits in Redis, and while Redis cannot be reached a request is refused rather than let through uncounted; `Retry-After` says when to try again. */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `request_timeout` */
            504: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getArtifact: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the copy you have, quotes included (a list of them, `W/"…"` and `*` work too): unchanged, the answer is a bodiless 304. */
                "if-none-match"?: string;
            };
            path: {
                /** @description SHA-256 of the bytes (lower-case hex), as in an artifact’s `hash` and `url` */
                hash: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bytes, with the artifact’s own media type as `Content-Type` (its `mediaType` in the run: image/png, image/svg+xml, application/json, text/markdown …) */
            200: {
                headers: {
                    "Cache-Control": string;
                    /** @description Send it back as `If-None-Match`: an unchanged answer is a bodiless 304. */
                    ETag: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                };
            };
            /** @description Not modified */
            304: {
                headers: {
                    /** @description Send it back as `If-None-Match`: an unchanged answer is a bodiless 304. */
                    ETag: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem: `bad_request` */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `insufficient_scope` */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `validation_failed` */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `rate_limited` — over 1200 requests a minute from one IP address or 600 from one user or API key. With `rate_limited`, `Retry-After` says when to come back. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal_error` */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `service_unavailable` — the scaled mode counts rate limits in Redis, and while Redis cannot be reached a request is refused rather than let through uncounted; `Retry-After` says when to try again. */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `request_timeout` */
            504: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getInstance: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The install’s state */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Instance"];
                };
            };
            /** @description Problem: `bad_request` */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `rate_limited` — over 1200 requests a minute from one IP address or 600 from one user or API key. With `rate_limited`, `Retry-After` says when to come back. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal_error` */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `service_unavailable` — the scaled mode counts rate limits in Redis, and while Redis cannot be reached a request is refused rather than let through uncounted; `Retry-After` says when to try again. */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `request_timeout` */
            504: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignIn"];
            };
        };
        responses: {
            /** @description Signed in */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description The session cookie (httpOnly). */
                    "Set-Cookie": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserEnvelope"];
                };
            };
            /** @description Problem: `invalid_json`, `bad_request` */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `invalid_credentials` */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `csrf_rejected` */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unsupported_media_type` */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `validation_failed` */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `rate_limited` — over 1200 requests a minute from one IP address or 600 from one user or API key; At most 30 sign-in attempts per 15 minutes from one IP address, and 5 failed ones per account from one IP address (429 `rate_limited`).. With `rate_limited`, `Retry-After` says when to come back. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal_error` */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `service_unavailable` — the scaled mode counts rate limits in Redis, and while Redis cannot be reached a request is refused rather than let through uncounted; `Retry-After` says when to try again. */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `request_timeout` */
            504: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out */
            204: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description The session cookie (httpOnly). */
                    "Set-Cookie": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem: `bad_request` */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `csrf_rejected` */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `rate_limited` — over 1200 requests a minute from one IP address or 600 from one user or API key. With `rate_limited`, `Retry-After` says when to come back. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal_error` */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `service_unavailable` — the scaled mode counts rate limits in Redis, and while Redis cannot be reached a request is refused rather than let through uncounted; `Retry-After` says when to try again. */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `request_timeout` */
            504: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePassword"];
            };
        };
        responses: {
            /** @description Changed; a new session cookie is set */
            204: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description The session cookie (httpOnly). */
                    "Set-Cookie": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem: `invalid_json`, `bad_request` */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `session_required`, `csrf_rejected` */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unsupported_media_type` */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `validation_failed` */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `rate_limited` — over 1200 requests a minute from one IP address or 600 from one user or API key; At most 30 attempts per 15 minutes from one IP address, and 5 wrong current passwords per account from one IP address (429 `rate_limited`).. With `rate_limited`, `Retry-After` says when to come back. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal_error` */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `service_unavailable` — the scaled mode counts rate limits in Redis, and while Redis cannot be reached a request is refused rather than let through uncounted; `Retry-After` says when to try again. */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `request_timeout` */
            504: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller, or null */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description Problem: `bad_request` */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `insufficient_scope` */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `rate_limited` — over 1200 requests a minute from one IP address or 600 from one user or API key. With `rate_limited`, `Retry-After` says when to come back. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal_error` */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `service_unavailable` — the scaled mode counts rate limits in Redis, and while Redis cannot be reached a request is refused rather than let through uncounted; `Retry-After` says when to try again. */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `request_timeout` */
            504: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    signUp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignUp"];
            };
        };
        responses: {
            /** @description Signed up and signed in */
            201: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description The session cookie (httpOnly). */
                    "Set-Cookie": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserEnvelope"];
                };
            };
            /** @description Problem: `invalid_json`, `bad_request` */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `csrf_rejected` */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `email_taken` */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unsupported_media_type` */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `validation_failed` */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `rate_limited` — over 1200 requests a minute from one IP address or 600 from one user or API key; At most 20 sign-ups an hour from one IP address (429 `rate_limited`).. With `rate_limited`, `Retry-After` says when to come back. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal_error` */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `service_unavailable` — the scaled mode counts rate limits in Redis, and while Redis cannot be reached a request is refused rather than let through uncounted; `Retry-After` says when to try again. */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `request_timeout` */
            504: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listBatches: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Only this graph’s batches. */
                graphId?: string;
                /** @description Page size: at most this many batches in this page, 1–100 (20 when omitted). Pass the answer’s `nextCursor` back as `cursor` for the next page. */
                limit?: number;
                /** @description Only batches in this state; every state when omitted. */
                status?: "queued" | "running" | "completed" | "cancelled";
                /** @description Only this workspace’s batches. */
                workspaceId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page; `nextCursor` is null on the last */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchList"];
                };
            };
            /** @description Problem: `invalid_cursor`, `bad_request` */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `insufficient_scope` */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `validation_failed` */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `rate_limited` — over 1200 requests a minute from one IP address or 600 from one user or API key. With `rate_limited`, `Retry-After` says when to come back. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal_error` */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `service_unavailable` — the scaled mode counts rate limits in Redis, and while Redis cannot be reached a request is refused rather than let through uncounted; `Retry-After` says when to try again. */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `request_timeout` */
            504: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    submitBatch: {
        parameters: {
            query?: never;
            header: {
                /** @description Your key for this submission: the same key and body answer the same batch. */
                "idempotency-key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateBatch"];
            };
        };
        responses: {
            /** @description A replay of an earlier request with this key and body (`Idempotent-Replayed: true`) */
            200: {
                headers: {
                    "Idempotent-Replayed": "true";
                    /** @description The path of the resource to follow (relative to this server). */
                    Location: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Batch"];
                };
            };
            /** @description Created; follow it at `Location` */
            201: {
                headers: {
                    /** @description The path of the resource to follow (relative to this server). */
                    Location: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Batch"];
                };
            };
            /** @description Problem: `invalid_json`, `bad_request` */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `insufficient_scope`, `forbidden`, `csrf_rejected` */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unsupported_media_type` */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `validation_failed`, `idempotency_key_reused` */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `too_many_active_batches`, `rate_limited` — over 1200 requests a minute from one IP address or 600 from one user or API key; At most 20 unfinished batches per user (429 `too_many_active_batches`, without `Retry-After`: wait for one to finish).. With `rate_limited`, `Retry-After` says when to come back. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal_error` */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `service_unavailable` — the scaled mode counts rate limits in Redis, and while Redis cannot be reached a request is refused rather than let through uncounted; `Retry-After` says when to try again. */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `request_timeout` */
            504: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBatch: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the copy you have, quotes included (a list of them, `W/"…"` and `*` work too): unchanged, the answer is a bodiless 304. */
                "if-none-match"?: string;
            };
            path: {
                /** @description The batch’s id (`bat…`), as submitting or listing batches answers it. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The batch */
            200: {
                headers: {
                    /** @description Send it back as `If-None-Match`: an unchanged answer is a bodiless 304. */
                    ETag: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Batch"];
                };
            };
            /** @description Not modified since the ETag sent */
            304: {
                headers: {
                    /** @description Send it back as `If-None-Match`: an unchanged answer is a bodiless 304. */
                    ETag: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem: `bad_request` */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `insufficient_scope` */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `rate_limited` — over 1200 requests a minute from one IP address or 600 from one user or API key. With `rate_limited`, `Retry-After` says when to come back. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal_error` */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `service_unavailable` — the scaled mode counts rate limits in Redis, and while Redis cannot be reached a request is refused rather than let through uncounted; `Retry-After` says when to try again. */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `request_timeout` */
            504: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelBatch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The batch’s id (`bat…`), as submitting or listing batches answers it. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The batch after the request */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Batch"];
                };
            };
            /** @description Problem: `bad_request` */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `insufficient_scope`, `forbidden`, `csrf_rejected` */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `rate_limited` — over 1200 requests a minute from one IP address or 600 from one user or API key. With `rate_limited`, `Retry-After` says when to come back. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal_error` */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `service_unavailable` — the scaled mode counts rate limits in Redis, and while Redis cannot be reached a request is refused rather than let through uncounted; `Retry-After` says when to try again. */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `request_timeout` */
            504: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    streamBatchEvents: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `id` of the last event you received (a count of item finishes): each item that finished after it comes first as `item.finished`. `0` replays every item. */
                "last-event-id"?: string;
            };
            path: {
                /** @description The batch’s id (`bat…`), as submitting or listing batches answers it. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The batch, live. Events, each `data` the JSON of the schema referenced: `batch.progress` → `#/components/schemas/Batch`, `item.finished` → `#/components/schemas/BatchItemFinishedEvent`, `batch.completed` → `#/components/schemas/Batch`. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": {
                        data: components["schemas"]["Batch"];
                        /**
                         * @description The `event:` field.
                         * @enum {string}
                         */
                        event: "batch.progress";
                        /** @description The `id:` field: send the last one back as `Last-Event-ID` to resume. */
                        id?: string;
                    } | {
                        data: components["schemas"]["BatchItemFinishedEvent"];
                        /**
                         * @description The `event:` field.
                         * @enum {string}
                         */
                        event: "item.finished";
                        /** @description The `id:` field: send the last one back as `Last-Event-ID` to resume. */
                        id?: string;
                    } | {
                        data: components["schemas"]["Batch"];
                        /**
                         * @description The `event:` field.
                         * @enum {string}
                         */
                        event: "batch.completed";
                        /** @description The `id:` field: send the last one back as `Last-Event-ID` to resume. */
                        id?: string;
                    };
                };
            };
            /** @description Problem: `bad_request` */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `insufficient_scope` */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `rate_limited` — over 1200 requests a minute from one IP address or 600 from one user or API key. With `rate_limited`, `Retry-After` says when to come back. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal_error` */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `service_unavailable` — the scaled mode counts rate limits in Redis, and while Redis cannot be reached a request is refused rather than let through uncounted; `Retry-After` says when to try again. */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `request_timeout` */
            504: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listBatchItems: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Page size: at most this many items in this page, 1–500 (50 when omitted). Pass the answer’s `nextCursor` back as `cursor` for the next page. */
                limit?: number;
                /** @description Only items in this state; every item when omitted. */
                status?: "queued" | "running" | "succeeded" | "failed" | "cancelled";
            };
            header?: never;
            path: {
                /** @description The batch’s id (`bat…`), as submitting or listing batches answers it. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page; `nextCursor` is null on the last */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchItemList"];
                };
            };
            /** @description Problem: `invalid_cursor`, `bad_request` */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `insufficient_scope` */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `validation_failed` */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `rate_limited` — over 1200 requests a minute from one IP address or 600 from one user or API key. With `rate_limited`, `Retry-After` says when to come back. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal_error` */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `service_unavailable` — the scaled mode counts rate limits in Redis, and while Redis cannot be reached a request is refused rather than let through uncounted; `Retry-After` says when to try again. */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `request_timeout` */
            504: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    retryBatch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The batch’s id (`bat…`), as submitting or listing batches answers it. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The batch after the request */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Batch"];
                };
            };
            /** @description Problem: `bad_request` */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `insufficient_scope`, `forbidden`, `csrf_rejected` */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `batch_not_retryable` */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `rate_limited` — over 1200 requests a minute from one IP address or 600 from one user or API key. With `rate_limited`, `Retry-After` says when to come back. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal_error` */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `service_unavailable` — the scaled mode counts rate limits in Redis, and while Redis cannot be reached a request is refused rather than let through uncounted; `Retry-After` says when to try again. */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `request_timeout` */
            504: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listGraphs: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page; omit for the first page. */
                cursor?: string;
                /** @description Page size: at most this many entries in this page, 1–100 (20 when omitted). Pass the answer’s `nextCursor` back as `cursor` for the next page. */
                limit?: number;
                /** @description Only this workspace’s graphs. */
                workspaceId?: string;
            };
            header?: {
                /** @description The `ETag` of the copy you have, quotes included (a list of them, `W/"…"` and `*` work too): unchanged, the answer is a bodiless 304. */
                "if-none-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page; `nextCursor` is null on the last */
            200: {
                headers: {
                    ETag: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphList"];
                };
            };
            /** @description Not modified since the `ETag` in `If-None-Match` */
            304: {
                headers: {
                    /** @description Send it back as `If-None-Match`: an unchanged answer is a bodiless 304. */
                    ETag: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem: `invalid_cursor`, `bad_request` */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `insufficient_scope` */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `validation_failed` */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `rate_limited` — over 1200 requests a minute from one IP address or 600 from one user or API key. With `rate_limited`, `Retry-After` says when to come back. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal_error` */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `service_unavailable` — the scaled mode counts rate limits in Redis, and while Redis cannot be reached a request is refused rather than let through uncounted; `Retry-After` says when to try again. */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `request_timeout` */
            504: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createGraph: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateGraph"];
            };
        };
        responses: {
            /** @description The new graph at revision 1 */
            201: {
                headers: {
                    ETag: string;
                    Location: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Graph"];
                };
            };
            /** @description Problem: `invalid_json`, `bad_request` */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `insufficient_scope`, `forbidden`, `csrf_rejected` */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unsupported_media_type` */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `validation_failed`, `invalid_graph` */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `rate_limited` — over 1200 requests a minute from one IP address or 600 from one user or API key. With `rate_limited`, `Retry-After` says when to come back. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal_error` */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `service_unavailable` — the scaled mode counts rate limits in Redis, and while Redis cannot be reached a request is refused rather than let through uncounted; `Retry-After` says when to try again. */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `request_timeout` */
            504: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getGraph: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the copy you have, quotes included (a list of them, `W/"…"` and `*` work too): unchanged, the answer is a bodiless 304. */
                "if-none-match"?: string;
            };
            path: {
                /** @description The graph’s id (`gr_…`), as creating, importing or listing graphs answers it. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The graph; `ETag` is its revision */
            200: {
                headers: {
                    ETag: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Graph"];
                };
            };
            /** @description Not modified since the revision in `If-None-Match` */
            304: {
                headers: {
                    /** @description Send it back as `If-None-Match`: an unchanged answer is a bodiless 304. */
                    ETag: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem: `bad_request` */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `insufficient_scope` */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `rate_limited` — over 1200 requests a minute from one IP address or 600 from one user or API key. With `rate_limited`, `Retry-After` says when to come back. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal_error` */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `service_unavailable` — the scaled mode counts rate limits in Redis, and while Redis cannot be reached a request is refused rather than let through uncounted; `Retry-After` says when to try again. */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `request_timeout` */
            504: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replaceGraph: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required: the `ETag` of the revision you edited (or `*` to overwrite whatever is there). Without it, 428 `precondition_required`; stale, 412 `revision_conflict`. */
                "if-match"?: string;
            };
            path: {
                /** @description The graph’s id (`gr_…`), as creating, importing or listing graphs answers it. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReplaceGraph"];
            };
        };
        responses: {
            /** @description The graph at its new revision */
            200: {
                headers: {
                    ETag: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Graph"];
                };
            };
            /** @description Problem: `invalid_json`, `bad_request` */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `insufficient_scope`, `forbidden`, `csrf_rejected` */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `revision_conflict` */
            412: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unsupported_media_type` */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `validation_failed`, `invalid_graph` */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `precondition_required` */
            428: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `rate_limited` — over 1200 requests a minute from one IP address or 600 from one user or API key. With `rate_limited`, `Retry-After` says when to come back. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal_error` */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `service_unavailable` — the scaled mode counts rate limits in Redis, and while Redis cannot be reached a request is refused rather than let through uncounted; `Retry-After` says when to try again. */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `request_timeout` */
            504: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteGraph: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: the `ETag` you read, quotes included (`"7"`), or `*`. A graph written since answers 412 `revision_conflict` with `currentRevision`; without the header the write goes ahead whatever the revision. */
                "if-match"?: string;
            };
            path: {
                /** @description The graph’s id (`gr_…`), as creating, importing or listing graphs answers it. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem: `bad_request` */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `insufficient_scope`, `forbidden`, `csrf_rejected` */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `revision_conflict` */
            412: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `rate_limited` — over 1200 requests a minute from one IP address or 600 from one user or API key. With `rate_limited`, `Retry-After` says when to come back. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal_error` */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `service_unavailable` — the scaled mode counts rate limits in Redis, and while Redis cannot be reached a request is refused rather than let through uncounted; `Retry-After` says when to try again. */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `request_timeout` */
            504: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    renameGraph: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: the `ETag` you read, quotes included (`"7"`), or `*`. A graph written since answers 412 `revision_conflict` with `currentRevision`; without the header the write goes ahead whatever the revision. */
                "if-match"?: string;
            };
            path: {
                /** @description The graph’s id (`gr_…`), as creating, importing or listing graphs answers it. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RenameGraph"];
            };
        };
        responses: {
            /** @description The renamed graph */
            200: {
                headers: {
                    ETag: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Graph"];
                };
            };
            /** @description Problem: `invalid_json`, `bad_request` */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `insufficient_scope`, `forbidden`, `csrf_rejected` */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `revision_conflict` */
            412: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unsupported_media_type` */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `validation_failed` */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `rate_limited` — over 1200 requests a minute from one IP address or 600 from one user or API key. With `rate_limited`, `Retry-After` says when to come back. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal_error` */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `service_unavailable` — the scaled mode counts rate limits in Redis, and while Redis cannot be reached a request is refused rather than let through uncounted; `Retry-After` says when to try again. */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `request_timeout` */
            504: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createCollabToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The graph’s id (`gr_…`), as creating, importing or listing graphs answers it. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A token for this graph */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CollabToken"];
                };
            };
            /** @description Problem: `bad_request` */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `insufficient_scope`, `csrf_rejected` */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `rate_limited` — over 1200 requests a minute from one IP address or 600 from one user or API key. With `rate_limited`, `Retry-After` says when to come back. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal_error` */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `service_unavailable` — the scaled mode counts rate limits in Redis, and while Redis cannot be reached a request is refused rather than let through uncounted; `Retry-After` says when to try again. */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `request_timeout` */
            504: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The graph’s id (`gr_…`), as creating, importing or listing graphs answers it. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description GraphJSON, as an attachment named `<slug>.pcanvas.json` */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphDocument"];
                };
            };
            /** @description Problem: `bad_request` */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `insufficient_scope` */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `rate_limited` — over 1200 requests a minute from one IP address or 600 from one user or API key. With `rate_limited`, `Retry-After` says when to come back. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal_error` */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `service_unavailable` — the scaled mode counts rate limits in Redis, and while Redis cannot be reached a request is refused rather than let through uncounted; `Retry-After` says when to try again. */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `request_timeout` */
            504: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportGraph: {
        parameters: {
            query?: {
                /** @description A saved revision; the current one when omitted */
                revision?: number;
            };
            header?: {
                /** @description The `ETag` of the copy you have, quotes included (a list of them, `W/"…"` and `*` work too): unchanged, the answer is a bodiless 304. */
                "if-none-match"?: string;
            };
            path: {
                /** @description Which production document (docs/exports.md): a shot list or breakdown CSV, a storyboard or shot-list PDF, OTIO, EDL, the frames zip or project JSON. */
                format: "project_json" | "csv_shot_list" | "csv_breakdown" | "pdf_storyboard" | "pdf_shot_list" | "otio" | "edl" | "frames_zip";
                /** @description The graph’s id (`gr_…`), as creating, importing or listing graphs answers it. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, as an attachment named `<graph slug>.<extension>` */
            200: {
                headers: {
                    "Content-Disposition": string;
                    ETag: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectExport"];
                    "application/pdf": string;
                    "application/vnd.opentimelineio+json": string;
                    "application/zip": string;
                    "text/csv; charset=utf-8": string;
                    "text/plain; charset=utf-8": string;
                };
            };
            /** @description Not modified: `If-None-Match` names these bytes */
            304: {
                headers: {
                    /** @description Send it back as `If-None-Match`: an unchanged answer is a bodiless 304. */
                    ETag: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem: `bad_request` */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `insufficient_scope` */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `validation_failed` */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `rate_limited` — over 1200 requests a minute from one IP address or 600 from one user or API key. With `rate_limited`, `Retry-After` says when to come back. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal_error` */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `service_unavailable` — the scaled mode counts rate limits in Redis, and while Redis cannot be reached a request is refused rather than let through uncounted; `Retry-After` says when to try again. */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `request_timeout` */
            504: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reimportGraph: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: the `ETag` you read, quotes included (`"7"`), or `*`. A graph written since answers 412 `revision_conflict` with `currentRevision`; without the header the write goes ahead whatever the revision. */
                "if-match"?: string;
            };
            path: {
                /** @description The graph’s id (`gr_…`), as creating, importing or listing graphs answers it. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReimportGraph"];
            };
        };
        responses: {
            /** @description The graph at its new revision (the same revision when nothing changed), with the import report */
            200: {
                headers: {
                    ETag: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportedGraph"];
                };
            };
            /** @description Problem: `invalid_json`, `bad_request` */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `insufficient_scope`, `forbidden`, `csrf_rejected` */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `revision_conflict` */
            412: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unsupported_media_type` */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `validation_failed`, `invalid_graph`, `unsupported_format` */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `rate_limited` — over 1200 requests a minute from one IP address or 600 from one user or API key. With `rate_limited`, `Retry-After` says when to come back. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal_error` */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `service_unavailable` — the scaled mode counts rate limits in Redis, and while Redis cannot be reached a request is refused rather than let through uncounted; `Retry-After` says when to try again. */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `request_timeout` */
            504: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listNodeResults: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the copy you have, quotes included (a list of them, `W/"…"` and `*` work too): unchanged, the answer is a bodiless 304. */
                "if-none-match"?: string;
            };
            path: {
                /** @description The graph’s id (`gr_…`), as creating, importing or listing graphs answers it. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The latest results */
            200: {
                headers: {
                    ETag: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NodeResultList"];
                };
            };
            /** @description Not modified since the `ETag` in `If-None-Match` */
            304: {
                headers: {
                    /** @description Send it back as `If-None-Match`: an unchanged answer is a bodiless 304. */
                    ETag: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem: `bad_request` */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `insufficient_scope` */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `rate_limited` — over 1200 requests a minute from one IP address or 600 from one user or API key. With `rate_limited`, `Retry-After` says when to come back. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal_error` */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `service_unavailable` — the scaled mode counts rate limits in Redis, and while Redis cannot be reached a request is refused rather than let through uncounted; `Retry-After` says when to try again. */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `request_timeout` */
            504: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRevisions: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page; omit for the first page. */
                cursor?: string;
                /** @description Page size: at most this many entries in this page, 1–100 (20 when omitted). Pass the answer’s `nextCursor` back as `cursor` for the next page. */
                limit?: number;
            };
            header?: {
                /** @description The `ETag` of the copy you have, quotes included (a list of them, `W/"…"` and `*` work too): unchanged, the answer is a bodiless 304. */
                "if-none-match"?: string;
            };
            path: {
                /** @description The graph’s id (`gr_…`), as creating, importing or listing graphs answers it. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page; `nextCursor` is null on the last */
            200: {
                headers: {
                    ETag: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphRevisionList"];
                };
            };
            /** @description Not modified since the `ETag` in `If-None-Match` */
            304: {
                headers: {
                    /** @description Send it back as `If-None-Match`: an unchanged answer is a bodiless 304. */
                    ETag: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem: `invalid_cursor`, `bad_request` */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `insufficient_scope` */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `validation_failed` */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `rate_limited` — over 1200 requests a minute from one IP address or 600 from one user or API key. With `rate_limited`, `Retry-After` says when to come back. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal_error` */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `service_unavailable` — the scaled mode counts rate limits in Redis, and while Redis cannot be reached a request is refused rather than let through uncounted; `Retry-After` says when to try again. */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `request_timeout` */
            504: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    saveRevision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The graph’s id (`gr_…`), as creating, importing or listing graphs answers it. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CreateRevision"];
            };
        };
        responses: {
            /** @description This revision was already snapshotted */
            200: {
                headers: {
                    /** @description The path of the resource to follow (relative to this server). */
                    Location: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphRevision"];
                };
            };
            /** @description A new snapshot */
            201: {
                headers: {
                    /** @description The path of the resource to follow (relative to this server). */
                    Location: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphRevision"];
                };
            };
            /** @description Problem: `invalid_json`, `bad_request` */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `insufficient_scope`, `forbidden`, `csrf_rejected` */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unsupported_media_type` */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `validation_failed` */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `rate_limited` — over 1200 requests a minute from one IP address or 600 from one user or API key. With `rate_limited`, `Retry-After` says when to come back. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal_error` */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `service_unavailable` — the scaled mode counts rate limits in Redis, and while Redis cannot be reached a request is refused rather than let through uncounted; `Retry-After` says when to try again. */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `request_timeout` */
            504: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRevision: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the copy you have, quotes included (a list of them, `W/"…"` and `*` work too): unchanged, the answer is a bodiless 304. */
                "if-none-match"?: string;
            };
            path: {
                /** @description The graph’s id (`gr_…`), as creating, importing or listing graphs answers it. */
                id: string;
                /** @description A snapshot’s revision number (1 or more), as `GET /graphs/{id}/revisions` lists them. */
                rev: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The snapshot with its document */
            200: {
                headers: {
                    ETag: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphRevision"];
                };
            };
            /** @description Not modified */
            304: {
                headers: {
                    /** @description Send it back as `If-None-Match`: an unchanged answer is a bodiless 304. */
                    ETag: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem: `bad_request` */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `insufficient_scope` */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `validation_failed` */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `rate_limited` — over 1200 requests a minute from one IP address or 600 from one user or API key. With `rate_limited`, `Retry-After` says when to come back. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal_error` */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `service_unavailable` — the scaled mode counts rate limits in Redis, and while Redis cannot be reached a request is refused rather than let through uncounted; `Retry-After` says when to try again. */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `request_timeout` */
            504: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    restoreRevision: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: the `ETag` you read, quotes included (`"7"`), or `*`. A graph written since answers 412 `revision_conflict` with `currentRevision`; without the header the write goes ahead whatever the revision. */
                "if-match"?: string;
            };
            path: {
                /** @description The graph’s id (`gr_…`), as creating, importing or listing graphs answers it. */
                id: string;
                /** @description A snapshot’s revision number (1 or more), as `GET /graphs/{id}/revisions` lists them. */
                rev: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The graph at its new revision */
            200: {
                headers: {
                    ETag: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Graph"];
                };
            };
            /** @description Problem: `bad_request` */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `insufficient_scope`, `forbidden`, `csrf_rejected` */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `revision_conflict` */
            412: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `validation_failed`, `invalid_graph` */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `rate_limited` — over 1200 requests a minute from one IP address or 600 from one user or API key. With `rate_limited`, `Retry-After` says when to come back. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal_error` */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `service_unavailable` — the scaled mode counts rate limits in Redis, and while Redis cannot be reached a request is refused rather than let through uncounted; `Retry-After` says when to try again. */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `request_timeout` */
            504: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRuns: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page; omit for the first page. */
                cursor?: string;
                /** @description Page size: at most this many entries in this page, 1–100 (20 when omitted). Pass the answer’s `nextCursor` back as `cursor` for the next page. */
                limit?: number;
            };
            header?: {
                /** @description The `ETag` of the copy you have, quotes included (a list of them, `W/"…"` and `*` work too): unchanged, the answer is a bodiless 304. */
                "if-none-match"?: string;
            };
            path: {
                /** @description The graph’s id (`gr_…`), as creating, importing or listing graphs answers it. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page; `nextCursor` is null on the last */
            200: {
                headers: {
                    ETag: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunList"];
                };
            };
            /** @description Not modified since the `ETag` in `If-None-Match` */
            304: {
                headers: {
                    /** @description Send it back as `If-None-Match`: an unchanged answer is a bodiless 304. */
                    ETag: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem: `invalid_cursor`, `bad_request` */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `insufficient_scope` */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `validation_failed` */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `rate_limited` — over 1200 requests a minute from one IP address or 600 from one user or API key. With `rate_limited`, `Retry-After` says when to come back. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal_error` */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `service_unavailable` — the scaled mode counts rate limits in Redis, and while Redis cannot be reached a request is refused rather than let through uncounted; `Retry-After` says when to try again. */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `request_timeout` */
            504: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startRun: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional. Your key for this run: a retry with the same key and body answers the run the first request started (200, `Idempotent-Replayed: true`). */
                "idempotency-key"?: string;
            };
            path: {
                /** @description The graph’s id (`gr_…`), as creating, importing or listing graphs answers it. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["StartRun"];
            };
        };
        responses: {
            /** @description A replay of an earlier request with this `Idempotency-Key` and body (`Idempotent-Replayed: true`): the run it started, with its status now */
            200: {
                headers: {
                    "Idempotent-Replayed": "true";
                    /** @description The path of the resource to follow (relative to this server). */
                    Location: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunAccepted"];
                };
            };
            /** @description The run was accepted; follow it at `Location` */
            202: {
                headers: {
                    /** @description The path of the resource to follow (relative to this server). */
                    Location: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunAccepted"];
                };
            };
            /** @description Problem: `invalid_json`, `bad_request` */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `insufficient_scope`, `forbidden`, `csrf_rejected` */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `idempotency_request_in_progress` */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description With `idempotency_request_in_progress`: seconds after which a retry may find the first request done. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unsupported_media_type` */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `validation_failed`, `graph_not_runnable`, `idempotency_key_reused` */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `rate_limited` — over 1200 requests a minute from one IP address or 600 from one user or API key. With `rate_limited`, `Retry-After` says when to come back. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal_error` */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `service_unavailable` — the scaled mode counts rate limits in Redis, and while Redis cannot be reached a request is refused rather than let through uncounted; `Retry-After` says when to try again. */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `request_timeout` */
            504: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    streamGraphRunEvents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The graph’s id (`gr_…`), as creating, importing or listing graphs answers it. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The runs and saved revisions of the graph, live. Events, each `data` the JSON of the schema referenced: `run` → `#/components/schemas/RunSummary`, `revision` → `#/components/schemas/SavedRevision`. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": {
                        data: components["schemas"]["RunSummary"];
                        /**
                         * @description The `event:` field.
                         * @enum {string}
                         */
                        event: "run";
                        /** @description The `id:` field: send the last one back as `Last-Event-ID` to resume. */
                        id?: string;
                    } | {
                        data: components["schemas"]["SavedRevision"];
                        /**
                         * @description The `event:` field.
                         * @enum {string}
                         */
                        event: "revision";
                        /** @description The `id:` field: send the last one back as `Last-Event-ID` to resume. */
                        id?: string;
                    };
                };
            };
            /** @description Problem: `bad_request` */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `insufficient_scope` */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `rate_limited` — over 1200 requests a minute from one IP address or 600 from one user or API key. With `rate_limited`, `Retry-After` says when to come back. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal_error` */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `service_unavailable` — the scaled mode counts rate limits in Redis, and while Redis cannot be reached a request is refused rather than let through uncounted; `Retry-After` says when to try again. */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `request_timeout` */
            504: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importGraph: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImportGraph"];
            };
        };
        responses: {
            /** @description The new graph */
            201: {
                headers: {
                    ETag: string;
                    Location: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportedGraph"];
                };
            };
            /** @description Problem: `invalid_json`, `bad_request` */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `insufficient_scope`, `forbidden`, `csrf_rejected` */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unsupported_media_type` */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `validation_failed`, `invalid_graph`, `unsupported_format` */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `rate_limited` — over 1200 requests a minute from one IP address or 600 from one user or API key. With `rate_limited`, `Retry-After` says when to come back. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal_error` */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `service_unavailable` — the scaled mode counts rate limits in Redis, and while Redis cannot be reached a request is refused rather than let through uncounted; `Retry-After` says when to try again. */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `request_timeout` */
            504: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller (the key’s user for an API key) */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description Problem: `bad_request` */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `insufficient_scope` */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `rate_limited` — over 1200 requests a minute from one IP address or 600 from one user or API key. With `rate_limited`, `Retry-After` says when to come back. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal_error` */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `service_unavailable` — the scaled mode counts rate limits in Redis, and while Redis cannot be reached a request is refused rather than let through uncounted; `Retry-After` says when to try again. */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `request_timeout` */
            504: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listNodeTypes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every node type, in a stable order */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NodeTypeList"];
                };
            };
            /** @description Problem: `bad_request` */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `rate_limited` — over 1200 requests a minute from one IP address or 600 from one user or API key. With `rate_limited`, `Retry-After` says when to come back. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal_error` */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `service_unavailable` — the scaled mode counts rate limits in Redis, and while Redis cannot be reached a request is refused rather than let through uncounted; `Retry-After` says when to try again. */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `request_timeout` */
            504: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRun: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the copy you have, quotes included (a list of them, `W/"…"` and `*` work too): unchanged, the answer is a bodiless 304. */
                "if-none-match"?: string;
            };
            path: {
                /** @description The run’s id (`run…`), as starting a run (or a batch item) answers it. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run */
            200: {
                headers: {
                    ETag: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Run"];
                };
            };
            /** @description Not modified since the `ETag` in `If-None-Match` */
            304: {
                headers: {
                    /** @description Send it back as `If-None-Match`: an unchanged answer is a bodiless 304. */
                    ETag: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem: `bad_request` */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `insufficient_scope` */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `rate_limited` — over 1200 requests a minute from one IP address or 600 from one user or API key. With `rate_limited`, `Retry-After` says when to come back. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal_error` */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `service_unavailable` — the scaled mode counts rate limits in Redis, and while Redis cannot be reached a request is refused rather than let through uncounted; `Retry-After` says when to try again. */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `request_timeout` */
            504: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The run’s id (`run…`), as starting a run (or a batch item) answers it. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run’s status after the request */
            202: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunAccepted"];
                };
            };
            /** @description Problem: `bad_request` */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `insufficient_scope`, `forbidden`, `csrf_rejected` */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `rate_limited` — over 1200 requests a minute from one IP address or 600 from one user or API key. With `rate_limited`, `Retry-After` says when to come back. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal_error` */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `service_unavailable` — the scaled mode counts rate limits in Redis, and while Redis cannot be reached a request is refused rather than let through uncounted; `Retry-After` says when to try again. */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `request_timeout` */
            504: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    streamRunEvents: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `id` of the last event you received: the stream starts again with a fresh `snapshot` (the run as it is now), then live events. */
                "last-event-id"?: string;
            };
            path: {
                /** @description The run’s id (`run…`), as starting a run (or a batch item) answers it. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run, live. Events, each `data` the JSON of the schema referenced: `snapshot` → `#/components/schemas/Run`, `run.status` → `#/components/schemas/RunStatusEvent`, `node.status` → `#/components/schemas/NodeStatusEvent`, `node.progress` → `#/components/schemas/NodeProgressEvent`. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": {
                        data: components["schemas"]["Run"];
                        /**
                         * @description The `event:` field.
                         * @enum {string}
                         */
                        event: "snapshot";
                        /** @description The `id:` field: send the last one back as `Last-Event-ID` to resume. */
                        id?: string;
                    } | {
                        data: components["schemas"]["RunStatusEvent"];
                        /**
                         * @description The `event:` field.
                         * @enum {string}
                         */
                        event: "run.status";
                        /** @description The `id:` field: send the last one back as `Last-Event-ID` to resume. */
                        id?: string;
                    } | {
                        data: components["schemas"]["NodeStatusEvent"];
                        /**
                         * @description The `event:` field.
                         * @enum {string}
                         */
                        event: "node.status";
                        /** @description The `id:` field: send the last one back as `Last-Event-ID` to resume. */
                        id?: string;
                    } | {
                        data: components["schemas"]["NodeProgressEvent"];
                        /**
                         * @description The `event:` field.
                         * @enum {string}
                         */
                        event: "node.progress";
                        /** @description The `id:` field: send the last one back as `Last-Event-ID` to resume. */
                        id?: string;
                    };
                };
            };
            /** @description Problem: `bad_request` */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `insufficient_scope` */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `rate_limited` — over 1200 requests a minute from one IP address or 600 from one user or API key. With `rate_limited`, `Retry-After` says when to come back. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal_error` */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `service_unavailable` — the scaled mode counts rate limits in Redis, and while Redis cannot be reached a request is refused rather than let through uncounted; `Retry-After` says when to try again. */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `request_timeout` */
            504: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWorkspaces: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page; omit for the first page. */
                cursor?: string;
                /** @description Page size: at most this many entries in this page, 1–100 (100 when omitted). Pass the answer’s `nextCursor` back as `cursor` for the next page. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the workspaces you are a member of; `nextCursor` is null on the last */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkspaceList"];
                };
            };
            /** @description Problem: `invalid_cursor`, `bad_request` */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `insufficient_scope` */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `validation_failed` */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `rate_limited` — over 1200 requests a minute from one IP address or 600 from one user or API key. With `rate_limited`, `Retry-After` says when to come back. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal_error` */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `service_unavailable` — the scaled mode counts rate limits in Redis, and while Redis cannot be reached a request is refused rather than let through uncounted; `Retry-After` says when to try again. */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `request_timeout` */
            504: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createWorkspace: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWorkspace"];
            };
        };
        responses: {
            /** @description The new workspace */
            201: {
                headers: {
                    Location: string;
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workspace"];
                };
            };
            /** @description Problem: `invalid_json`, `bad_request` */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `insufficient_scope`, `csrf_rejected` */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unsupported_media_type` */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `validation_failed` */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `rate_limited` — over 1200 requests a minute from one IP address or 600 from one user or API key. With `rate_limited`, `Retry-After` says when to come back. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal_error` */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `service_unavailable` — the scaled mode counts rate limits in Redis, and while Redis cannot be reached a request is refused rather than let through uncounted; `Retry-After` says when to try again. */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `request_timeout` */
            504: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWorkspace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The workspace’s id (`ws_…`), as `GET /me` or `GET /workspaces` lists it. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workspace with your role */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workspace"];
                };
            };
            /** @description Problem: `bad_request` */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `insufficient_scope` */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `rate_limited` — over 1200 requests a minute from one IP address or 600 from one user or API key. With `rate_limited`, `Retry-After` says when to come back. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal_error` */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `service_unavailable` — the scaled mode counts rate limits in Redis, and while Redis cannot be reached a request is refused rather than let through uncounted; `Retry-After` says when to try again. */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `request_timeout` */
            504: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listBackends: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The workspace’s id (`ws_…`), as `GET /me` or `GET /workspaces` lists it. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The back ends, by name */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BackendList"];
                };
            };
            /** @description Problem: `bad_request` */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `insufficient_scope`, `forbidden` */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `rate_limited` — over 1200 requests a minute from one IP address or 600 from one user or API key. With `rate_limited`, `Retry-After` says when to come back. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal_error` */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `service_unavailable` — the scaled mode counts rate limits in Redis, and while Redis cannot be reached a request is refused rather than let through uncounted; `Retry-After` says when to try again. */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `request_timeout` */
            504: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createBackend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The workspace’s id (`ws_…`), as `GET /me` or `GET /workspaces` lists it. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateBackend"];
            };
        };
        responses: {
            /** @description The new back end */
            201: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Backend"];
                };
            };
            /** @description Problem: `invalid_json`, `bad_request` */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `insufficient_scope`, `forbidden`, `csrf_rejected` */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `backend_name_taken` */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unsupported_media_type` */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `validation_failed` */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `rate_limited` — over 1200 requests a minute from one IP address or 600 from one user or API key. With `rate_limited`, `Retry-After` says when to come back. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal_error` */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `service_unavailable` — the scaled mode counts rate limits in Redis, and while Redis cannot be reached a request is refused rather than let through uncounted; `Retry-After` says when to try again. */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `request_timeout` */
            504: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBackend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The back end’s id (`be_…`), as the workspace’s back-end list gives it. */
                backendId: string;
                /** @description The workspace’s id (`ws_…`), as `GET /me` or `GET /workspaces` lists it. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The back end */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Backend"];
                };
            };
            /** @description Problem: `bad_request` */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `insufficient_scope`, `forbidden` */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `rate_limited` — over 1200 requests a minute from one IP address or 600 from one user or API key. With `rate_limited`, `Retry-After` says when to come back. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal_error` */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `service_unavailable` — the scaled mode counts rate limits in Redis, and while Redis cannot be reached a request is refused rather than let through uncounted; `Retry-After` says when to try again. */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `request_timeout` */
            504: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteBackend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The back end’s id (`be_…`), as the workspace’s back-end list gives it. */
                backendId: string;
                /** @description The workspace’s id (`ws_…`), as `GET /me` or `GET /workspaces` lists it. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem: `bad_request` */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `insufficient_scope`, `forbidden`, `csrf_rejected` */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `rate_limited` — over 1200 requests a minute from one IP address or 600 from one user or API key. With `rate_limited`, `Retry-After` says when to come back. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal_error` */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `service_unavailable` — the scaled mode counts rate limits in Redis, and while Redis cannot be reached a request is refused rather than let through uncounted; `Retry-After` says when to try again. */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `request_timeout` */
            504: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateBackend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The back end’s id (`be_…`), as the workspace’s back-end list gives it. */
                backendId: string;
                /** @description The workspace’s id (`ws_…`), as `GET /me` or `GET /workspaces` lists it. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateBackend"];
            };
        };
        responses: {
            /** @description The changed back end */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Backend"];
                };
            };
            /** @description Problem: `invalid_json`, `bad_request` */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `insufficient_scope`, `forbidden`, `csrf_rejected` */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `backend_name_taken` */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unsupported_media_type` */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `validation_failed` */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `rate_limited` — over 1200 requests a minute from one IP address or 600 from one user or API key. With `rate_limited`, `Retry-After` says when to come back. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal_error` */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `service_unavailable` — the scaled mode counts rate limits in Redis, and while Redis cannot be reached a request is refused rather than let through uncounted; `Retry-After` says when to try again. */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `request_timeout` */
            504: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    testBackend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The back end’s id (`be_…`), as the workspace’s back-end list gives it. */
                backendId: string;
                /** @description The workspace’s id (`ws_…`), as `GET /me` or `GET /workspaces` lists it. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What the back end did */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BackendTestResult"];
                };
            };
            /** @description Problem: `bad_request` */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `insufficient_scope`, `forbidden`, `csrf_rejected` */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `rate_limited` — over 1200 requests a minute from one IP address or 600 from one user or API key. With `rate_limited`, `Retry-After` says when to come back. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal_error` */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `service_unavailable` — the scaled mode counts rate limits in Redis, and while Redis cannot be reached a request is refused rather than let through uncounted; `Retry-After` says when to try again. */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `request_timeout` */
            504: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMembers: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page; omit for the first page. */
                cursor?: string;
                /** @description Page size: at most this many entries in this page, 1–100 (100 when omitted). Pass the answer’s `nextCursor` back as `cursor` for the next page. */
                limit?: number;
            };
            header?: never;
            path: {
                /** @description The workspace’s id (`ws_…`), as `GET /me` or `GET /workspaces` lists it. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of members with their role; `nextCursor` is null on the last */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkspaceMemberList"];
                };
            };
            /** @description Problem: `invalid_cursor`, `bad_request` */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `insufficient_scope` */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `validation_failed` */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `rate_limited` — over 1200 requests a minute from one IP address or 600 from one user or API key. With `rate_limited`, `Retry-After` says when to come back. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal_error` */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `service_unavailable` — the scaled mode counts rate limits in Redis, and while Redis cannot be reached a request is refused rather than let through uncounted; `Retry-After` says when to try again. */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `request_timeout` */
            504: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The workspace’s id (`ws_…`), as `GET /me` or `GET /workspaces` lists it. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddMember"];
            };
        };
        responses: {
            /** @description The new member */
            201: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkspaceMember"];
                };
            };
            /** @description Problem: `invalid_json`, `bad_request` */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `insufficient_scope`, `forbidden`, `csrf_rejected` */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `already_member` */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unsupported_media_type` */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `validation_failed` */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `rate_limited` — over 1200 requests a minute from one IP address or 600 from one user or API key. With `rate_limited`, `Retry-After` says when to come back. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal_error` */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `service_unavailable` — the scaled mode counts rate limits in Redis, and while Redis cannot be reached a request is refused rather than let through uncounted; `Retry-After` says when to try again. */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `request_timeout` */
            504: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    removeMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The workspace’s id (`ws_…`), as `GET /me` or `GET /workspaces` lists it. */
                id: string;
                /** @description The member’s user id (`us_…`), as the workspace’s member list gives it. */
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem: `bad_request` */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `insufficient_scope`, `forbidden`, `csrf_rejected` */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `last_owner` */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `rate_limited` — over 1200 requests a minute from one IP address or 600 from one user or API key. With `rate_limited`, `Retry-After` says when to come back. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal_error` */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `service_unavailable` — the scaled mode counts rate limits in Redis, and while Redis cannot be reached a request is refused rather than let through uncounted; `Retry-After` says when to try again. */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `request_timeout` */
            504: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changeMemberRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The workspace’s id (`ws_…`), as `GET /me` or `GET /workspaces` lists it. */
                id: string;
                /** @description The member’s user id (`us_…`), as the workspace’s member list gives it. */
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeMemberRole"];
            };
        };
        responses: {
            /** @description The member with the new role */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkspaceMember"];
                };
            };
            /** @description Problem: `invalid_json`, `bad_request` */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `insufficient_scope`, `forbidden`, `csrf_rejected` */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `last_owner` */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unsupported_media_type` */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `validation_failed` */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `rate_limited` — over 1200 requests a minute from one IP address or 600 from one user or API key. With `rate_limited`, `Retry-After` says when to come back. */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal_error` */
            500: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `service_unavailable` — the scaled mode counts rate limits in Redis, and while Redis cannot be reached a request is refused rather than let through uncounted; `Retry-After` says when to try again. */
            503: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `request_timeout` */
            504: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Alive */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description Problem: `bad_request` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `rate_limited` */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `request_timeout` */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every metric of this process */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description Problem: `bad_request` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `rate_limited` */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `request_timeout` */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready to serve */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
            /** @description Problem: `bad_request` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `rate_limited` */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `service_unavailable` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem: `request_timeout` */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
