import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comment, Resolution } from '../../../../shared/domain/rounds';
import { api, errorText } from '../../api/client';
import { FormDialog } from '../../ui/FormDialog';
import { useDialogSubmit } from '../../ui/useDialogSubmit';
import { ResolutionFields } from './ResolutionFields';
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
      <ResolutionFields
        id={id}
        resolution={resolution}
        response={response}
        onResolution={setResolution}
        onResponse={(text) => {
          setResponse(text);
          setResponseError(null);
        }}
        responseError={responseError}
      />
    </FormDialog>
  );
}
