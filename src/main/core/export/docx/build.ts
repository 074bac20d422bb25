import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  Header,
  LevelFormat,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Tab,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { ExportOptions } from '../../../../shared/domain/export';
import type { LexicalNodeJson } from '../../../../shared/domain/lexical';
import { DATA_BLOCK_TYPE } from '../../../../shared/domain/plan-data';
import type { Language } from '../../../../shared/domain/settings';
import { helsinkiDate } from '../../../../shared/dates';
import { fillText } from '../../../../shared/i18n/messages/export';
import { parseLinkUrl } from '../../../../shared/links';
import { decisionRef, milestoneName } from '../../../../shared/process/default-milestones';
import { findRequirement } from '../../../../shared/statutory/catalogue';
import { chartPng } from '../chart-png';
import { commentAnnex } from '../comments-annex';
import { dataBlockContent } from '../data-blocks';
import type { ExportDocument } from '../document';
import { CoreError } from '../../errors';
import { TEXT_FORMAT } from '../lexical-html';
import { catalogueDate, formatDate, textsFor } from '../print-html';
import { dataBlockDocx } from './data-block';
import { defaultStyleIds, type StyleIds, type TemplateStyles } from './template';

/**
 * The plan (or a version) as a Word document, with the `docx` package: the same cover, contents,
 * numbered sections and annexes as the PDF. Sections use Word's own heading styles (Heading 1–3 by
 * outline depth, Heading 4–6 for headings inside a section's text), so Word's navigation pane,
 * agenda systems and our own importer see the structure; lists use numbering definitions, tables
 * repeat their header rows. With a county template its styles.xml replaces ours, and paragraphs
 * refer to its styles by their ids (a Finnish Word names Heading 1 "Otsikko1").
 */

const BULLETS = 'suunta-bullets';
const NUMBERS = 'suunta-numbers';
/** Paragraph numbers: Word's own numbering, one instance per section, so each restarts at 1. */
const PARAGRAPHS = 'suunta-paragraphs';
const LEVELS = 9;
const LOCALES: Record<Language, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

interface Ctx {
  /** Locale of the plan's text. */
  locale: string;
  ids: StyleIds;
  /** Numbered lists each restart at 1: every one gets an instance of its own. */
  nextInstance: number;
  /** The numbering instance of the section's paragraph numbers; null: not numbered. */
  paragraphInstance: number | null;
  /** A live block's table or chart. */
  dataBlock(node: LexicalNodeJson): Array<Paragraph | Table>;
}

function run(ctx: Ctx, text: string, format = 0, extra: Record<string, unknown> = {}): TextRun {
  return new TextRun({
    text,
    bold: (format & TEXT_FORMAT.bold) !== 0 || undefined,
    italics: (format & TEXT_FORMAT.italic) !== 0 || undefined,
    strike: (format & TEXT_FORMAT.strikethrough) !== 0 || undefined,
    underline: format & TEXT_FORMAT.underline ? {} : undefined,
    subScript: (format & TEXT_FORMAT.subscript) !== 0 || undefined,
    superScript: (format & TEXT_FORMAT.superscript) !== 0 || undefined,
    font: format & TEXT_FORMAT.code ? 'Consolas' : undefined,
    language: { value: ctx.locale },
    ...extra,
  });
}

function inlines(ctx: Ctx, nodes: readonly LexicalNodeJson[] | undefined): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const node of nodes ?? []) {
    switch (node.type) {
      case 'text': {
        const format = typeof node.format === 'number' ? node.format : 0;
        out.push(run(ctx, typeof node.text === 'string' ? node.text : '', format));
        break;
      }
      case 'linebreak':
        out.push(new TextRun({ break: 1 }));
        break;
      case 'tab':
        out.push(new TextRun({ children: [new Tab()] }));
        break;
      case 'link':
      case 'autolink': {
        const url = parseLinkUrl(typeof node.url === 'string' ? node.url : '');
        const children = (node.children ?? []).map((child) =>
          run(
            ctx,
            typeof child.text === 'string' ? child.text : '',
            typeof child.format === 'number' ? child.format : 0,
            url ? { style: ctx.ids.Hyperlink } : {},
          ),
        );
        out.push(...(url ? [new ExternalHyperlink({ link: url.href, children })] : children));
        break;
      }
      default:
        if (node.children) out.push(...inlines(ctx, node.children));
        else if (typeof node.text === 'string') out.push(run(ctx, node.text));
    }
  }
  return out;
}

