import {
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import type { Language } from '../../../shared/domain/settings';

/**
 * The plain Word documents of a comment round (cover letter, comment summary): Word's own Title and
 * Heading styles, so the navigation pane and screen readers see the structure, in the plan's look
 * (Cambria text, Calibri headings), A4.
 */

const LOCALES: Record<Language, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };
const INK = '0B2F52';
const RULE = { style: BorderStyle.SINGLE, size: 4, color: '9AA5B1' };

const headingStyle = (id: string, name: string, size: number) => ({
  id,
  name,
  basedOn: 'Normal',
  next: 'Normal',
  quickFormat: true,
  run: { size, bold: true, color: INK, font: 'Calibri' },
  paragraph: {
    spacing: { before: 240, after: 120 },
    keepNext: true,
    keepLines: true,
    outlineLevel: Number(id.slice(-1)) - 1,
  },
});

export function wordDocument(options: {
  title: string;
  description: string;
  language: Language;
  children: FileChild[];
}): Promise<Uint8Array> {
  const document = new Document({
    title: options.title,
    description: options.description,
    creator: 'Suunta',
    styles: {
      default: {
        document: {
          run: { font: 'Cambria', size: 22, language: { value: LOCALES[options.language] } },
          paragraph: { spacing: { after: 120 } },
        },
      },
      paragraphStyles: [
        headingStyle('Heading1', 'heading 1', 28),
        headingStyle('Heading2', 'heading 2', 24),
        {
          id: 'Title',
          name: 'Title',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { size: 40, bold: true, color: INK, font: 'Calibri' },
          paragraph: { spacing: { after: 200 } },
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1247, bottom: 1247, left: 1361, right: 1134 },
          },
        },
        children: options.children,
      },
    ],
  });
  return Packer.toBuffer(document).then((buffer) => new Uint8Array(buffer));
}

export const title = (text: string) => new Paragraph({ heading: HeadingLevel.TITLE, text });
export const heading1 = (text: string) => new Paragraph({ heading: HeadingLevel.HEADING_1, text });
export const heading2 = (text: string) => new Paragraph({ heading: HeadingLevel.HEADING_2, text });

/** A text as paragraphs, one per line she wrote (blank lines dropped). */
export function paragraphs(text: string): Paragraph[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => new Paragraph({ text: line }));
}

export const bullet = (text: string) => new Paragraph({ text, bullet: { level: 0 } });

/** "Label: value" with the label in bold. */
export const labelled = (label: string, value: string, extra: { indent?: boolean } = {}) =>
  new Paragraph({
    indent: extra.indent ? { left: 360 } : undefined,
    children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)],
  });

/** A table of plain texts whose header row repeats on every page. */
export function table(header: string[], rows: string[][]): Table {
  const cell = (text: string, head: boolean) =>
    new TableCell({
      children: [new Paragraph({ children: [new TextRun({ text, bold: head })] })],
      shading: head ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E8EEF4' } : undefined,
      margins: { top: 60, bottom: 60, left: 100, right: 100 },
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: {
      top: RULE,
      bottom: RULE,
      left: RULE,
      right: RULE,
      insideHorizontal: RULE,
      insideVertical: RULE,
    },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((text) => cell(text, true)) }),
      ...rows.map((row) => new TableRow({ children: row.map((text) => cell(text, false)) })),
    ],
  });
}
