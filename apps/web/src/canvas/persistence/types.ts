/**
 * How an open canvas reaches the server. The REST autosave is the only implementation
 * today; the y-websocket provider replaces it behind this interface. Either one reports
 * where the document stands through the session store's `save` state.
 */
export interface Persistence {
  /** Sends what is pending now; resolves when that settles. */
  flush(): Promise<void>;
  /** After a conflict: take the server's version, dropping local edits (the user chose to). */
  reloadFromServer(): Promise<void>;
  /** After a conflict: write the local document over the server's newer revision. */
  overwriteServer(): Promise<void>;
  destroy(): void;
}
