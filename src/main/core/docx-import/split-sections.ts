import { MAX_OUTLINE_DEPTH } from '../../../shared/domain/section';
import { parseLinkUrl } from '../../../shared/links';
import type { ImportNoticeCode } from '../../../shared/domain/docx-import';
import { IMAGE_MARKER, TITLE_CLASS } from './convert-html';
import { placeNotes, takeNotes } from './notes';

export const MAX_SECTION_TITLE = 300;

/** One proposed section: its title, outline depth and body (an element holding its HTML). */
export interface SplitSection {
  title: string;
  depth: number;
  body: Element;
  images: Array<{ alt: string }>;
  tables: number;
  lists: number;
}

export interface SplitDocument {
  /** Text of the first paragraph in Word's Title style, if any. */
  title: string | null;
  sections: SplitSection[];
  /** Counts per notice code (images, deep headings, notes…); zero counts are left out later. */
  counts: Partial<Record<ImportNoticeCode, number>>;
}

const OUTLINE_HEADING = /^H[1-3]$/;

export const cleanTitle = (text: string) =>
  text.replace(/\s+/g, ' ').trim().slice(0, MAX_SECTION_TITLE).trim();

/**
 * A heading's title without a typed outline number ("3.2 Voimavarat" → "Voimavarat"): the plan
 * numbers its sections itself. Years ("2022 …") are not outline numbers.
 */
export function headingTitle(text: string): string {
  const title = cleanTitle(text);
  const unnumbered = title.replace(/^\d{1,2}(?:\.\d{1,2})*\.?\s+(?=\p{L})/u, '');
  return unnumbered === '' ? title : unnumbered;
}

const isOutlineHeading = (node: Element) =>
  OUTLINE_HEADING.test(node.tagName) && cleanTitle(node.textContent ?? '') !== '';

function unwrap(element: Element): void {
  element.replaceWith(...Array.from(element.childNodes));
}

function rename(element: Element, tag: string): void {
  const renamed = element.ownerDocument.createElement(tag);
  renamed.append(...Array.from(element.childNodes));
  element.replaceWith(renamed);
}

/**
 * Brings a section's body to what the plan's editor holds: headings h2–h4 (the section title is
 * its h1), only links the app may open, no image markers. Returns the deep headings it found.
 */
function tidyBody(body: Element): number {
  let deep = 0;
  for (const heading of Array.from(body.querySelectorAll('h1, h2, h3, h4, h5, h6'))) {
    if (cleanTitle(heading.textContent ?? '') === '') heading.remove();
    else if (heading.tagName === 'H1') rename(heading, 'h2');
    else if (heading.tagName === 'H5' || heading.tagName === 'H6') rename(heading, 'h4');
    if (/^H[4-6]$/.test(heading.tagName)) deep++;
  }
  for (const link of Array.from(body.querySelectorAll('a'))) {
    const href = link.getAttribute('href');
    if (href === null || parseLinkUrl(href) === null) unwrap(link);
  }
  for (const marker of Array.from(body.querySelectorAll('img'))) {
    const paragraph = marker.parentElement;
    marker.remove();
    // A picture on a line of its own leaves no empty paragraph behind.
    if (paragraph?.tagName === 'P' && paragraph.childNodes.length === 0) paragraph.remove();
  }
  return deep;
}

function imagesIn(elements: readonly Element[]): Array<{ alt: string }> {
  return elements.flatMap((element) =>
    [element, ...Array.from(element.querySelectorAll('img'))]
      .filter((img) => img.tagName === 'IMG' && img.getAttribute('src') === IMAGE_MARKER)
      .map((img) => ({ alt: cleanTitle(img.getAttribute('alt') ?? '') })),
  );
}

const topLevelLists = (body: Element) =>
  Array.from(body.querySelectorAll('ul, ol')).filter((list) => !list.parentElement?.closest('li'))
    .length;

/**
 * Splits mammoth's HTML into sections by its top-level headings h1–h3. Depth follows nesting,
 * so a skipped level closes up (h1 then h3 gives depth 2); lower headings stay in the text.
 */
export function splitSections(body: Element, fallbackTitle: () => string): SplitDocument {
  const document = body.ownerDocument;
  const counts: SplitDocument['counts'] = {};
  const add = (code: ImportNoticeCode, n: number) => (counts[code] = (counts[code] ?? 0) + n);

  const titleParagraphs = Array.from(body.querySelectorAll(`p.${TITLE_CLASS}`));
  const title = titleParagraphs[0] ? cleanTitle(titleParagraphs[0].textContent ?? '') : '';
  titleParagraphs[0]?.remove();
  for (const other of titleParagraphs.slice(1)) other.removeAttribute('class');
  const notes = takeNotes(body);

  interface Draft {
    heading: Element | null;
    depth: number;
    nodes: Element[];
  }
  const drafts: Draft[] = [];
  const levels: number[] = [];
  let current: Draft = { heading: null, depth: 1, nodes: [] };
  for (const node of Array.from(body.children)) {
    if (!isOutlineHeading(node)) {
      current.nodes.push(node);
      continue;
    }
    drafts.push(current);
    const level = Number(node.tagName.slice(1));
    while (levels.length > 0 && levels[levels.length - 1]! >= level) levels.pop();
    levels.push(level);
    current = { heading: node, depth: Math.min(levels.length, MAX_OUTLINE_DEPTH), nodes: [] };
  }
  drafts.push(current);

  const [lead, ...headed] = drafts as [Draft, ...Draft[]];
  const leadHasContent =
    lead.nodes.some((node) => (node.textContent ?? '').trim() !== '') ||
    imagesIn(lead.nodes).length > 0;
  const kept = headed.length === 0 || leadHasContent ? [lead, ...headed] : headed;
  if (headed.length === 0) add('noHeadings', 1);
  else if (leadHasContent) add('contentBeforeFirstHeading', 1);

  const sections = kept.map((draft): SplitSection => {
    const container = document.createElement('div');
    container.append(...draft.nodes);
    const images = imagesIn([...(draft.heading ? [draft.heading] : []), ...draft.nodes]);
    if (draft.heading) {
      // A note cited in the heading belongs to the section; the title keeps only the words.
      const headingNotes = document.createElement('div');
      headingNotes.append(
        ...Array.from(draft.heading.querySelectorAll('a[href^="#"]')).map((link) => {
          link.closest('sup')?.remove();
          link.remove();
          return link;
        }),
      );
      container.prepend(...Array.from(headingNotes.childNodes));
    }
    const tables = container.querySelectorAll('table').length;
    const lists = topLevelLists(container);
    // Notes first: tidying unlinks every "#" link, citations included.
    add('notesMoved', placeNotes(container, notes));
    add('deepHeadings', tidyBody(container));
    add('imagesNotImported', images.length);
    return {
      title: draft.heading
        ? headingTitle(draft.heading.textContent ?? '')
        : title || fallbackTitle(),
      depth: draft.depth,
      body: container,
      images,
      tables,
      lists,
    };
  });
  return { title: title || null, sections, counts };
}
