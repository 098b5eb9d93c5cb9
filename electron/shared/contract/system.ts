import { z } from 'zod';
import { UnitLevel } from '../domain';
import { Empty, nfc, Ok } from './common';
import { method } from './define';

export const AppInfo = z.object({
  appVersion: z.string(),
  schemaVersion: z.number().int(),
  /** File name only: the renderer never sees or sends paths. */
  dbName: z.string(),
  isDemo: z.boolean(),
  mode: z.enum(['electron', 'browser', 'cli', 'test']),
  locale: z.enum(['vi', 'en']),
  profileName: z.string(),
  profileRole: z.enum(['officer', 'manager']),
  /** The manager role ended after `managerIdleMs` without a call from the user (the shell says so). */
  managerEndedIdle: z.boolean(),
  managerIdleMs: z.number().int().positive(),
  /** Changes whenever the open database is replaced (new, open, restore, recovery): screens key their state on it. */
  openId: z.string(),
  readOnly: z.boolean(),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const systemContract = {
  /** What the shell shows in the title bar and the demo banner. Not a user action: it never keeps a manager role alive. */
  'app.info': method(Empty, AppInfo),
  'settings.setLocale': method(z.object({ locale: z.enum(['vi', 'en']) }).strict(), Ok, { mutates: true }),
  /** Start an empty database for the user's own unit (the backend picks the file in its data folder). */
  'database.createNew': method(
    z.object({ unitName: nfc(300).pipe(z.string().min(1)), unitLevel: UnitLevel }).strict(),
    AppInfo,
    { mutates: true },
  ),
};
