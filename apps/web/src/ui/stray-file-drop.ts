/** The part of a drag event this guard reads (DragEvent in a browser). */
interface FileDragEvent extends Event {
  readonly dataTransfer?: { readonly types: ArrayLike<string>; dropEffect: string } | null;
}

const carriesFiles = (event: FileDragEvent) => Array.from(event.dataTransfer?.types ?? []).includes('Files');

/**
 * A file dropped where nothing takes it would make the browser open the file in place of the
 * app (leaving the canvas mid-session). Drop targets that take files (the graph list, the
 * import dialog, the paste box) call preventDefault themselves; what reaches the window
 * untaken is refused: the cursor says no, and a drop does nothing. Text and links dragged in
 * are left alone. Returns the uninstaller.
 */
export const refuseStrayFileDrops = (target: EventTarget): (() => void) => {
  const onDragOver = (event: Event) => {
    const drag = event as FileDragEvent;
    if (event.defaultPrevented || !carriesFiles(drag)) return;
    event.preventDefault();
    if (drag.dataTransfer) drag.dataTransfer.dropEffect = 'none';
  };
  const onDrop = (event: Event) => {
    if (event.defaultPrevented || !carriesFiles(event as FileDragEvent)) return;
    event.preventDefault();
  };
  target.addEventListener('dragover', onDragOver);
  target.addEventListener('drop', onDrop);
  return () => {
    target.removeEventListener('dragover', onDragOver);
    target.removeEventListener('drop', onDrop);
  };
};
