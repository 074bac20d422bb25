import type { LexicalEditor } from 'lexical';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isWebUrl, parseLinkUrl } from '../../../../shared/links';
import { api } from '../../api/client';
import { Icon } from '../../ui/Icon';
import { usePlan } from '../plan/PlanContext';
import { removeLink } from './formatting';
import { useEditorUiState } from './formatStore';

/**
 * A small bar under the link the caret is in: its address, open it, edit it, remove it. It follows
 * the editor in the tab order, so keyboard users reach it with Tab. It is placed with CSS anchor
 * positioning: the link element is named as the anchor.
 */
export function LinkPopover({ editor }: { editor: LexicalEditor }) {
  const { t } = useTranslation();
  const { openLinkDialog } = usePlan();
  const { link } = useEditorUiState(editor);

  useEffect(() => {
    if (!link) return;
    const element = editor.getElementByKey(link.key);
    if (!element) return;
    element.style.setProperty('anchor-name', '--suunta-link');
    return () => {
      element.style.removeProperty('anchor-name');
    };
  }, [editor, link]);

  if (!link) return null;
  // Only web pages open (in the system browser); an e-mail address is there to be read or copied.
  const url = parseLinkUrl(link.url);
  const opens = url !== null && isWebUrl(url);
  return (
    <div className="link-popover" role="group" aria-label={t('link.popoverLabel')}>
      <span className="link-popover-url" title={link.url}>
        {link.url}
      </span>
      {opens && (
        <button
          type="button"
          className="btn btn-small btn-quiet"
          onClick={() => void api.system.openExternal({ url: link.url })}
        >
          <Icon name="external" />
          {t('link.open')}
        </button>
      )}
      <button
        type="button"
        className="btn btn-small btn-quiet"
        onClick={() => openLinkDialog(editor)}
      >
        {t('link.edit')}
      </button>
      <button
        type="button"
        className="btn btn-small btn-quiet"
        onClick={() => {
          removeLink(editor);
          editor.focus();
        }}
      >
        {t('link.remove')}
      </button>
    </div>
  );
}