function isBlank(node: LexicalNodeJson): boolean {
  if (typeof node.text === 'string') return node.text.trim() === '';
  if (node.type === 'linebreak' || node.type === 'tab') return true;
  return (node.children ?? []).every(isBlank);
}

function listParagraphs(ctx: Ctx, node: LexicalNodeJson, level: number): Paragraph[] {
  const ordered = node.listType === 'number' || node.tag === 'ol';
  const check = node.listType === 'check';
  const instance = ctx.nextInstance++;
  const out: Paragraph[] = [];
  for (const item of node.children ?? []) {
    const nested = (item.children ?? []).filter((child) => child.type === 'list');
    const own = (item.children ?? []).filter((child) => child.type !== 'list');
    if (own.length > 0 || nested.length === 0) {
      const mark = check ? [run(ctx, item.checked === true ? '☑ ' : '☐ ')] : [];
      out.push(
        new Paragraph({
          style: ctx.ids.ListParagraph,
          numbering: {
            reference: ordered ? NUMBERS : BULLETS,
            level: Math.min(level, LEVELS - 1),
            ...(ordered ? { instance } : {}),
          },
          children: [...mark, ...inlines(ctx, own)],
        }),
      );
    }
    for (const list of nested) out.push(...listParagraphs(ctx, list, level + 1));
  }
  return out;
}

const HEADER_ROW = 1;
const cellBorder = { style: BorderStyle.SINGLE, size: 4, color: '8A96A3' };
const borders = { top: cellBorder, bottom: cellBorder, left: cellBorder, right: cellBorder };

function tableOf(
  ctx: Ctx,
  rows: Array<Array<{ blocks: Paragraph[]; header: boolean; colSpan: number; rowSpan: number }>>,
  headRows: number,
): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (cells, index) =>
        new TableRow({
          tableHeader: index < headRows,
          cantSplit: true,
          children: cells.map(
            (cell) =>
              new TableCell({
                children: cell.blocks.length > 0 ? cell.blocks : [new Paragraph({})],
                columnSpan: cell.colSpan > 1 ? cell.colSpan : undefined,
                rowSpan: cell.rowSpan > 1 ? cell.rowSpan : undefined,
                borders,
                shading: cell.header
                  ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E6EDF4' }
                  : undefined,
              }),
          ),
        }),
    ),
  });
}

function lexicalTable(ctx: Ctx, node: LexicalNodeJson): Table {
  const rows = (node.children ?? []).filter((row) => row.type === 'tablerow');
  const header = (cell: LexicalNodeJson) =>
    typeof cell.headerState === 'number' ? cell.headerState : 0;
  let headRows = 0;
  while (
    headRows < rows.length - 1 &&
    (rows[headRows]!.children ?? []).length > 0 &&
    (rows[headRows]!.children ?? []).every((cell) => (header(cell) & HEADER_ROW) !== 0)
  ) {
    headRows += 1;
  }
  return tableOf(
    ctx,
    rows.map((row) =>
      (row.children ?? []).map((cell) => ({
        blocks: blocks(ctx, cell.children ?? [], true).filter(
          (block): block is Paragraph => block instanceof Paragraph,
        ),
        header: header(cell) !== 0,
        colSpan: typeof cell.colSpan === 'number' ? Math.min(Math.trunc(cell.colSpan), 63) : 1,
        rowSpan: typeof cell.rowSpan === 'number' ? Math.min(Math.trunc(cell.rowSpan), 1000) : 1,
      })),
    ),
    headRows,
  );
}

