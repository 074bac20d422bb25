import { useTranslation } from 'react-i18next';
import type { Comment, Resolution } from '../../../../shared/domain/rounds';

/** "Hyväksytty" as a coloured badge (the colour only repeats the word). */
export function ResolutionBadge({ resolution }: { resolution: Resolution }) {
  const { t } = useTranslation();
  return (
    <span className={`resolution-badge resolution-${resolution}`}>
      {t(`rounds:resolution.${resolution}`)}
    </span>
  );
}

/**
 * The passage a comment is about: its quote, marked when it is no longer found in the text
 * (`orphaned` overrides the core's anchor with what the live editor shows), or "Koko luku".
 */
export function CommentQuote({
  comment,
  orphaned = comment.anchor === 'orphaned',
}: {
  comment: Comment;
  orphaned?: boolean;
}) {
  const { t } = useTranslation();
  if (!comment.quote) {
    return (
      <span className="comment-scope">
        {t(comment.section ? 'review:quote.wholeSection' : 'review:quote.wholePlan')}
      </span>
    );
  }
  const removed = comment.anchor === 'sectionRemoved';
  return (
    <span className={`comment-quote${orphaned || removed ? ' comment-quote-orphaned' : ''}`}>
      {(orphaned || removed) && (
        <span className="comment-orphaned">
          {t(removed ? 'review:quote.sectionRemoved' : 'review:quote.orphaned')}
        </span>
      )}
      <q className="comment-quote-text">{comment.quote.exact}</q>
    </span>
  );
}

/** A change proposal as the wording it removes and the wording it puts in its place. */
export function ChangeProposal({ comment }: { comment: Comment }) {
  const { t } = useTranslation();
  if (comment.kind !== 'change' || comment.proposal === null) return null;
  return (
    <span className="change-proposal">
      {comment.quote && (
        <del>
          <span className="visually-hidden">{t('review:change.deleted')}: </span>
          {comment.quote.exact}
        </del>
      )}{' '}
      <span aria-hidden="true">→</span>{' '}
      {comment.proposal === '' ? (
        <span className="change-deletion">{t('review:change.deletion')}</span>
      ) : (
        <ins>
          <span className="visually-hidden">{t('review:change.inserted')}: </span>
          {comment.proposal}
        </ins>
      )}
    </span>
  );
}
