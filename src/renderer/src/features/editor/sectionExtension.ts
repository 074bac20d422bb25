import { ClipboardDOMImportExtension } from '@lexical/clipboard';
import { HistoryExtension } from '@lexical/history';
import { LinkExtension } from '@lexical/link';
import { ListExtension, WordListImportExtension } from '@lexical/list';
import { HeadingAnnounceExtension, RichTextExtension } from '@lexical/rich-text';
import { TableExtension } from '@lexical/table';
import { configExtension, defineExtension } from 'lexical';
import { DataBlockExtension } from '../data-blocks/DataBlockNode';
import { CleanFormattingExtension } from './cleanFormatting';
import { ListTabExtension } from './listTab';
import { isAllowedUrl } from './links';
import { editorTheme } from './theme';

/**
 * The node types of a plan's text and how they render: paragraphs, headings, quotes, lists, links,
 * tables and live data blocks. Shared by the section editor and the read-only views of versions and
 * revisions, so a frozen text looks exactly as it did when written.
 */
export const PlanContentExtension = defineExtension({
  name: 'suunta/plan-content',
  dependencies: [
    RichTextExtension,
    ListExtension,
    configExtension(LinkExtension, { validateUrl: isAllowedUrl }),
    configExtension(TableExtension, {
      // Tables imported from Word keep their merged cells (colSpan/rowSpan); without this
      // Lexical would split them when the section is loaded.
      hasCellMerge: true,
      hasCellBackgroundColor: false,
      hasHorizontalScroll: true,
    }),
    DataBlockExtension,
  ],
});

/**
 * The editor of one section. Only the node types of the plan's formats are registered (paragraph,
 * headings, quote, lists, links, tables), so pasted HTML is imported through Lexical's DOM import
 * rules into exactly these, Word's list paragraphs become real lists, and CleanFormattingExtension
 * removes the styling that the rules carry over.
 */
export function sectionExtension(
  initialState: string | null,
  text: { headingCreated: string; headingRemoved: string },
  onError: (error: Error) => void,
) {
  return defineExtension({
    name: 'suunta/section',
    // A shared namespace makes copy and paste between sections use Lexical's own JSON.
    namespace: 'suunta',
    theme: editorTheme,
    onError,
    $initialEditorState: initialState,
    dependencies: [
      PlanContentExtension,
      // Screen readers hear when a paragraph becomes a heading, in the UI language.
      configExtension(HeadingAnnounceExtension, {
        created: text.headingCreated,
        destroyed: text.headingRemoved,
      }),
      HistoryExtension,
      ClipboardDOMImportExtension,
      WordListImportExtension,
      CleanFormattingExtension,
      ListTabExtension,
    ],
  });
}
