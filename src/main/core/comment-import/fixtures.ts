import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  HeadingLevel,
  InsertedTextRun,
  Packer,
  Paragraph,
  TextRun,
  type FileChild,
  type ParagraphChild,
  type ICommentOptions,
} from 'docx';
import { zipBuffer } from '../docx-import/fixtures';

/**
 * Test fixtures: returned Word drafts with comments, threads and tracked changes, built with the
 * docx library (a comment's `parentId` makes it a reply: the library writes the thread into
 * word/commentsExtended.xml as Word 2013 and later do).
 */

/** A Word file of these body paragraphs and comments. */
export async function commentedDocx(
  children: FileChild[],
  comments: ICommentOptions[],
): Promise<Buffer> {
  const document = new Document({ comments: { children: comments }, sections: [{ children }] });
  return Buffer.from(await Packer.toBuffer(document));
}

/** A comment on `text`: its range, the text, and the reference mark Word puts after it. */
export const commented = (id: number, ...runs: ParagraphChild[]) => [
  new CommentRangeStart(id),
  ...runs,
  new CommentRangeEnd(id),
  new TextRun({ children: [new CommentReference(id)] }),
];

export interface ReturnedSection {
  /** The heading as exported, number included ("2.1 Yhteistyö kotien kanssa"). */
  heading: string;
  level: 1 | 2 | 3;
  paragraphs: string[];
}

export interface ReturnedDocxOptions {
  /** At least two sections, each with a paragraph of at least four words. */
  sections?: ReturnedSection[];
  /** The two commenting organisations, as Word has their names. */
  authors?: [string, string];
  /** The word that replaces the last word of the last section's first paragraph. */
  replacement?: string;
}

export const returnedSections: ReturnedSection[] = [
  {
    heading: '1 Johdanto',
    level: 1,
    paragraphs: ['Suunnitelma kuvaa alueen opiskeluhuollon tavoitteet ja rakenteet.'],
  },
  {
    heading: '2 Yhteisöllinen opiskeluhuolto',
    level: 1,
    paragraphs: [
      'Yhteisöllinen opiskeluhuolto on ensisijaista ja koskee koko oppilaitosyhteisöä.',
      'Oppilaitokset laativat vuosittain toimintasuunnitelman.',
    ],
  },
  {
    heading: '2.1 Yhteistyö kotien kanssa',
    level: 2,
    paragraphs: ['Huoltajat osallistuvat yhteistyöhön koulun kanssa lukuvuoden aikana.'],
  },
];

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3];
const DATE = new Date('2026-03-02T09:30:00Z');

/** The first three words of a paragraph, and the rest. */
function splitStart(text: string): [string, string] {
  const words = text.split(' ');
  return [words.slice(0, 3).join(' '), ` ${words.slice(3).join(' ')}`];
}

/**
 * A draft as a respondent returns it: author 1 comments on the start of the first section's first
 * paragraph; author 2 on the start of the second section's first paragraph, and author 1 replies
 * to that; author 2 replaces the last word of the last section's first paragraph (a tracked
 * deletion and insertion). Built from the texts given, so it can match a plan made in a test.
 */
export async function returnedDocx(options: ReturnedDocxOptions = {}): Promise<Buffer> {
  const sections = options.sections ?? returnedSections;
  const [first, second] = options.authors ?? ['Paraisten kaupunki', 'Kemiönsaaren kunta'];
  const replacement = options.replacement ?? 'lukukausittain';
  const children: FileChild[] = [];
  sections.forEach((section, index) => {
    children.push(new Paragraph({ text: section.heading, heading: HEADINGS[section.level - 1]! }));
    section.paragraphs.forEach((text, paragraph) => {
      const commentId = paragraph === 0 && index < 2 ? index : null;
      const last = index === sections.length - 1 && paragraph === 0;
      const runs: ParagraphChild[] = [];
      let body = text;
      let tail: ParagraphChild[] = [];
      if (last) {
        const [, before, word, stop] = /^(.*\s)(\S+?)([.!?]?)$/.exec(text) ?? ['', text, '', ''];
        body = before;
        const change = { author: second, date: DATE.toISOString() };
        tail = [
          new DeletedTextRun({ text: word, id: 100, ...change }),
          new InsertedTextRun({ text: replacement, id: 101, ...change }),
          new TextRun(stop),
        ];
      }
      if (commentId === null) runs.push(new TextRun(body));
      else {
        const [quoted, rest] = splitStart(body);
        runs.push(...commented(commentId, new TextRun(quoted)), new TextRun(rest));
      }
      children.push(new Paragraph({ children: [...runs, ...tail] }));
    });
  });
  const comment = (id: number, author: string, text: string, parentId?: number) => ({
    id,
    author,
    date: DATE,
    children: [new Paragraph(text)],
    ...(parentId === undefined ? {} : { parentId }),
  });
  return commentedDocx(children, [
    comment(0, first, 'Tavoitteet pitäisi kirjata mitattavina.'),
    comment(1, second, 'Kuka vastaa yhteisöllisen opiskeluhuollon koordinoinnista?'),
    comment(2, first, 'Ehdotamme, että hyvinvointialue koordinoi.', 1),
  ]);
}

const NAMESPACES =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" ' +
  'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" ' +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';

/**
 * A Word package written by hand, for what the docx library does not write (moves, formatting
 * changes, outline levels, localised style ids, threads gone wrong): `body` is the XML inside
 * w:body, `comments` the w:comment elements, `extended` the w15:commentEx ones, `styles` the
 * w:style elements.
 */
export function rawDocx(parts: {
  body: string;
  comments?: string;
  extended?: string;
  styles?: string;
}): Buffer {
  const part = (name: string, root: string, content: string | undefined) =>
    content === undefined
      ? []
      : [
          {
            name,
            data: Buffer.from(
              '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
                `<${root} ${NAMESPACES}>${content}</${root}>`,
            ),
          },
        ];
  return zipBuffer([
    { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
    ...part('word/document.xml', 'w:document', `<w:body>${parts.body}</w:body>`),
    ...part('word/comments.xml', 'w:comments', parts.comments),
    ...part('word/commentsExtended.xml', 'w15:commentsEx', parts.extended),
    ...part('word/styles.xml', 'w:styles', parts.styles),
  ]);
}
