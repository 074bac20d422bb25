import type { KeyboardEvent, MutableRefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comment } from '../../../../shared/domain/rounds';
import { ChangeProposal, CommentQuote, ResolutionBadge } from './CommentParts';
import type { Thread } from './reviewModel';

interface CommentListProps {
  threads: readonly Thread[];
  selectedId: string | null;
  checked: ReadonlySet<string>;
  onSelect: (id: string) => void;
  onToggle: (id: string) => void;
  /** The buttons of the comments by id, so the keyboard can move focus among them. */
  items: MutableRefObject<Map<string, HTMLButtonElement>>;
}

/** What a comment is about and says, in a line or few (the list and the detail pane share it). */
export function CommentSummary({ comment }: { comment: Comment }) {
  const { t } = useTranslation();
  if (!comment.section) {
    return <span className="review-item-section">{t('review:quote.wholePlan')}</span>;
  }
  const lost = comment.anchor === 'orphaned' || comment.anchor === 'sectionRemoved';
  return (
    <>
      <span className="review-item-section">
        {comment.section.number} {comment.section.title}
      </span>
      {(comment.kind !== 'change' || lost) && <CommentQuote comment={comment} />}
      <ChangeProposal comment={comment} />
    </>
  );
}

/** The comments shown, each a button that selects it, with a checkbox for bulk resolution. */
export function CommentList({
  threads,
  selectedId,
  checked,
  onSelect,
  onToggle,
  items,
}: CommentListProps) {
  const { t } = useTranslation();
  const onItemKey = (event: KeyboardEvent, id: string) => {
    // Space marks the comment for bulk resolution, as in a file list; Enter opens the response.
    if (event.key === ' ') {
      event.preventDefault();
      onToggle(id);
    }
  };
  return (
    <ol className="review-list" aria-label={t('review:list.label')}>
      {threads.map(({ comment, replies }) => {
        const number = t('rounds:commentNumber', { number: comment.number });
        const selected = comment.id === selectedId;
        return (
          <li
            key={comment.id}
            className={`review-item${selected ? ' review-item-selected' : ''}`}
            data-comment-id={comment.id}
          >
            <input
              type="checkbox"
              className="review-item-check"
              aria-label={t('review:list.select', { number })}
              checked={checked.has(comment.id)}
              onChange={() => onToggle(comment.id)}
            />
            <button
              type="button"
              className="review-item-main"
              aria-current={selected ? 'true' : undefined}
              aria-keyshortcuts="J K Space Enter R 1 2 3 4 5"
              ref={(element) => {
                if (element) items.current.set(comment.id, element);
                else items.current.delete(comment.id);
              }}
              onClick={() => onSelect(comment.id)}
              // The comment with focus is the one the keys act on.
              onFocus={() => {
                if (!selected) onSelect(comment.id);
              }}
              onKeyDown={(event) => onItemKey(event, comment.id)}
            >
              <span className="review-item-head">
                <strong className="review-item-number">{number}</strong>{' '}
                <span className="review-item-respondent">{comment.respondentName}</span>{' '}
                <span className="review-item-kind">
                  {t(`rounds:respondentKind.${comment.respondentKind}`)} ·{' '}
                  {t(`rounds:commentKind.${comment.kind}`)}
                </span>{' '}
                <ResolutionBadge resolution={comment.resolution} />
              </span>
              <CommentSummary comment={comment} />
              {comment.text && <span className="review-item-text">{comment.text}</span>}
              {comment.response && (
                <span className="review-item-response">
                  <span className="review-item-label">{t('review:detail.response')}: </span>
                  {comment.response}
                </span>
              )}
            </button>
            {replies.length > 0 && (
              <ul
                className="review-replies"
                aria-label={t('review:list.replies', { count: replies.length })}
              >
                {replies.map((reply) => (
                  <li key={reply.id} className="review-reply">
                    <strong>{t('review:list.reply', { name: reply.respondentName })}</strong>{' '}
                    {reply.text}
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
