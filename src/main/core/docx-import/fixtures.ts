import { deflateRawSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';
import CFB from 'cfb';
import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  ExternalHyperlink,
  FootnoteReferenceRun,
  HeadingLevel,
  ImageRun,
  InsertedTextRun,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  type FileChild,
} from 'docx';

/** Test fixtures: Word files built in the test (docx), and files that only look like one. */

/** A 1×1 transparent PNG. */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

/** A Word heading paragraph of level 1–4 (Word's built-in heading styles). */
export const heading = (text: string, level: 1 | 2 | 3 | 4 = 1) =>
  new Paragraph({
    text,
    heading: [
      HeadingLevel.HEADING_1,
      HeadingLevel.HEADING_2,
      HeadingLevel.HEADING_3,
      HeadingLevel.HEADING_4,
    ][level - 1]!,
  });

export const para = (text: string) => new Paragraph({ text });

const cell = (text: string, options: { columnSpan?: number; rowSpan?: number } = {}) =>
  new TableCell({ children: [para(text)], ...options });

export async function docxBuffer(
  children: FileChild[],
  options: {
    title?: string;
    footnotes?: Record<string, { children: Paragraph[] }>;
    comments?: boolean;
  } = {},
): Promise<Buffer> {
  const document = new Document({
    ...(options.title === undefined ? {} : { title: options.title }),
    ...(options.footnotes ? { footnotes: options.footnotes } : {}),
    ...(options.comments
      ? { comments: { children: [{ id: 0, author: 'Liisa', children: [para('Tarkista')] }] } }
      : {}),
    numbering: {
      config: [
        {
          reference: 'numbers',
          levels: [0, 1].map((level) => ({
            level,
            format: LevelFormat.DECIMAL,
            text: `%${level + 1}.`,
            alignment: AlignmentType.START,
          })),
        },
      ],
    },
    sections: [{ children }],
  });
  return Buffer.from(await Packer.toBuffer(document));
}

/** The rich fixture: every structure the import must carry over, in Finnish and Swedish. */
export function richDocument(): Promise<Buffer> {
  return docxBuffer(
    [
      new Paragraph({
        text: 'Alueellinen opiskeluhuoltosuunnitelma 2022–2025',
        heading: HeadingLevel.TITLE,
      }),
      para('Johdantoteksti ennen ensimmäistä otsikkoa.'),
      heading('1 Johdanto', 1),
      new Paragraph({
        children: [
          new TextRun({ text: 'Lihavoitu', bold: true }),
          new TextRun(' ja '),
          new TextRun({ text: 'kursivoitu', italics: true }),
          new TextRun(' ja '),
          new TextRun({ text: 'alleviivattu', underline: {} }),
          new TextRun(' teksti, jossa on viite.'),
          new FootnoteReferenceRun(1),
        ],
      }),
      new Paragraph({
        children: [
          new TextRun('Katso '),
          new ExternalHyperlink({
            link: 'https://finlex.fi/fi/laki/ajantasa/2013/20131287',
            children: [new TextRun('Finlex')],
          }),
          new TextRun(' ja '),
          new ExternalHyperlink({
            link: 'file:///etc/passwd',
            children: [new TextRun('paikallinen')],
          }),
          new TextRun('.'),
        ],
      }),
      heading('1.1 Tavoitteet och principer', 2),
      para('Åbo, Vörå och Närpes: ä ö å Ä Ö Å.'),
      new Paragraph({ text: 'Ensimmäinen kohta', bullet: { level: 0 } }),
      new Paragraph({ text: 'Sisäkkäinen kohta', bullet: { level: 1 } }),
      new Paragraph({ text: 'Toinen kohta', bullet: { level: 0 } }),
      new Paragraph({ text: 'Numeroitu yksi', numbering: { reference: 'numbers', level: 0 } }),
      new Paragraph({ text: 'Numeroitu sisällä', numbering: { reference: 'numbers', level: 1 } }),
      heading('Alaotsikko neljännellä tasolla', 4),
      para('Tekstiä alaotsikon alla.'),
      heading('Hypätty taso', 3),
      new Table({
        rows: [
          new TableRow({ children: [cell('Yhdistetty vaakaan', { columnSpan: 2 }), cell('C1')] }),
          new TableRow({
            children: [cell('Yhdistetty pystyyn', { rowSpan: 2 }), cell('B2'), cell('C2')],
          }),
          new TableRow({ children: [cell('B3'), cell('C3')] }),
        ],
      }),
      new Paragraph({
        children: [
          new ImageRun({
            type: 'png',
            data: PNG,
            transformation: { width: 10, height: 10 },
            altText: { name: 'kuva', title: 'Kaavio', description: 'Palvelujen kaavio' },
          }),
        ],
      }),
      heading('', 1),
      heading('2 Yhteistyö', 1),
      para('Yhteistyöstä sovitaan.'),
    ],
    {
      title: 'Ominaisuuksien nimi',
      footnotes: { 1: { children: [para('Oppilas- ja opiskelijahuoltolaki 1287/2013.')] } },
    },
  );
}

