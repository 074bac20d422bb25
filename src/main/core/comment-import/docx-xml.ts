import { CoreError } from '../errors';

/** Namespaces of WordprocessingML parts: elements are matched by namespace, never by prefix. */
export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const W14 = 'http://schemas.microsoft.com/office/word/2010/wordml';
export const W15 = 'http://schemas.microsoft.com/office/word/2012/wordml';
export const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

type XmlParser = (xml: string) => Document;

let parser: Promise<XmlParser> | null = null;

/** jsdom takes a moment to load: only when a returned file is read, and only once. */
export function xmlParser(): Promise<XmlParser> {
  parser ??= import('jsdom').then(({ JSDOM }) => {
    const { DOMParser } = new JSDOM('').window;
    const domParser = new DOMParser();
    return (xml: string) => {
      const document = domParser.parseFromString(xml, 'application/xml');
      const error = document.getElementsByTagName('parsererror')[0];
      if (error) {
        throw new CoreError('DAMAGED_FILE', {
          reason: `xml: ${(error.textContent ?? '').slice(0, 160)}`,
        });
      }
      return document;
    };
  });
  return parser;
}

/** A `w:` attribute ("" when absent). */
export const wAttr = (element: Element, name: string): string =>
  element.getAttributeNS(W, name) ?? '';

/** The first `w:` child of that name. */
export function wChild(element: Element, name: string): Element | null {
  for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
    if (child.namespaceURI === W && child.localName === name) return child;
  }
  return null;
}

/** All `w:` elements of that name below `root`, in document order. */
export const wAll = (root: Document | Element, name: string): Element[] =>
  Array.from(root.getElementsByTagNameNS(W, name));

/** An ISO 8601 timestamp as Word writes it, or null for a missing or unreadable one. */
export function isoDate(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(Date.parse(value))) return null;
  return value;
}

const EXCERPT_CHARS = 80;

/** The start of a text for her to recognise it in a list of what was skipped. */
export function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT_CHARS ? `${flat.slice(0, EXCERPT_CHARS - 1)}…` : flat;
}