function blocks(
  ctx: Ctx,
  nodes: readonly LexicalNodeJson[],
  inCell = false,
): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'paragraph':
        if (isBlank(node)) break;
        out.push(
          new Paragraph({
            children: inlines(ctx, node.children),
            ...(ctx.paragraphInstance === null || inCell
              ? {}
              : {
                  numbering: { reference: PARAGRAPHS, level: 0, instance: ctx.paragraphInstance },
                }),
          }),
        );
        break;
      case 'heading': {
        if (isBlank(node)) break;
        const style =
          node.tag === 'h4'
            ? ctx.ids.Heading6
            : node.tag === 'h3'
              ? ctx.ids.Heading5
              : ctx.ids.Heading4;
        out.push(new Paragraph({ style, children: inlines(ctx, node.children) }));
        break;
      }
      case 'quote':
        out.push(new Paragraph({ style: ctx.ids.Quote, children: inlines(ctx, node.children) }));
        break;
      case 'list':
        out.push(...listParagraphs(ctx, node, 0));
        break;
      case 'table':
        // Word allows a table in a cell, but our editor never nests them.
        if (!inCell) out.push(lexicalTable(ctx, node));
        break;
      case DATA_BLOCK_TYPE:
        if (!inCell) out.push(...ctx.dataBlock(node));
        break;
      default:
        if (node.children?.some((child) => child.children !== undefined)) {
          out.push(...blocks(ctx, node.children, inCell));
        } else if (!isBlank(node)) {
          out.push(new Paragraph({ children: inlines(ctx, node.children ?? [node]) }));
        }
    }
  }
  return out;
}

function textParagraph(ctx: Ctx, text: string, options: Record<string, unknown> = {}): Paragraph {
  return new Paragraph({ children: [run(ctx, text)], ...options });
}

function numberingConfig() {
  const bulletChars = ['•', '◦', '▪'];
  const level = (
    index: number,
    format: (typeof LevelFormat)[keyof typeof LevelFormat],
    text: string,
  ) => ({
    level: index,
    format,
    text,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 360 * (index + 1), hanging: 360 } } },
  });
  return {
    config: [
      {
        // The number hangs in the left margin in small grey figures; the text keeps its place.
        reference: PARAGRAPHS,
        levels: [
          {
            level: 0,
            format: LevelFormat.DECIMAL,
            text: '%1',
            alignment: AlignmentType.RIGHT,
            style: {
              paragraph: { indent: { left: 0, hanging: 454 } },
              run: { size: 15, color: '5D6B79', font: 'Calibri' },
            },
          },
        ],
      },
      {
        reference: BULLETS,
        levels: Array.from({ length: LEVELS }, (_, index) =>
          level(index, LevelFormat.BULLET, bulletChars[index % bulletChars.length]!),
        ),
      },
      {
        reference: NUMBERS,
        levels: Array.from({ length: LEVELS }, (_, index) =>
          level(
            index,
            [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN][index % 3]!,
            `%${index + 1}.`,
          ),
        ),
      },
    ],
  };
}

/** Our own styles when no template is given: Word's built-ins, in the PDF's colours. */
function ownStyles() {
  const heading = (id: string, name: string, size: number, color = '0B2F52') => ({
    id,
    name,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { size, bold: true, color, font: 'Calibri' },
    paragraph: {
      spacing: { before: 240, after: 120 },
      keepNext: true,
      keepLines: true,
      outlineLevel: Number(id.slice(-1)) - 1,
    },
  });
  return {
    default: {
      document: { run: { font: 'Cambria', size: 22 }, paragraph: { spacing: { after: 120 } } },
    },
    paragraphStyles: [
      heading('Heading1', 'heading 1', 34),
      heading('Heading2', 'heading 2', 27),
      heading('Heading3', 'heading 3', 23),
      heading('Heading4', 'heading 4', 22, '222222'),
      heading('Heading5', 'heading 5', 21, '222222'),
      heading('Heading6', 'heading 6', 21, '222222'),
      {
        id: 'Title',
        name: 'Title',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { size: 56, bold: true, color: '0B2F52', font: 'Calibri' },
        paragraph: { spacing: { after: 240 } },
      },
      {
        id: 'Quote',
        name: 'Quote',
        basedOn: 'Normal',
        next: 'Normal',
        run: { italics: true, color: '333333' },
        paragraph: { indent: { left: 567 } },
      },
      {
        id: 'ListParagraph',
        name: 'List Paragraph',
        basedOn: 'Normal',
        paragraph: { spacing: { after: 60 } },
      },
      {
        id: 'TOCHeading',
        name: 'TOC Heading',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: 34, bold: true, color: '0B2F52', font: 'Calibri' },
        paragraph: { spacing: { after: 240 } },
      },
    ],
    characterStyles: [
      {
        id: 'Hyperlink',
        name: 'Hyperlink',
        basedOn: 'DefaultParagraphFont',
        run: { color: '0B4F8A', underline: {} },
      },
    ],
  };
}

