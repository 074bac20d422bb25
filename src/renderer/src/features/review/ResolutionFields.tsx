import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { resolutions, type Resolution } from '../../../../shared/domain/rounds';

interface ResolutionFieldsProps {
  /** Prefix of the fields' ids (unique on the page). */
  id: string;
  resolution: Resolution;
  response: string;
  onResolution: (resolution: Resolution) => void;
  onResponse: (response: string) => void;
  /** Why the response is not accepted (RESPONSE_REQUIRED), shown at the field. */
  responseError: string | null;
  /** The review's keys 1–5 choose a resolution: shown and announced beside each. */
  numbered?: boolean;
  responseRef?: Ref<HTMLTextAreaElement>;
}

/** The resolution of a comment and its response (vastine), for one comment or several at once. */
export function ResolutionFields({
  id,
  resolution,
  response,
  onResolution,
  onResponse,
  responseError,
  numbered = false,
  responseRef,
}: ResolutionFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <fieldset className="review-resolutions">
        <legend>{t('review:detail.resolution')}</legend>
        {resolutions.map((candidate, index) => (
          <label key={candidate} className="review-resolution">
            <input
              type="radio"
              name={`${id}-resolution`}
              value={candidate}
              checked={resolution === candidate}
              aria-keyshortcuts={numbered ? String(index + 1) : undefined}
              onChange={() => onResolution(candidate)}
            />{' '}
            {numbered && <kbd aria-hidden="true">{index + 1}</kbd>}{' '}
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
          ref={responseRef}
          className="field-input field-textarea"
          rows={4}
          maxLength={20_000}
          value={response}
          aria-invalid={responseError ? true : undefined}
          aria-describedby={`${id}-response-hint${responseError ? ` ${id}-response-error` : ''}`}
          aria-keyshortcuts={numbered ? 'Control+Enter' : undefined}
          onChange={(event) => onResponse(event.target.value)}
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
    </>
  );
}
