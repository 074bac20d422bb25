import {
  AlignmentType,
  BorderStyle,
  ImageRun,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { DataCell, DataTable } from '../../../../shared/data-blocks/table-model';
import type { DataBlockContent, DataChart } from '../data-blocks';

/**
 * A live block in the Word copy: a real Word table (its header rows repeated on every page, rows
 * never split, totals in bold) with its caption and notes, or a chart as an SVG picture with a PNG
 * fallback for Word versions without SVG, its summary as the picture's alternative text.
 */

export interface DataBlockDocxContext {
  /** Locale of the plan's text (the language of the block's words). */
  locale: string;
  /** The PNG of a chart's SVG at `width` pixels. */
  png(svg: string, width: number): Uint8Array;
}

/** The text column is 9 411 twips wide: 627 px at 96 dpi. */
const COLUMN_PX = 620;
const SMALL = 17;
const border = { style: BorderStyle.SINGLE, size: 4, color: '8A96A3' };
const borders = { top: border, bottom: border, left: border, right: border };
const strongTop = { style: BorderStyle.SINGLE, size: 12, color: '0B2F52' };

function text(ctx: DataBlockDocxContext, value: string, bold: boolean, size = SMALL): TextRun {
  return new TextRun({
    text: value,
    bold: bold || undefined,
    size,
    language: { value: ctx.locale },
  });
}

function caption(ctx: DataBlockDocxContext, value: string): Paragraph {
  return new Paragraph({
    keepNext: true,
    spacing: { before: 160, after: 80 },
    children: [
      new TextRun({ text: value, bold: true, color: '0B2F52', language: { value: ctx.locale } }),
    ],
  });
}

type Part = 'head' | 'body' | 'foot';

function cell(ctx: DataBlockDocxContext, data: DataCell, part: Part, first: boolean): TableCell {
  const header = part === 'head';
  const bold = header || part === 'foot' || data.short === true;
  return new TableCell({
    children: [
      new Paragraph({
        alignment: data.numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
        spacing: { after: 0 },
        children: [text(ctx, data.text, bold)],
      }),
    ],
    columnSpan: (data.colSpan ?? 1) > 1 ? data.colSpan : undefined,
    rowSpan: (data.rowSpan ?? 1) > 1 ? data.rowSpan : undefined,
    borders: part === 'foot' && first ? { ...borders, top: strongTop } : borders,
    shading:
      header || part === 'foot'
        ? { type: ShadingType.CLEAR, color: 'auto', fill: header ? 'E6EDF4' : 'F3F6F9' }
        : undefined,
  });
}

function table(ctx: DataBlockDocxContext, model: DataTable): Array<Paragraph | Table> {
  const rows = (cells: DataCell[][], part: Part) =>
    cells.map(
      (row, index) =>
        new TableRow({
          tableHeader: part === 'head',
          cantSplit: true,
          children: row.map((entry) => cell(ctx, entry, part, index === 0)),
        }),
    );
  return [
    caption(ctx, model.caption),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [...rows(model.head, 'head'), ...rows(model.body, 'body'), ...rows(model.foot, 'foot')],
    }),
    ...model.notes.map(
      (note, index) =>
        new Paragraph({
          spacing: { before: index === 0 ? 60 : 0, after: 0 },
          children: [text(ctx, note, false, 16)],
        }),
    ),
    new Paragraph({ spacing: { after: 120 }, children: [] }),
  ];
}

function chart(ctx: DataBlockDocxContext, model: DataChart): Paragraph[] {
  const height = Math.round((COLUMN_PX * model.size.height) / model.size.width);
  return [
    caption(ctx, model.caption),
    new Paragraph({
      keepLines: true,
      children: [
        new ImageRun({
          type: 'svg',
          data: Buffer.from(model.svg, 'utf8'),
          fallback: { type: 'png', data: ctx.png(model.svg, model.size.width) },
          transformation: { width: COLUMN_PX, height },
          altText: { name: model.caption, title: model.caption, description: model.summary },
        }),
      ],
    }),
  ];
}

/** The Word blocks of a live block's content. */
export function dataBlockDocx(
  ctx: DataBlockDocxContext,
  content: DataBlockContent,
): Array<Paragraph | Table> {
  switch (content.kind) {
    case 'table':
      return table(ctx, content.table);
    case 'chart':
      return chart(ctx, content.chart);
    case 'notice':
      return [
        new Paragraph({
          children: [
            new TextRun({ text: content.text, italics: true, language: { value: ctx.locale } }),
          ],
        }),
      ];
  }
}
