import { useEffect, useLayoutEffect, useRef, useState } from 'react';

/**
 * A file dropped anywhere on the window goes to the import wizard: the shell catches every drop (so the browser
 * never opens the file in place of the app), opens Nhập Excel and hands the file over — at once when the wizard
 * is open, when it mounts otherwise. The wizard checks the file type itself (one refusal message for picked and
 * dropped files).
 */
let pending: File | null = null;
const takers = new Set<(file: File) => void>();

function offerFile(file: File): void {
  if (takers.size === 0) pending = file;
  else for (const take of takers) take(file);
}

/** The import wizard takes dropped files: the one waiting when it mounts, then each new one. */
export function useDroppedFile(take: (file: File) => void): void {
  const latest = useRef(take);
  useLayoutEffect(() => {
    latest.current = take;
  });
  useEffect(() => {
    const taker = (file: File) => latest.current(file);
    takers.add(taker);
    const waiting = pending;
    pending = null;
    if (waiting) taker(waiting);
    return () => {
      takers.delete(taker);
    };
  }, []);
}

const hasFiles = (e: DragEvent) => !!e.dataTransfer?.types.includes('Files');

/** The shell's window-wide drop zone. Returns whether a file is being dragged over the window (for the overlay). */
export function useWindowFileDrop(onDropped: () => void): boolean {
  const [dragging, setDragging] = useState(false);
  const latest = useRef(onDropped);
  useLayoutEffect(() => {
    latest.current = onDropped;
  });
  useEffect(() => {
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      // Leaving the window (not moving between elements inside it).
      if (e.relatedTarget === null) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDragging(false);
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      offerFile(file);
      latest.current();
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);
  return dragging;
}
