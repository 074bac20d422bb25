import { useId, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comment, Question, Resolution } from '../../../../shared/domain/rounds';
import { formatDateTime } from '../versions/versionFormat';
import { ResolutionBadge } from './CommentParts';
import { ResolutionFields } from './ResolutionFields';
import { CommentSummary } from './CommentList';

export interface Draft {
  resolution: Resolution;
  response: string;
}

interface CommentDetailProps {
  comment: Comment;
  replies: readonly Comment[];
  questions: readonly Question[];
  draft: Draft;
  onDraft: (draft: Draft) => void;
  /** Saves the resolution; `next` then moves on to the next open comment. */
  onSave: (next: boolean) => void;
  busy: boolean;
  responseError: string | null;
  /** Why the last action on this comment failed (applying a change, saving). */
  failure: string | null;
  responseRef: RefObject<HTMLTextAreaElement | null>;
  onShowPassage: () => void;
  onApplyChange: () => void;
  onUndoChange: () => void;
  onEdit: () => void;
  onRemove: () => void;
}

/** The selected comment in full, with its resolution and response (vastine) to record. */
export function CommentDetail({
  comment,
  replies,
  questions,
  draft,
  onDraft,
  onSave,
  busy,
  responseError,
  failure,
  responseRef,
  onShowPassage,
  onApplyChange,
  onUndoChange,
  onEdit,
  onRemove,
}: CommentDetailProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const number = t('rounds:commentNumber', { number: comment.number });
  const question = questions.find((candidate) => candidate.id === comment.questionId);
  const changed = draft.resolution !== comment.resolution || draft.response !== comment.response;
  const source = t(`rounds:source.${comment.source}`);
  return (
    <section className="review-detail" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="review-detail-heading">
        {t('review:detail.heading', { number, name: comment.respondentName })}{' '}
        <ResolutionBadge resolution={comment.resolution} />
      </h3>
      <p className="review-detail-meta">
        {t(`rounds:respondentKind.${comment.respondentKind}`)} ·{' '}
        {t(`rounds:commentKind.${comment.kind}`)} ·{' '}
        {comment.sourceFile
          ? t('review:detail.sourceFile', { source, file: comment.sourceFile })
          : source}
      </p>
      <div className="review-detail-body">
        <CommentSummary comment={comment} />
        {question && (
          <p className="review-detail-question">
            {t('review:detail.question', { number: question.number, text: question.text })}
          </p>
        )}
        {comment.text && <p className="review-detail-text">{comment.text}</p>}
        {comment.appliedRevision !== null && (
          <p className="review-detail-applied">{t('review:change.applied')}</p>
        )}
      </div>
      <div className="review-detail-actions">
        {comment.section && (
          <button type="button" className="btn btn-small" onClick={onShowPassage}>
            {t('review:detail.showInText')}
          </button>
        )}
        {comment.kind === 'change' &&
          (comment.appliedRevision === null ? (
            <button type="button" className="btn btn-small" onClick={onApplyChange} disabled={busy}>
              {t('review:detail.applyChange')}
            </button>
          ) : (
            <button type="button" className="btn btn-small" onClick={onUndoChange} disabled={busy}>
              {t('review:detail.undoChange')}
            </button>
          ))}
        {comment.source === 'manual' && (
          <>
            <button type="button" className="btn btn-small btn-quiet" onClick={onEdit}>
              {t('review:detail.edit')}
            </button>
            <button type="button" className="btn btn-small btn-quiet" onClick={onRemove}>
              {t('review:detail.remove')}
            </button>
          </>
        )}
      </div>
      {replies.length > 0 && (
        <div className="review-detail-replies">
          <h4>{t('review:detail.replies')}</h4>
          <ul>
            {replies.map((reply) => (
              <li key={reply.id}>
                <strong>{reply.respondentName}</strong> {reply.text}
              </li>
            ))}
          </ul>
        </div>
      )}
      <form
        className="review-resolve"
        onSubmit={(event) => {
          event.preventDefault();
          onSave(false);
        }}
        noValidate
      >
        <ResolutionFields
          id={id}
          resolution={draft.resolution}
          response={draft.response}
          onResolution={(resolution) => onDraft({ ...draft, resolution })}
          onResponse={(response) => onDraft({ ...draft, response })}
          responseError={responseError}
          numbered
          responseRef={responseRef}
        />
        {comment.resolvedAt && (
          <p className="review-detail-resolved">
            {comment.resolvedBy
              ? t('review:detail.resolvedBy', {
                  name: comment.resolvedBy,
                  date: formatDateTime(comment.resolvedAt, i18n.language),
                })
              : t('review:detail.resolvedAt', {
                  date: formatDateTime(comment.resolvedAt, i18n.language),
                })}
          </p>
        )}
        <div role="alert" className="review-detail-failure">
          {failure}
        </div>
        <div className="review-resolve-buttons">
          {changed && <span className="review-unsaved">{t('review:detail.unsaved')}</span>}
          <button type="submit" className="btn" disabled={busy}>
            {t('review:detail.save')}
          </button>
          <button
            type="button"
            className="btn btn-primary"
            disabled={busy}
            aria-keyshortcuts="Control+Enter"
            onClick={() => onSave(true)}
          >
            {t('review:detail.saveNext')}
          </button>
        </div>
      </form>
    </section>
  );
}
