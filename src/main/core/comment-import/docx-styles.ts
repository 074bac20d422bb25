import { wAll, wAttr, wChild } from './docx-xml';

/** Headings that name a section: levels 1–3 (deeper ones are subdivisions within a section). */
const MAX_LEVEL = 3;

/** Built-in names are English in every language version ("heading 1"); ids are localised. */
const HEADING_NAME = /^(?:heading|otsikko|rubrik)\s*([1-9])$/i;

/** Word's outline levels count from 0 (level 1); 9 is body text. */
function outlineLevel(pPr: Element | null): number | null {
  const outline = pPr && wChild(pPr, 'outlineLvl');
  if (!outline) return null;
  const value = Number(wAttr(outline, 'val'));
  return Number.isInteger(value) && value >= 0 && value <= 8 ? value + 1 : null;
}

export type HeadingLevelOf = (styleId: string) => number | null;

/**
 * The heading level of each paragraph style of word/styles.xml: by its name, its id, its own
 * outline level, or else the style it is based on.
 */
export function headingStyles(styles: Document | null): HeadingLevelOf {
  const byId = new Map<string, Element>();
  if (styles) {
    for (const style of wAll(styles, 'style')) {
      if (wAttr(style, 'type') === 'paragraph') byId.set(wAttr(style, 'styleId'), style);
    }
  }
  const levels = new Map<string, number | null>();
  const levelOf = (styleId: string, depth: number): number | null => {
    if (levels.has(styleId)) return levels.get(styleId)!;
    const style = byId.get(styleId);
    const name = style && wChild(style, 'name');
    const named = HEADING_NAME.exec(name ? wAttr(name, 'val') : '');
    const byIdName = HEADING_NAME.exec(styleId.replace(/(\D)(\d)$/, '$1 $2'));
    const basedOn = style && wChild(style, 'basedOn');
    const level =
      (named && Number(named[1])) ||
      (byIdName && Number(byIdName[1])) ||
      (style && outlineLevel(wChild(style, 'pPr'))) ||
      (basedOn && depth < 10 ? levelOf(wAttr(basedOn, 'val'), depth + 1) : null);
    levels.set(styleId, level);
    return level;
  };
  return (styleId) => {
    const level = levelOf(styleId, 0);
    return level !== null && level <= MAX_LEVEL ? level : null;
  };
}

/** A body paragraph's heading level (1–3) by its style or its own outline level, else null. */
export function paragraphHeadingLevel(paragraph: Element, levelOf: HeadingLevelOf): number | null {
  const pPr = wChild(paragraph, 'pPr');
  const own = outlineLevel(pPr);
  if (own !== null) return own <= MAX_LEVEL ? own : null;
  const style = pPr && wChild(pPr, 'pStyle');
  return style ? levelOf(wAttr(style, 'val')) : null;
}
