import { readFileSync } from 'node:fs';
import { publicData } from './public-data';

/** A minimal CSV reader (quoted fields, doubled quotes, commas and line breaks inside quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') endCell();
    else if (ch === '\n') {
      endCell();
      rows.push(row);
      row = [];
    } else if (ch !== '\r') cell += ch;
  }
  if (cell || row.length) {
    endCell();
    rows.push(row);
  }
  return rows;
}

/**
 * One of the real tables of tests/fixtures/public-data/qtnb/ as the province published it: the source lines
 * (“# …”) dropped, and the last field of every line, `time_hours_computed`, which the fixture's README says was
 * added by us and is not in the source. "<br>" of the page dump becomes a line break.
 */
export function qtnbTable(file: string): string[][] {
  return parseCsv(readFileSync(publicData(`qtnb/${file}`), 'utf8'))
    .filter((r) => !(r[0] ?? '').startsWith('#') && r.some((c) => c.trim()))
    .map((r) => r.slice(0, -1).map((c) => c.replace(/<br>/g, '\n')));
}

export const QTNB = {
  ngheAn: 'qtnb_NgheAn_3857-2025_capxa_gio.csv',
  vinhLong: 'qtnb_VinhLong_2682-2025_capxa_ngay.csv',
  caoBang: 'qtnb_CaoBang_2022-2025_quytrinh01_ngay.csv',
} as const;
