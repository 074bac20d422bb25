import { normaliseSpace } from '../../../shared/anchoring';
import { paragraphHeadingLevel, type HeadingLevelOf } from './docx-styles';
import { MC, W, isoDate, wAttr } from './docx-xml';

/**
 * The body of a returned Word file read as two plain texts, paragraphs joined with "\n":
 * `current`, what she reads in Word now (insertions in, deletions out), where comments are anchored;
 * and `original`, the draft as it was sent out (deletions in, insertions out), where tracked changes
 * are anchored. Automatic numbering is not text and is left out of both.
 */
export interface Body {
  current: string;
  original: string;
  paragraphs: BodyParagraph[];
  /** Where each Word comment (by its w:id) sits in `current`. */
  comments: Map<string, CommentPlace>;
  /** The tracked changes, in document order. */
  changes: ChangeGroup[];
}

export interface BodyParagraph {
  /** The paragraph in `original`: `original.slice(start, end)`. */
  start: number;
  end: number;
  /** The text of the nearest heading at or before it, as sent out. */
  section: string | null;
}

export interface CommentPlace {
  /** Offsets in `current` of commentRangeStart, commentRangeEnd and the reference mark. */
  start: number | null;
  end: number | null;
  reference: number | null;
  /** The paragraph where it starts (or is referenced). */
  paragraph: number;
}

/**
 * Adjacent insertions and deletions of one author in one paragraph: one replacement of
 * `original.slice(start, end)` by `inserted` (start === end: a pure insertion). Moved text is
 * marked `move` (Word's moveFrom/moveTo), and is not read as a proposal.
 */
export interface ChangeGroup {
  author: string;
  date: string | null;
  move: boolean;
  paragraph: number;
  start: number;
  end: number;
  inserted: string;
}

interface Mark {
  author: string;
  date: string | null;
  move: boolean;
}

interface Context {
  ins: Mark | null;
  del: Mark | null;
}

/** Properties, drawings (text boxes among them), field codes: nothing of the text she reads. */
const SKIPPED = new Set([
  'pPr',
  'rPr',
  'sectPr',
  'tblPr',
  'tblGrid',
  'trPr',
  'tcPr',
  'drawing',
  'pict',
  'object',
  'instrText',
  'delInstrText',
  'fldData',
]);

const CHARACTERS: Record<string, string> = {
  tab: '\t',
  ptab: '\t',
  br: '\n',
  cr: '\n',
  noBreakHyphen: '-',
};

const mark = (element: Element, move: boolean): Mark => ({
  author: wAttr(element, 'author'),
  date: isoDate(wAttr(element, 'date')),
  move,
});

class BodyReader {
  current = '';
  original = '';
  paragraphs: BodyParagraph[] = [];
  comments = new Map<string, CommentPlace>();
  changes: ChangeGroup[] = [];
  private group: ChangeGroup | null = null;
  private inParagraph = false;
  private section: string | null = null;

  constructor(private readonly headingLevelOf: HeadingLevelOf) {}

  walk(parent: Element, context: Context): void {
    for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
      if (child.namespaceURI === MC && child.localName === 'Fallback') continue;
      if (child.namespaceURI !== W) {
        this.walk(child, context);
        continue;
      }
      const name = child.localName;
      if (SKIPPED.has(name)) continue;
      if (name === 'p') this.paragraph(child, context);
      else if (name === 't') this.text(child.textContent ?? '', context);
      else if (name === 'delText') {
        // Deleted text outside any deletion belongs to neither version.
        if (context.del) this.text(child.textContent ?? '', context);
      } else if (Object.hasOwn(CHARACTERS, name)) this.text(CHARACTERS[name]!, context);
      else if (name === 'ins' || name === 'moveTo') {
        this.walk(child, { ...context, ins: mark(child, name === 'moveTo') });
      } else if (name === 'del' || name === 'moveFrom') {
        this.walk(child, { ...context, del: mark(child, name === 'moveFrom') });
      } else if (name === 'commentRangeStart') this.place(child).start ??= this.current.length;
      else if (name === 'commentRangeEnd') this.place(child).end ??= this.current.length;
      else if (name === 'commentReference') this.place(child).reference ??= this.current.length;
      else this.walk(child, context);
    }
  }

  private place(element: Element): CommentPlace {
    const id = wAttr(element, 'id');
    let place = this.comments.get(id);
    if (!place) {
      place = { start: null, end: null, reference: null, paragraph: this.paragraphs.length };
      this.comments.set(id, place);
    }
    return place;
  }

  private paragraph(element: Element, context: Context): void {
    // A paragraph inside a paragraph (never written by Word outside text boxes) reads as its text.
    if (this.inParagraph) return this.walk(element, context);
    if (this.paragraphs.length > 0) {
      this.current += '\n';
      this.original += '\n';
    }
    const start = this.original.length;
    this.inParagraph = true;
    this.walk(element, context);
    this.inParagraph = false;
    this.closeGroup();
    const end = this.original.length;
    if (paragraphHeadingLevel(element, this.headingLevelOf) !== null) {
      const heading = normaliseSpace(this.original.slice(start, end));
      if (heading !== '') this.section = heading;
    }
    this.paragraphs.push({ start, end, section: this.section });
  }

  private text(value: string, context: Context): void {
    if (value === '') return;
    const { ins, del } = context;
    // Added and deleted again: in neither version, and no change to propose.
    if (ins && del) return;
    const at = this.original.length;
    if (!del) this.current += value;
    if (!ins) this.original += value;
    const change = ins ?? del;
    if (!change) return this.closeGroup();
    const group = this.group;
    const joins =
      group !== null &&
      group.author === change.author &&
      group.move === change.move &&
      group.paragraph === this.paragraphs.length;
    if (!joins) {
      this.closeGroup();
      this.group = {
        author: change.author,
        date: change.date,
        move: change.move,
        paragraph: this.paragraphs.length,
        start: at,
        end: at,
        inserted: '',
      };
    }
    if (del) this.group!.end = this.original.length;
    else this.group!.inserted += value;
  }

  private closeGroup(): void {
    if (this.group) this.changes.push(this.group);
    this.group = null;
  }
}

export function readBody(document: Document, headingLevelOf: HeadingLevelOf): Body {
  const reader = new BodyReader(headingLevelOf);
  const body = document.getElementsByTagNameNS(W, 'body')[0];
  if (body) reader.walk(body, { ins: null, del: null });
  return {
    current: reader.current,
    original: reader.original,
    paragraphs: reader.paragraphs,
    comments: reader.comments,
    changes: reader.changes,
  };
}
