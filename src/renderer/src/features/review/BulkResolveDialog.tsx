import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { resolutions, type Comment, type Resolution } from '../../../../shared/domain/rounds';
import { api, errorText } from '../../api/client';
import { FormDialog } from '../../ui/FormDialog';
import { useDialogSubmit } from '../../ui/useDialogSubmit';
import { needsResponse } from './reviewModel';

interface BulkResolveDialogProps {
  docId: string;
  comments: readonly Comment[];
  onResolved: (comments: Comment[]) => void;
  onClose: () => void;
}

/** "Aseta ratkaisu valituille": one resolution and response for every selected comment. */
export function BulkResolveDialog({
  docId,
  comments,
  onResolved,
  onClose,
}: BulkResolveDialogProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [resolution, setResolution] = useState<Resolution>('noted');
  const [response, setResponse] = useState('');
  const [responseError, setResponseError] = useState<string | null>(null);
  const { busy, failure, run } = useDialogSubmit(onClose);
  const numbers = comments
    .map((comment) => t('rounds:commentNumber', { number: comment.number }))
    .join(', ');

  const submit = async () => {
    if (needsResponse(resolution, response)) {
      setResponseError(t('review:responseRequired'));
      document.getElementById(`${id}-response`)?.focus();
      return;
    }
    await run(async () => {
      const result = await api.comments.resolve({
        docId,
        commentIds: comments.map((comment) => comment.id),
        resolution,
        response,
      });
      if (!result.ok) return errorText(i18n, result.error);
      onResolved(result.value);
      return null;
    });
  };

  return (
    <FormDialog
      title={t('review:bulk.title', { count: comments.length })}
      description={t('review:bulk.description', { numbers })}
      submitLabel={t('review:bulk.submit')}
      onSubmit={submit}
      onClose={onClose}
      busy={busy}
      failure={failure}
    >
      <fieldset className="review-resolutions">
        <legend>{t('review:detail.resolution')}</legend>
        {resolutions.map((candidate) => (
          <label key={candidate} className="review-resolution">
            <input
              type="radio"
              name={`${id}-resolution`}
              value={candidate}
              checked={resolution === candidate}
              onChange={() => setResolution(candidate)}
            />{' '}
            {t(`rounds:resolution.${candidate}`)}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-response`} className="field-label">
          {t('review:detail.response')}
        </label>
        <textarea
          id={`${id}-response`}
          className="field-input field-textarea"
          rows={4}
          maxLength={20_000}
          value={response}
          aria-invalid={responseError ? true : undefined}
          aria-describedby={responseError ? `${id}-response-error` : `${id}-response-hint`}
          onChange={(event) => {
            setResponse(event.target.value);
            setResponseError(null);
          }}
        />
        <p id={`${id}-response-hint`} className="field-hint">
          {t('review:detail.responseHint')}
        </p>
        {responseError && (
          <p id={`${id}-response-error`} className="field-error">
            {responseError}
          </p>
        )}
      </div>
    </FormDialog>
  );
}
