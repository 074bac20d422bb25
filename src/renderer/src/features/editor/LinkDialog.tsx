import type { LexicalEditor } from 'lexical';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field';
import { FormDialog } from '../../ui/FormDialog';
import { $readFormatState, applyLink, hasSelectedText } from './formatting';
import { completeUrl, isAllowedUrl } from './links';

interface LinkDialogProps {
  editor: LexicalEditor;
  onClose: () => void;
}

/** Adds or edits a link (Ctrl+K). Only web and e-mail addresses are accepted. */
export function LinkDialog({ editor, onClose }: LinkDialogProps) {
  const { t } = useTranslation();
  const [current] = useState(() => editor.getEditorState().read($readFormatState, { editor }).link);
  const [needsText] = useState(() => !current && !hasSelectedText(editor));
  const [url, setUrl] = useState(current?.url ?? '');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = () => {
    const complete = completeUrl(url);
    if (!isAllowedUrl(complete)) {
      setError(t('link.invalid'));
      return;
    }
    applyLink(editor, complete, text);
    onClose();
  };

  return (
    <FormDialog
      title={current ? t('link.editTitle') : t('link.addTitle')}
      description={t('link.description')}
      submitLabel={t('common.ok')}
      onSubmit={submit}
      onClose={onClose}
      // Back to the text, with the caret (or selection) where it was.
      returnFocusTo={editor}
    >
      <Field
        label={t('link.url')}
        value={url}
        onChange={(event) => {
          setUrl(event.target.value);
          setError(null);
        }}
        hint={t('link.urlHint')}
        error={error}
        autoFocus
        spellCheck={false}
        inputMode="url"
      />
      {needsText && (
        <Field
          label={t('link.text')}
          value={text}
          onChange={(event) => setText(event.target.value)}
          hint={t('link.textHint')}
        />
      )}
    </FormDialog>
  );
}
