import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalExtensionComposer } from '@lexical/react/LexicalExtensionComposer';
import { defineExtension } from 'lexical';
import { useMemo, type MouseEvent } from 'react';
import { api } from '../../api/client';
import { PlanContentExtension } from '../editor/sectionExtension';
import { editorTheme } from '../editor/theme';

interface ReadOnlyTextProps {
  /** A stored Lexical state already checked with `loadableContent`. */
  content: string;
  /** Id of the heading that names the text for screen readers. */
  labelledBy: string;
  /** The plan's language, for pronunciation. */
  lang: string;
}

/** The same nodes and look as the section editor, but never editable and never saved. */
function readOnlyExtension(content: string) {
  return defineExtension({
    name: 'suunta/read-only',
    namespace: 'suunta',
    theme: editorTheme,
    editable: false,
    $initialEditorState: content,
    onError: (error: Error) => console.error(error),
    dependencies: [PlanContentExtension],
  });
}

/** A link in frozen text opens in the system browser (the main side checks the URL). */
function openLinkExternally(event: MouseEvent) {
  const anchor = (event.target as Element).closest('a');
  if (!anchor) return;
  event.preventDefault();
  void api.system.openExternal({ url: anchor.href });
}

/** A section's text as it was frozen: rendered by Lexical, marked read-only for screen readers. */
export function ReadOnlyText({ content, labelledBy, lang }: ReadOnlyTextProps) {
  const extension = useMemo(() => readOnlyExtension(content), [content]);
  return (
    <LexicalExtensionComposer extension={extension} contentEditable={null}>
      <div className="read-only-text" onClickCapture={openLinkExternally}>
        <ContentEditable className="editor-content" aria-labelledby={labelledBy} lang={lang} />
      </div>
    </LexicalExtensionComposer>
  );
}
