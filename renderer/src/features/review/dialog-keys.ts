import type { KeyboardEvent } from 'react';

/** Esc closes a review dialog (and is not passed on, so the record panel behind it stays open). */
export const closeOnEscape =
  (onClose: () => void) =>
  (e: KeyboardEvent): void => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    onClose();
  };
