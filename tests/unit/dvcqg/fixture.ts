/**
 * Shared fixture for the DVCQG parser tests: the real 2026 commune-level records (public data of
 * dichvucong.gov.vn as collected by chatbot-tthc/chatbot_tthc), parsed once per test file.
 * The file is kept in tests/fixtures/public-data/.
 */
import { readFileSync } from 'node:fs';
import type { Component } from '../../../electron/shared/domain';
import { parseDvcqgJsonl, type ParsedRecord } from '../../../electron/shared/dvcqg/record-parser';
import { publicData } from '../../support/public-data';

export const JSONL = publicData('dvcqg-tthc-cap-xa-2026.jsonl');
export const rawText = readFileSync(JSONL, 'utf8');
export const rawLines = rawText.split('\n').filter((l) => l.trim() !== '');
export const parsed: ParsedRecord[] = parseDvcqgJsonl(rawText);
const byCode = new Map(parsed.map((p) => [p.entry.code, p]));

export function get(code: string): ParsedRecord {
  const p = byCode.get(code);
  if (!p) throw new Error(`${code} not in ${JSONL}`);
  return p;
}

export function findComponent(code: string, start: string): Component {
  const c = get(code)
    .entry.componentGroups.flatMap((g) => g.components)
    .find((x) => x.name.startsWith(start));
  if (!c) throw new Error(`${code}: no component starting "${start}"`);
  return c;
}

/** Every string anywhere in a value. */
export function strings(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(strings);
  if (v && typeof v === 'object') return Object.values(v).flatMap(strings);
  return [];
}