function coverParagraphs(doc: ExportDocument, options: ExportOptions, ctx: Ctx, now: Date) {
  const language = options.language ?? doc.meta.language;
  const texts = textsFor(language);
  const t = texts.cover;
  const version = doc.version
    ? fillText(t.versionLabel, { number: doc.version.number, label: doc.version.label })
    : fillText(t.current, { date: formatDate(helsinkiDate(now), language) });
  const line = (label: string, value: string) =>
    new Paragraph({
      children: [run(ctx, `${label}: `, TEXT_FORMAT.bold), run(ctx, value)],
      spacing: { after: 60 },
    });
  return [
    textParagraph(ctx, t.kind.toUpperCase(), { spacing: { after: 240 } }),
    new Paragraph({ style: ctx.ids.Title, children: [run(ctx, doc.meta.title)] }),
    textParagraph(ctx, doc.meta.region),
    ...(doc.meta.period ? [textParagraph(ctx, `${t.period} ${doc.meta.period}`)] : []),
    ...(options.final
      ? []
      : [
          new Paragraph({
            spacing: { before: 480, after: 480 },
            children: [run(ctx, texts.draft, TEXT_FORMAT.bold, { color: '9A1C1C', size: 28 })],
          }),
        ]),
    line(t.version, version),
    line(t.status, options.final ? t.statusFinal : t.statusDraft),
    line(t.digest, doc.digest),
    textParagraph(
      ctx,
      `${t.digestNote} ${fillText(t.exported, { date: formatDate(helsinkiDate(now), language) })}`,
      {
        spacing: { before: 120 },
      },
    ),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

function annexChecklist(doc: ExportDocument, language: Language, ctx: Ctx, number: number) {
  const texts = textsFor(language);
  const t = texts.checklist;
  const numbers = new Map(doc.outline.map((entry) => [entry.id, entry.number]));
  const headerCell = (text: string) => ({
    blocks: [new Paragraph({ children: [run(ctx, text, TEXT_FORMAT.bold)] })],
    header: true,
    colSpan: 1,
    rowSpan: 1,
  });
  const cell = (text: string) => ({
    blocks: [new Paragraph({ children: [run(ctx, text)] })],
    header: false,
    colSpan: 1,
    rowSpan: 1,
  });
  const rows = [
    [t.requirement, t.reference, t.status, t.sections].map(headerCell),
    ...doc.checklist.items.map((item) => {
      const requirement = findRequirement(item.requirementId);
      const sections = item.sectionIds
        .map((id) => numbers.get(id))
        .filter((value): value is string => value !== undefined);
      return [
        cell(requirement?.label[language] ?? item.requirementId),
        cell(requirement?.citation[language] ?? ''),
        cell(t.statuses[item.status]),
        cell(sections.length > 0 ? sections.join(', ') : t.none),
      ];
    }),
  ];
  const summary = fillText(t.summary, {
    done: doc.checklist.done,
    total: doc.checklist.total,
    inProgress: doc.checklist.inProgress,
    missing: doc.checklist.missing.length,
  });
  return [
    new Paragraph({
      style: ctx.ids.Heading1,
      pageBreakBefore: true,
      children: [run(ctx, `${fillText(texts.annex, { number })}. ${t.title}`)],
    }),
    textParagraph(
      ctx,
      `${fillText(t.intro, { version: catalogueDate(doc.checklist.catalogueVersion, language) })} ${summary}`,
    ),
    tableOf(ctx, rows, 1),
  ];
}

function annexDecisions(doc: ExportDocument, language: Language, ctx: Ctx, number: number) {
  const texts = textsFor(language);
  const t = texts.decisions;
  const milestones = doc.milestones.filter((milestone) => milestone.status !== 'cancelled');
  const cell = (text: string, header = false) => ({
    blocks: [new Paragraph({ children: [run(ctx, text, header ? TEXT_FORMAT.bold : 0)] })],
    header,
    colSpan: 1,
    rowSpan: 1,
  });
  const rows = [
    [t.step, t.date, t.body, t.reference, t.version].map((text) => cell(text, true)),
    ...milestones.map((milestone) => {
      const actual = milestone.actualDate ?? milestone.meetingDate;
      const date = actual
        ? formatDate(actual, language)
        : milestone.plannedDate
          ? fillText(t.planned, { date: formatDate(milestone.plannedDate, language) })
          : '';
      const decision = [decisionRef(milestone, language), milestone.decisionText.trim()]
        .filter(Boolean)
        .join(': ');
      return [
        cell(milestoneName(milestone, language)),
        cell(date),
        cell(milestone.body),
        cell(decision),
        cell(
          milestone.versionNumber === null
            ? ''
            : `${texts.cover.version.toLowerCase()} ${milestone.versionNumber}`,
        ),
      ];
    }),
  ];
  return [
    new Paragraph({
      style: ctx.ids.Heading1,
      pageBreakBefore: true,
      children: [run(ctx, `${fillText(texts.annex, { number })}. ${t.title}`)],
    }),
    textParagraph(ctx, t.intro),
    milestones.length === 0 ? textParagraph(ctx, t.none) : tableOf(ctx, rows, 1),
  ];
}

function annexComments(doc: ExportDocument, language: Language, ctx: Ctx, number: number) {
  const texts = textsFor(language);
  const t = texts.comments;
  if (!doc.comments) throw new CoreError('INTERNAL', { reason: 'comments annex: no summary' });
  const annex = commentAnnex(doc.comments, language);
  const para = (children: ParagraphChild[]) => new Paragraph({ children });
  const cell = (blocks: Paragraph[], header = false) => ({
    blocks,
    header,
    colSpan: 1,
    rowSpan: 1,
  });
  const textCell = (text: string, header = false) =>
    cell([para([run(ctx, text, header ? TEXT_FORMAT.bold : 0)])], header);
  const counts = tableOf(
    ctx,
    [
      [t.resolution, t.count].map((text) => textCell(text, true)),
      ...annex.counts.map((entry) => [textCell(entry.label), textCell(String(entry.count))]),
      [
        cell([para([run(ctx, t.total, TEXT_FORMAT.bold)])]),
        cell([para([run(ctx, String(annex.total), TEXT_FORMAT.bold)])]),
      ],
    ],
    1,
  );
  const sections = annex.sections.flatMap((section) => {
    const rows = section.rows.map((row) => {
      const comment = [
        ...(row.quote === null ? [] : [para([run(ctx, `”${row.quote}”`, TEXT_FORMAT.italic)])]),
        ...(row.replyTo === null && row.text === ''
          ? []
          : [para([run(ctx, row.replyTo === null ? row.text : `${row.replyTo} ${row.text}`)])]),
        ...(row.proposal === null
          ? []
          : [
              para([
                run(ctx, row.proposal === '' ? t.deletion : `${t.proposal} ”${row.proposal}”`),
              ]),
            ]),
      ];
      const response =
        row.resolution === null
          ? []
          : [
              para([run(ctx, row.resolution, TEXT_FORMAT.bold)]),
              ...(row.response === '' ? [] : [para([run(ctx, row.response)])]),
            ];
      return [textCell(row.number), textCell(row.respondent), cell(comment), cell(response)];
    });
    return [
      new Paragraph({ style: ctx.ids.Heading4, children: [run(ctx, section.heading)] }),
      tableOf(
        ctx,
        [
          [t.number, t.respondent, t.comment, t.response].map((text) => textCell(text, true)),
          ...rows,
        ],
        1,
      ),
    ];
  });
  return [
    new Paragraph({
      style: ctx.ids.Heading1,
      pageBreakBefore: true,
      children: [run(ctx, `${fillText(texts.annex, { number })}. ${t.title}`)],
    }),
    textParagraph(ctx, annex.intro),
    textParagraph(ctx, t.counts, { keepNext: true }),
    counts,
    ...(annex.sections.length === 0 ? [textParagraph(ctx, t.none)] : sections),
  ];
}

/**
 * The DOCX bytes of an export; `styles` is a template's styles.xml (null: our own styles),
 * `resourcesDir` holds the fonts a chart's PNG fallback is drawn with.
 */
export async function buildDocx(
  doc: ExportDocument,
  options: ExportOptions,
  assets: { styles: TemplateStyles | null; now: Date; resourcesDir: string },
): Promise<Uint8Array> {
  const language = options.language ?? doc.meta.language;
  const texts = textsFor(language);
  const locale = LOCALES[doc.meta.language];
  const dataContext = {
    locale,
    png: (svg: string, width: number) => chartPng(svg, width, assets.resourcesDir),
  };
  const ctx: Ctx = {
    locale,
    ids: assets.styles?.ids ?? defaultStyleIds,
    nextInstance: 1,
    paragraphInstance: null,
    // Live blocks are part of the text: in the plan's language, whatever the fixed texts'.
    dataBlock: (node) =>
      dataBlockDocx(dataContext, dataBlockContent(node, doc.data, doc.meta.language)),
  };
  const headingStyle = (depth: number) =>
    depth <= 1 ? ctx.ids.Heading1 : depth === 2 ? ctx.ids.Heading2 : ctx.ids.Heading3;
  const body: Array<Paragraph | Table | TableOfContents> = [
    ...coverParagraphs(doc, options, ctx, assets.now),
    new Paragraph({ style: ctx.ids.TOCHeading, children: [run(ctx, texts.contents)] }),
    new TableOfContents(texts.contents, { hyperlink: true, headingStyleRange: '1-3' }),
    new Paragraph({ children: [new PageBreak()] }),
  ];
  for (const entry of doc.outline) {
    ctx.paragraphInstance = options.paragraphNumbers ? ctx.nextInstance++ : null;
    body.push(
      new Paragraph({
        style: headingStyle(entry.depth),
        children: [run(ctx, `${entry.number} ${entry.title}`)],
      }),
      ...blocks(ctx, doc.content.get(entry.id)?.root.children ?? []),
    );
  }
  ctx.paragraphInstance = null;
  const annexes = {
    checklist: annexChecklist,
    comments: annexComments,
    decisions: annexDecisions,
  } as const;
  options.annexes.forEach((kind, index) => {
    body.push(...annexes[kind](doc, language, ctx, index + 1));
  });
  const small = { size: 17, color: '4A4A4A' };
  const document = new Document({
    title: doc.meta.title,
    creator: 'Suunta',
    description: `${texts.cover.kind}: ${doc.meta.region}`,
    ...(assets.styles ? { externalStyles: assets.styles.xml } : { styles: ownStyles() }),
    numbering: numberingConfig(),
    features: { updateFields: true },
    hyphenation: { autoHyphenation: true },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1247, bottom: 1247, left: 1361, right: 1134 },
          },
        },
        headers: options.final
          ? undefined
          : {
              default: new Header({
                children: [
                  new Paragraph({
                    alignment: AlignmentType.RIGHT,
                    children: [run(ctx, texts.draft, TEXT_FORMAT.bold, { color: '9A1C1C' })],
                  }),
                ],
              }),
            },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                tabStops: [{ type: 'right', position: 9411 }],
                children: [
                  run(ctx, doc.meta.title, 0, small),
                  new TextRun({
                    ...small,
                    children: [
                      new Tab(),
                      `${texts.page} `,
                      PageNumber.CURRENT,
                      ` ${texts.pageOf} `,
                      PageNumber.TOTAL_PAGES,
                    ],
                  }),
                ],
              }),
            ],
          }),
        },
        children: body,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
