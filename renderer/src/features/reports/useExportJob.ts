import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExportProgress, ReportRequest } from '../../../../electron/shared/contract/reports';
import { call } from '../../api/client';

/** Browser mode: the backend returns a one-time URL; clicking a temporary link downloads the file. */
export function triggerDownload(url: string, fileName: string): void {
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
}

/** Starts an export job, polls its progress every 250 ms until it ends, and can cancel it. */
export function useExportJob() {
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const [error, setError] = useState<string | null>(null);
  /** Which choice of report and options the last export was started for. */
  const [startedKey, setStartedKey] = useState<string | null>(null);
  const timer = useRef<number | null>(null);
  const stop = () => {
    if (timer.current !== null) window.clearInterval(timer.current);
    timer.current = null;
  };
  useEffect(() => stop, []);

  const start = useCallback(
    (req: Partial<ReportRequest> & Pick<ReportRequest, 'report' | 'unitId'>, key = '') => {
      stop();
      setError(null);
      setProgress(null);
      setStartedKey(key);
      performance.mark('tinhgon:report-export-start');
      call('reports.export', req)
        .then(({ jobId }) => {
          timer.current = window.setInterval(() => {
            call('reports.progress', { jobId })
              .then((p) => {
                setProgress(p);
                if (p.state === 'running') return;
                stop();
                performance.mark('tinhgon:report-export-end');
                if (p.state === 'failed') setError(p.error);
                if (p.state === 'done' && p.delivery?.kind === 'download')
                  triggerDownload(p.delivery.url, p.fileName);
              })
              .catch((e: Error) => {
                stop();
                setError(e.message);
              });
          }, 250);
        })
        .catch((e: Error) => setError(e.message));
    },
    [],
  );

  const cancel = useCallback(() => {
    if (!progress || progress.state !== 'running') return;
    void call('reports.cancel', { jobId: progress.jobId }).then(() =>
      call('reports.progress', { jobId: progress.jobId }).then(setProgress),
    );
    stop();
  }, [progress]);

  return { progress, error, startedKey, start, cancel };
}
