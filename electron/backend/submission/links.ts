/**
 * What the unit's database remembers about the province (in `settings`, key `province`): the server address and
 * account name last used (never the password), which local campaign is which province plan, and what was sent.
 * A campaign is linked when the unit receives the province's plan; only linked campaigns can be submitted.
 */
import type { Database } from 'better-sqlite3';
import { getSetting, setSetting } from '../../../db/queries/settings';

export interface PlanLink {
  planKey: string;
  planVersion: number;
  title: string;
  receivedAt: string;
  source: 'server' | 'file';
}

export interface SentRecord {
  at: string;
  contentHash: string;
  /** The province's version number for this submission, when it acknowledged. */
  version: number | null;
  outcome: 'stored' | 'duplicate' | 'unchanged' | 'saved-file';
}

export interface ProvinceState {
  serverUrl: string;
  user: string;
  /** Keyed by local campaign id. */
  links: Record<string, PlanLink>;
  sent: Record<string, SentRecord[]>;
}

const KEY = 'province';
export function provinceState(db: Database): ProvinceState {
  const stored = getSetting<Partial<ProvinceState>>(db, KEY, {});
  return { serverUrl: '', user: '', links: {}, sent: {}, ...stored };
}

export function updateProvinceState(db: Database, change: (s: ProvinceState) => void): ProvinceState {
  const s = provinceState(db);
  change(s);
  setSetting(db, KEY, s);
  return s;
}

export function linkOf(db: Database, campaignId: number): PlanLink | undefined {
  return provinceState(db).links[String(campaignId)];
}

/** The local campaign that holds a province plan, if the unit received it before. */
export function campaignOfPlan(db: Database, planKey: string): number | undefined {
  const entry = Object.entries(provinceState(db).links).find(([, l]) => l.planKey === planKey);
  return entry ? Number(entry[0]) : undefined;
}

export function recordSent(db: Database, campaignId: number, r: SentRecord): void {
  updateProvinceState(db, (s) => {
    const list = s.sent[String(campaignId)] ?? [];
    s.sent[String(campaignId)] = [r, ...list].slice(0, 20);
  });
}
