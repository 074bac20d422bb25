import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalExtensionComposer } from '@lexical/react/LexicalExtensionComposer';
import { mergeRegister } from '@lexical/utils';
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { usePlan } from '../plan/PlanContext';
import { LinkPopover } from './LinkPopover';
import { trackEditor } from './formatStore';
import { registerEditorShortcuts } from './shortcuts';
import { focusToolbar } from './Toolbar';
import { sectionExtension } from './sectionExtension';

interface SectionEditorProps {
  sectionId: string;
  /** The stored editor state (already checked to be a valid Lexical state), or null for empty. */
  initialContent: string | null;
  /** Id of the section's heading, which names the text box for screen readers. */
  labelledBy: string;
}

/** Ctrl+click (Cmd+click) opens a link in the system browser; the main side checks the URL. */
function openLinkOnCtrlClick(event: MouseEvent) {
  if (!(event.ctrlKey || event.metaKey)) return;
  const anchor = (event.target as Element | null)?.closest('a');
  if (!anchor || !(event.currentTarget as Element).contains(anchor)) return;
  event.preventDefault();
  void api.system.openExternal({ url: anchor.href });
}

/** One section's rich-text editor; each section has its own, so long plans stay fast. */
export function SectionEditor({ sectionId, initialContent, labelledBy }: SectionEditorProps) {
  const { t } = useTranslation();
  // Built once per mounted section: the initial state is only read when the editor is created.
  const [announcements] = useState(() => ({
    headingCreated: t('editor.headingCreated'),
    headingRemoved: t('editor.headingRemoved'),
  }));
  const extension = useMemo(
    () =>
      sectionExtension(initialContent, announcements, (error) => {
        console.error(error);
      }),
    [initialContent, announcements],
  );
  return (
    <LexicalExtensionComposer extension={extension} contentEditable={null}>
      <EditorSurface sectionId={sectionId} labelledBy={labelledBy} />
    </LexicalExtensionComposer>
  );
}

function EditorSurface({ sectionId, labelledBy }: { sectionId: string; labelledBy: string }) {
  const { t, i18n } = useTranslation();
  const [editor] = useLexicalComposerContext();
  const { saves, editors, planLanguage, openLinkDialog, onSectionFocus } = usePlan();

  useEffect(() => {
    trackEditor(editor);
    return editors.register(sectionId, editor);
  }, [editor, editors, sectionId]);

  // Autosave: every change to the content (not mere caret moves) schedules a save.
  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves }) => {
        if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
        saves.schedule(sectionId, () => JSON.stringify(editorState.toJSON()));
      }),
    [editor, saves, sectionId],
  );

  useEffect(
    () =>
      mergeRegister(
        registerEditorShortcuts(editor, {
          openLinkDialog: () => openLinkDialog(editor),
          focusToolbar,
        }),
        editor.registerRootListener((root, previous) => {
          previous?.removeEventListener('click', openLinkOnCtrlClick);
          root?.addEventListener('click', openLinkOnCtrlClick);
        }),
      ),
    [editor, openLinkDialog],
  );

  const active = useSyncExternalStore(editors.subscribe, editors.getActive);
  const isActive = active?.editor === editor;

  return (
    <div className="editor-surface">
      <ContentEditable
        className="editor-content"
        aria-labelledby={labelledBy}
        aria-multiline
        lang={planLanguage}
        data-section-id={sectionId}
        onFocus={() => {
          editors.setActive({ sectionId, editor });
          onSectionFocus(sectionId);
        }}
        onBlur={() => void saves.flushSection(sectionId)}
        aria-placeholder={t('editor.placeholder')}
        placeholder={
          <div className="editor-placeholder" aria-hidden="true" lang={i18n.language}>
            {t('editor.placeholder')}
          </div>
        }
      />
      {isActive && <LinkPopover editor={editor} />}
    </div>
  );
}
