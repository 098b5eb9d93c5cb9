import { useEffect, useState } from 'react';
import type { ImportProgress } from '../../../../electron/shared/contract/import';
import { call } from '../../api/client';

/** Polls `import.progress` while a long step runs (reading, comparing, writing); null when idle. */
export function useImportProgress(token: string | null, active: boolean): ImportProgress | null {
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  useEffect(() => {
    if (!token || !active) return;
    let stopped = false;
    const tick = () => {
      call('import.progress', { token })
        .then((p) => !stopped && setProgress(p))
        .catch(() => undefined);
    };
    tick();
    const timer = window.setInterval(tick, 250);
    return () => {
      stopped = true;
      window.clearInterval(timer);
      setProgress(null);
    };
  }, [token, active]);
  return active ? progress : null;
}

/** The file's bytes as base64 (the renderer sends bytes, never paths). */
export function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}
