import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../electron/shared/contract/system';
import { call } from '../api/client';

/**
 * While a manager is signed in, asks the backend now and then (app.info, which does not count as activity)
 * whether the role has ended for idleness, so the rail and the review screen drop to the officer without a click
 * and the shell says why. Returns whether to show that notice, and a way to dismiss it.
 */
export function useManagerSession(info: AppInfo | null, onInfo: (info: AppInfo) => void) {
  const [dismissed, setDismissed] = useState(false);
  const manager = info?.profileRole === 'manager';
  const idleMs = info?.managerIdleMs ?? 0;
  // A new manager session may end in its turn: its notice is not the dismissed one.
  const [wasManager, setWasManager] = useState(manager);
  if (manager !== wasManager) {
    setWasManager(manager);
    if (manager) setDismissed(false);
  }
  useEffect(() => {
    if (!manager) return;
    const every = Math.min(30_000, Math.max(250, idleMs / 4));
    const timer = window.setInterval(() => {
      call('app.info', {})
        .then((next) => next.profileRole !== 'manager' && onInfo(next))
        .catch(() => undefined);
    }, every);
    return () => window.clearInterval(timer);
  }, [manager, idleMs, onInfo]);
  return { ended: !!info?.managerEndedIdle && !manager && !dismissed, dismiss: () => setDismissed(true) };
}
