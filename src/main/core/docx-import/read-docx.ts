import { basename, extname } from 'node:path';
import { JSDOM } from 'jsdom';
import { countWords, editorStatePlainText } from '../../../shared/domain/lexical';
import {
  importNoticeCodes,
  type DocxPreview,
  type ImportedSection,
  type ImportNotice,
} from '../../../shared/domain/docx-import';
import { CoreError } from '../errors';
import { docxToHtml } from './convert-html';
import { commentCount, propertiesTitle, trackedChanges } from './package-parts';
import { defaultLimits, type SourceLimits } from './limits';
import { readDocxSource, type DocxSource } from './read-source';
import { cleanTitle, splitSections } from './split-sections';
import { SUGGESTION_THRESHOLD, suggestRequirements } from './suggest';
import { bodyToEditorState, createImportEditor } from './to-lexical';

const EXCERPT_CHARS = 240;

export interface SectionText {
  content: string;
  plainText: string;
  words: number;
  /** Nothing at all came across (a heading followed directly by the next one). */
  empty: boolean;
}

/** A Word file read into a plan: the preview she sees and each section's editor state. */
export interface ReadDocx {
  preview: DocxPreview;
  /** Lexical JSON, plain text and words of each section, in the preview's order. */
  contents: SectionText[];
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= EXCERPT_CHARS ? flat : `${flat.slice(0, EXCERPT_CHARS - 1).trimEnd()}…`;
}

/**
 * The whole pipeline, writing nothing: the file is checked and read (read-source), turned into
 * HTML by mammoth, split into sections by its headings, and each section's HTML becomes a
 * Lexical editor state through Lexical's own HTML import.
 */
export async function readDocx(
  path: string,
  limits: SourceLimits = defaultLimits,
  expectedDigest?: string,
): Promise<ReadDocx> {
  return convertDocx(path, await readDocxSource(path, limits, expectedDigest));
}

/** The conversion of a Word file already read and checked by readDocxSource. */
export async function convertDocx(path: string, source: DocxSource): Promise<ReadDocx> {
  const html = await docxToHtml(source.bytes);
  const { window } = new JSDOM(`<!DOCTYPE html><html><body>${html}</body></html>`);
  try {
    const fileTitle = () =>
      cleanTitle(propertiesTitle(source.parts.core)) ||
      cleanTitle(basename(path, extname(path))) ||
      'Suunnitelma';
    const split = splitSections(window.document.body, fileTitle);
    const editor = createImportEditor();
    const contents = split.sections.map((section) => {
      const { content, state } = bodyToEditorState(editor, section.body);
      const plainText = editorStatePlainText(state);
      return {
        content,
        plainText,
        words: countWords(plainText),
        empty: state.root.children.length === 0,
      };
    });
    const headed = split.counts.noHeadings === undefined;
    if (!headed && contents.every((content) => content.words === 0)) {
      throw new CoreError('EMPTY_DOCUMENT');
    }
    const counts = {
      ...split.counts,
      trackedChanges: trackedChanges(source.parts.document),
      commentsIgnored: commentCount(source.parts.comments),
    };
    const notices: ImportNotice[] = importNoticeCodes
      .map((code) => ({ code, count: counts[code] ?? 0 }))
      .filter((notice) => notice.count > 0);
    const sections = split.sections.map((section, index): ImportedSection => ({
      index,
      title: section.title,
      depth: section.depth,
      words: contents[index]!.words,
      excerpt: excerpt(contents[index]!.plainText),
      tables: section.tables,
      lists: section.lists,
      images: section.images,
      suggestions: suggestRequirements(section.title),
    }));
    return {
      preview: {
        fileName: basename(path),
        sourceDigest: source.digest,
        title: split.title ?? fileTitle(),
        sections,
        words: contents.reduce((sum, content) => sum + content.words, 0),
        notices,
        suggestionThreshold: SUGGESTION_THRESHOLD,
      },
      contents,
    };
  } finally {
    window.close();
  }
}

export { readDocxSource };