/** Tracked changes and a comment. */
export function reviewedDocument(): Promise<Buffer> {
  return docxBuffer(
    [
      heading('Voimavarat', 1),
      new Paragraph({
        children: [
          new CommentRangeStart(0),
          new TextRun('Pysyvä teksti. '),
          new InsertedTextRun({
            text: 'Lisätty.',
            id: 1,
            author: 'A',
            date: '2022-01-01T00:00:00Z',
          }),
          new DeletedTextRun({
            text: 'Poistettu.',
            id: 2,
            author: 'A',
            date: '2022-01-01T00:00:00Z',
          }),
          new CommentRangeEnd(0),
          new TextRun({ children: [new CommentReference(0)] }),
        ],
      }),
    ],
    { comments: true },
  );
}

// ---- files that are not (readable) Word documents ---------------------------------------------

interface ZipEntry {
  name: string;
  data: Buffer;
  /** Stored instead of deflated. */
  store?: boolean;
  /** A declared size other than the real one. */
  declaredSize?: number;
}

function crc32(data: Buffer): number {
  let crc = ~0;
  for (const byte of data) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

/** One entry as written: its already compressed bytes and what the headers claim about them. */
export interface PackedEntry {
  name: string;
  packed: Buffer;
  declaredSize: number;
  /** 8: deflated (the default), 0: stored. */
  method?: 0 | 8;
  /** 0 when left out: the readers check sizes, and a bomb lies anyway. */
  crc?: number;
}

/**
 * A minimal zip writer (local headers, central directory, end record) over already compressed
 * entries, so a zip bomb of hundreds of megabytes costs only its compressed bytes.
 */
export function packedZip(entries: readonly PackedEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name: entryName, packed, declaredSize, method = 8, crc = 0 } of entries) {
    const name = Buffer.from(entryName, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(declaredSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A zip of the entries, deflated (or stored) with their CRCs, for hostile archives. */
export function zipBuffer(entries: ZipEntry[]): Buffer {
  return packedZip(
    entries.map((entry) => ({
      name: entry.name,
      packed: entry.store ? entry.data : deflateRawSync(entry.data),
      declaredSize: entry.declaredSize ?? entry.data.length,
      method: entry.store ? 0 : 8,
      crc: crc32(entry.data),
    })),
  );
}

/** An OLE compound file with the given streams (a legacy .doc, an encrypted .docx). */
export function compoundFile(streams: string[]): Buffer {
  const container = CFB.utils.cfb_new();
  for (const name of streams)
    CFB.utils.cfb_add(container, `/${name}`, Buffer.from('x'.repeat(600)));
  return Buffer.from(CFB.write(container, { type: 'buffer' }) as Uint8Array);
}

export function writeFixture(path: string, bytes: Buffer): string {
  writeFileSync(path, bytes);
  return path;
}
