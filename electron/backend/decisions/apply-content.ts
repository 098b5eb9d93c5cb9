/**
 * Phần II of an amended procedure (the decision's "nội dung cụ thể"): what it changes in the record, shown in the
 * preview diff, and written by the apply — the steps (trình tự thực hiện), the dossier components with their
 * originals and copies, and, where Phần I left them empty, the time, the fee and the legal bases. Rows keep their
 * ids by position, so a review mark on step 2 still points at step 2 of the new text.
 */
import type { Database } from 'better-sqlite3';
import { syncChildren } from '../../../db/queries/procedure-sections';
import type { DecisionContent, DecisionItemRow } from '../../shared/contract/decisions';
import type { FieldDiff } from '../../shared/contract/import';
import type { Locale } from '../../shared/errors';
import { fold } from '../../shared/text/fold';

/** The row as Phần I and Phần II give it together: Phần I's own columns win, Phần II fills what it left out. */
export function withContent(it: DecisionItemRow): DecisionItemRow {
  const c = it.content;
  if (!c) return it;
  return {
    ...it,
    timeText: it.timeText.trim() ? it.timeText : c.timeText,
    feeText: it.feeText.trim() ? it.feeText : c.feeText,
    legalText: [it.legalText, c.legalText].filter((s) => s.trim()).join('\n'),
  };
}

export interface HeldContent {
  stepsText: string;
  componentsText: string;
}

/** SQL columns of the record's steps and components as the diff compares them (one line each, in order). */
export const HELD_CONTENT_SQL = `
  coalesce((SELECT group_concat(text, char(10)) FROM (SELECT text FROM steps WHERE procedure_id = p.id ORDER BY ord)), '')
    AS stepsText,
  coalesce((SELECT group_concat(line, char(10)) FROM (
    SELECT c.name || char(9) || c.original_qty || char(9) || c.copy_qty AS line FROM components c
    JOIN component_groups g ON g.id = c.group_id WHERE g.procedure_id = p.id AND c.is_note = 0 ORDER BY g.ord, c.ord)), '')
    AS componentsText`;

const LABELS = {
  steps: { vi: 'Trình tự thực hiện', en: 'Steps' },
  components: { vi: 'Thành phần hồ sơ', en: 'Dossier components' },
};

const short = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + '…' : s);
/** One line per step or document, each cut short, so the whole list shows in the preview. */
const numbered = (lines: string[]) =>
  short(lines.map((l, i) => `${i + 1}. ${short(l, 260)}`).join('\n'), 4000);
const quantities = (name: string, originals: number, copies: number, locale: Locale) =>
  locale === 'vi'
    ? `${short(name, 200)} (bản chính: ${originals}, bản sao: ${copies})`
    : `${short(name, 200)} (originals: ${originals}, copies: ${copies})`;

export function contentDiffs(held: HeldContent, c: DecisionContent | null | undefined, locale: Locale) {
  const out: FieldDiff[] = [];
  if (!c) return out;
  const add = (field: keyof typeof LABELS, old: string[], now: string[]) => {
    if (now.length && fold(now.join('\n')) !== fold(old.join('\n')))
      out.push({ field, label: LABELS[field][locale], old: numbered(old), new: numbered(now) });
  };
  add('steps', held.stepsText ? held.stepsText.split('\n') : [], c.steps);
  const held3 = (held.componentsText ? held.componentsText.split('\n') : []).map((l) => {
    const [name = '', o = '0', k = '0'] = l.split('\t');
    return quantities(name, Number(o), Number(k), locale);
  });
  add(
    'components',
    held3,
    c.components.map((x) => quantities(x.name, x.originals, x.copies, locale)),
  );
  return out;
}

/** A step of Phần II as the record keeps it (the title is the text's start, as the national records have it). */
export const stepOf = (text: string) => ({
  title: text.length > 160 ? text.slice(0, 159) + '…' : text,
  text,
});

/** A document of Phần II: only originals asked → the original is presented; otherwise the kind is not stated. */
export const componentOf = (x: DecisionContent['components'][number]) => ({
  name: x.name,
  code: '',
  originalQty: x.originals,
  copyQty: x.copies,
  copyRequirement: x.originals > 0 && x.copies === 0 ? ('ORIGINAL' as const) : null,
  formName: '',
  isNote: false,
  required: true,
});

/** Writes Phần II's steps and components into the record (inside the caller's tracked transaction). */
export function writeContent(db: Database, pid: number, c: DecisionContent): void {
  if (c.steps.length) {
    const old = db
      .prepare('SELECT id FROM steps WHERE procedure_id = ? ORDER BY ord')
      .pluck()
      .all(pid) as number[];
    syncChildren(
      db,
      'steps',
      'procedure_id',
      pid,
      c.steps.map((text, i) => ({ id: old[i], ...stepOf(text), actor: '' })),
      { title: 'title', text: 'text', actor: 'actor' },
    );
  }
  if (c.components.length) {
    const groups = db
      .prepare('SELECT id FROM component_groups WHERE procedure_id = ? ORDER BY ord')
      .pluck()
      .all(pid) as number[];
    const [group] = syncChildren(
      db,
      'component_groups',
      'procedure_id',
      pid,
      [{ id: groups[0], heading: '' }],
      {
        heading: 'heading',
      },
    );
    const old = db
      .prepare('SELECT id FROM components WHERE group_id = ? ORDER BY ord')
      .pluck()
      .all(group!) as number[];
    syncChildren(
      db,
      'components',
      'group_id',
      group!,
      c.components.map((x, i) => ({ id: old[i], ...componentOf(x) })),
      {
        name: 'name',
        originalQty: 'original_qty',
        copyQty: 'copy_qty',
        copyRequirement: 'copy_requirement',
        isNote: 'is_note',
        required: 'required',
      },
    );
  }
}
