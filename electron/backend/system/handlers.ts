import { join } from 'node:path';
import { schemaVersion } from '../../../db/migrate';
import { openDatabase } from '../../../db/open';
import { setSetting } from '../../../db/queries/settings';
import { insertUnit, unitCodeFromName } from '../../../db/queries/units';
import pkg from '../../../package.json';
import type { AppInfo, systemContract } from '../../shared/contract/system';
import type { BackendContext } from '../context';
import type { HandlersFor } from '../handler-types';
import { currentProfile, managerEndedIdle } from './profile-session';

export function appInfo(ctx: BackendContext): AppInfo {
  const db = ctx.db;
  const profile = currentProfile(ctx);
  return {
    appVersion: pkg.version,
    schemaVersion: schemaVersion(db),
    dbName: ctx.dbFile.split(/[\\/]/).pop() ?? ctx.dbFile,
    isDemo: !!db.prepare('SELECT 1 FROM units WHERE is_demo = 1 LIMIT 1').get(),
    mode: ctx.mode,
    locale: ctx.locale,
    profileName: profile.name,
    profileRole: profile.role,
    managerEndedIdle: managerEndedIdle(ctx),
    managerIdleMs: ctx.managerIdleMs,
    openId: ctx.openId,
    readOnly: db.readonly,
  };
}

export const systemHandlers: HandlersFor<typeof systemContract> = {
  'app.info': (_input, ctx) => appInfo(ctx),

  'settings.setLocale': (input, ctx) => {
    setSetting(ctx.db, 'locale', input.locale);
    ctx.locale = input.locale;
    return { ok: true };
  },

  'database.createNew': (input, ctx) => {
    const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-');
    const file = join(ctx.dataDir, `tinhgon-${stamp}.sqlite`);
    const db = openDatabase(file, ctx.nativeBinding ? { nativeBinding: ctx.nativeBinding } : {});
    try {
      db.transaction(() => {
        insertUnit(db, {
          code: unitCodeFromName(db, input.unitName),
          name: input.unitName,
          level: input.unitLevel,
        });
        setSetting(db, 'locale', ctx.locale);
      })();
    } finally {
      db.close();
    }
    ctx.switchDatabase(file);
    return appInfo(ctx);
  },
};
