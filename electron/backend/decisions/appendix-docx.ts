/**
 * The decision's appendix as a Word document, since provinces publish these decisions as .docx: A4 landscape,
 * Times New Roman 13/12 pt, title block, Phần I tables with their list's columns (header row repeated on each
 * page, level and lĩnh vực rows spanning the table), then Phần II items a)–l). Written with the `docx` library,
 * published atomically into the exports folder and handed to the host.
 */
import { writeFile } from 'node:fs/promises';
import {
  AlignmentType,
  Document,
  Footer,
  PageNumber,
  PageOrientation,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx';
import type { DecisionDetail } from '../../shared/contract/decisions';
import { isoToday } from '../reports/builders/text';
import { writeAtomically } from '../reports/atomic-file';
import { pathInside, proposedFileName } from '../reports/file-names';
import { exportsDir } from '../reports/jobs';
import { cleanCellText } from '../reports/xlsx/sink';
import type { BackendContext } from '../context';
import { appendixModel, type AppendixList } from './appendix-model';
import { requireDecision } from './service';

const FONT = 'Times New Roman';
/** Half-points: 13 pt body, 12 pt in tables. */
const BODY = 26;
const TABLE = 24;
/** A4 landscape, 2 cm margins, in twentieths of a point. */
const PAGE = { width: 16838, height: 11906, margin: 1134 };
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;

function lines(text: string, o: { bold?: boolean; italics?: boolean; size?: number } = {}): TextRun[] {
  return cleanCellText(text)
    .split('\n')
    .map(
      (t, i) =>
        new TextRun({
          text: t,
          font: FONT,
          size: o.size ?? BODY,
          bold: o.bold,
          italics: o.italics,
          break: i ? 1 : 0,
        }),
    );
}

function para(
  text: string,
  o: { bold?: boolean; italics?: boolean; center?: boolean; size?: number; before?: number } = {},
): Paragraph {
  return new Paragraph({
    children: lines(text, o),
    alignment: o.center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
    spacing: { before: o.before ?? 60, after: 60 },
  });
}

function cell(text: string, width: number, o: { bold?: boolean; span?: number; center?: boolean } = {}) {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: o.span,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: [
      new Paragraph({
        children: lines(text, { bold: o.bold, size: TABLE }),
        alignment: o.center ? AlignmentType.CENTER : AlignmentType.LEFT,
      }),
    ],
  });
}

function listTable(list: AppendixList): Table {
  const total = list.columns.reduce((n, c) => n + c.width, 0);
  const widths = list.columns.map((c) => Math.floor((c.width / total) * TEXT_WIDTH));
  // "STT" on one line (12 pt and the cell margins need ~0.5"): taken from the widest column.
  const widest = widths.indexOf(Math.max(...widths));
  const extra = Math.max(0, 760 - widths[0]!);
  widths[0] = widths[0]! + extra;
  widths[widest] = widths[widest]! - extra;
  const all = widths.reduce((a, b) => a + b, 0);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: list.columns.map((c, i) => cell(c.header, widths[i]!, { bold: true, center: true })),
  });
  const rows = list.entries.map((e) =>
    'group' in e
      ? new TableRow({ cantSplit: true, children: [cell(e.group, all, { bold: true, span: widths.length })] })
      : new TableRow({
          cantSplit: true,
          children: e.row.map((t, i) => cell(t, widths[i]!, { center: i === 0 })),
        }),
  );
  return new Table({
    width: { size: all, type: WidthType.DXA },
    columnWidths: widths,
    rows: [header, ...rows],
  });
}

export async function decisionDocx(ctx: BackendContext, d: DecisionDetail): Promise<Buffer> {
  const model = appendixModel(ctx.db, d);
  const children: ISectionOptions['children'][number][] = [
    para('PHỤ LỤC', { bold: true, center: true }),
    para(model.title, { bold: true, center: true }),
    para(model.subtitle, { italics: true, center: true }),
    para('PHẦN I. DANH MỤC THỦ TỤC HÀNH CHÍNH', { bold: true, before: 240 }),
  ];
  for (const list of model.lists) {
    children.push(para(list.heading, { bold: true, before: 180 }));
    children.push(listTable(list));
  }
  children.push(para('PHẦN II. NỘI DUNG CỤ THỂ CỦA TỪNG THỦ TỤC HÀNH CHÍNH', { bold: true, before: 360 }));
  for (const block of model.details) {
    children.push(para(block.heading, { bold: true, before: 200 }));
    for (const [label, text] of block.rows) {
      children.push(para(label, { bold: true, before: 80 }));
      if (text.trim()) children.push(para(text));
    }
  }
  const doc = new Document({
    creator: 'TinhGọn',
    title: `Phụ lục Quyết định ${d.number}`,
    styles: { default: { document: { run: { font: FONT, size: BODY } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.height, height: PAGE.width, orientation: PageOrientation.LANDSCAPE },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: 22 })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

export async function exportDecisionDocx(ctx: BackendContext, decisionId: number) {
  const d = requireDecision(ctx, decisionId);
  const unit = ctx.db.prepare('SELECT name FROM units WHERE id = ?').get(d.unitId) as { name: string };
  const stem = `Phụ lục QĐ ${d.number.replace(/[/\\]/g, '-')}`;
  const fileName = proposedFileName(stem, unit.name, isoToday(), 'docx');
  const target = pathInside(exportsDir(ctx.dataDir), fileName);
  const bytes = await decisionDocx(ctx, d);
  await writeAtomically(target, (temp) => writeFile(temp, bytes));
  return { fileName, delivery: await ctx.host.deliverFile(target, fileName) };
}
