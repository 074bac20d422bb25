import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comment, Respondent } from '../../../../shared/domain/rounds';
import { api, errorText } from '../../api/client';
import { SelectField, TextAreaField } from '../../ui/Field';
import { FormDialog } from '../../ui/FormDialog';
import { useDialogSubmit } from '../../ui/useDialogSubmit';

interface EditCommentDialogProps {
  docId: string;
  comment: Comment;
  respondents: readonly Respondent[];
  onSaved: (comment: Comment) => void;
  onClose: () => void;
}

/** Corrects what a comment typed in by hand says, or whose it is. */
export function EditCommentDialog({
  docId,
  comment,
  respondents,
  onSaved,
  onClose,
}: EditCommentDialogProps) {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState(comment.text);
  const [respondentId, setRespondentId] = useState(comment.respondentId);
  const { busy, failure, run } = useDialogSubmit(onClose);
  const submit = () =>
    run(async () => {
      const result = await api.comments.edit({ docId, commentId: comment.id, text, respondentId });
      if (!result.ok) return errorText(i18n, result.error);
      onSaved(result.value);
      return null;
    });
  return (
    <FormDialog
      title={t('review:edit.title', {
        number: t('rounds:commentNumber', { number: comment.number }),
      })}
      submitLabel={t('review:edit.submit')}
      onSubmit={submit}
      onClose={onClose}
      busy={busy}
      failure={failure}
    >
      <SelectField
        label={t('review:add.respondent')}
        value={respondentId}
        onChange={setRespondentId}
      >
        {respondents.map((respondent) => (
          <option key={respondent.id} value={respondent.id}>
            {respondent.name}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        label={t('review:add.text')}
        value={text}
        onChange={setText}
        rows={5}
        maxLength={20_000}
      />
    </FormDialog>
  );
}
