import { useCallback, useRef, useState, type DragEvent } from 'react';

/** Whether a drag carries files (not text or a link dragged from another page). */
const carriesFiles = (event: DragEvent) => Array.from(event.dataTransfer.types).includes('Files');

/**
 * A whole area as a file drop target: `dropping` while files are dragged over it, `onFile`
 * with the first file dropped. Without it the browser opens a file dropped beside a drop zone
 * in place of the app. A drop an inner target already took (its handler called
 * preventDefault, e.g. a text box that reads the file) is left to it.
 */
export const useFileDrop = (onFile: ((file: File) => void) | null) => {
  const [dropping, setDropping] = useState(false);
  // dragenter/dragleave fire for every child crossed: count them, the area is left at zero.
  const depth = useRef(0);
  const leave = useCallback(() => {
    depth.current = 0;
    setDropping(false);
  }, []);
  const dropProps = {
    onDragEnter: (event: DragEvent) => {
      if (!onFile || !carriesFiles(event)) return;
      depth.current += 1;
      setDropping(true);
    },
    onDragOver: (event: DragEvent) => {
      if (!onFile || !carriesFiles(event)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
    },
    onDragLeave: (event: DragEvent) => {
      if (!onFile || !carriesFiles(event)) return;
      depth.current -= 1;
      if (depth.current <= 0) leave();
    },
    onDrop: (event: DragEvent) => {
      if (!onFile) return;
      leave();
      if (event.defaultPrevented) return;
      const file = event.dataTransfer.files[0];
      if (!file) return;
      event.preventDefault();
      onFile(file);
    },
  };
  return { dropping, dropProps };
};
