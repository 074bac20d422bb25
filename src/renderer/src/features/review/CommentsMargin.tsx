import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comment, RoundSummary } from '../../../../shared/domain/rounds';
import type { Outline } from '../../../../shared/domain/section';
import { api } from '../../api/client';
import { useAnnounce } from '../../ui/Announcer';
import { usePlan } from '../plan/PlanContext';
import { useResult } from '../versions/useResult';
import { CommentQuote, ResolutionBadge } from './CommentParts';
import { revealPassage } from './passage';
import { useCommentHighlights } from './useCommentHighlights';

export interface CommentsMarginProps {
  docId: string;
  outline: Outline;
  /** The section the caret is in (its comments come first). */
  currentId: string | null;
  /** Opens the chair's review of this round at this comment. */
  onOpenReview: (roundId: string, commentId: string) => void;
}

/** The round the margin shows first: the newest not yet reviewed, else the newest. */
export function currentRound(rounds: readonly RoundSummary[]): RoundSummary | null {
  return rounds.find((round) => round.status !== 'reviewed') ?? rounds[0] ?? null;
}

const noComments: Comment[] = [];

interface Group {
  sectionId: string | null;
  title: string;
  comments: Comment[];
}

/**
 * Comments by section in reading order, the current section first, general comments last; within
 * a section in the order of their passages in the text (those not found after), replies after
 * the comment they answer.
 */
function groupsOf(
  comments: readonly Comment[],
  outline: Outline,
  currentId: string | null,
  general: string,
  starts: ReadonlyMap<string, number>,
): Group[] {
  const place = (comment: Comment) => starts.get(comment.parentId ?? comment.id) ?? Infinity;
  const inText = (a: Comment, b: Comment) => place(a) - place(b) || a.number - b.number;
  const sections = outline.map((entry) => ({
    sectionId: entry.id,
    title: `${entry.number} ${entry.title}`,
    comments: comments.filter((comment) => comment.section?.id === entry.id).sort(inText),
  }));
  const current = sections.filter((group) => group.sectionId === currentId);
  const others = sections.filter((group) => group.sectionId !== currentId);
  const known = new Set(outline.map((entry) => entry.id));
  const rest = comments.filter((comment) => !comment.section || !known.has(comment.section.id));
  return [...current, ...others, { sectionId: null, title: general, comments: rest }].filter(
    (group) => group.comments.length > 0,
  );
}

/**
 * The comments of a round beside the text: each passage highlighted where it stands now, a
 * comment's button selects its passage, and Alt+Enter (or a click) in a highlighted passage
 * brings up its comment here.
 */
export function CommentsMargin({ docId, outline, currentId, onOpenReview }: CommentsMarginProps) {
  const { t } = useTranslation();
  const { editors } = usePlan();
  const announce = useAnnounce();
  const roundSelectId = useId();
  const margin = useRef<HTMLElement>(null);
  // Shown again after another view: the rounds and resolutions may have changed meanwhile.
  const [refresh, setRefresh] = useState(0);
  useEffect(() => {
    const element = margin.current;
    if (!element) return;
    let shown = element.offsetParent !== null;
    const observer = new ResizeObserver(() => {
      const now = element.offsetParent !== null;
      if (now && !shown) setRefresh((tick) => tick + 1);
      shown = now;
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const rounds = useResult(`${docId}/${refresh}`, () => api.rounds.list({ docId }));
  const [chosenRound, setChosenRound] = useState<string | null>(null);
  const roundList = rounds.state === 'ready' ? rounds.value : [];
  const round =
    roundList.find((candidate) => candidate.id === chosenRound) ?? currentRound(roundList);
  const list = useResult(round ? `${docId}/${round.id}/${refresh}` : '', () =>
    round
      ? api.comments.list({ docId, roundId: round.id })
      : Promise.resolve({ ok: true as const, value: null }),
  );
  const comments = useMemo(
    () => (list.state === 'ready' && list.value ? list.value.comments : noComments),
    [list],
  );
  const topLevel = useMemo(() => comments.filter((comment) => !comment.parentId), [comments]);

  const [selectedId, setSelectedId] = useState<string | null>(null);
  const live = useCommentHighlights(editors, topLevel, selectedId);
  const items = useRef(new Map<string, HTMLButtonElement>());

  const isOrphaned = (comment: Comment) => {
    if (!comment.quote || !comment.section) return false;
    return editors.get(comment.section.id)
      ? !live.found.has(comment.id)
      : comment.anchor === 'orphaned';
  };

  const show = (comment: Comment) => {
    setSelectedId(comment.id);
    if (!comment.section) return;
    if (!revealPassage(editors, comment.section.id, comment.quote) && comment.quote) {
      announce(t('review:margin.notFound'));
    }
  };

  // From the text to the margin: a click in a highlighted passage selects its comment, Alt+Enter
  // also moves focus to it.
  const latest = useRef({ commentAt: live.commentAt, announce, t });
  useEffect(() => {
    latest.current = { commentAt: live.commentAt, announce, t };
  });
  useEffect(() => {
    const documentPane = document.getElementById('document');
    if (!documentPane) return;
    const atCaret = (): string | null => {
      const selection = document.getSelection();
      if (!selection?.anchorNode || !documentPane.contains(selection.anchorNode)) return null;
      return latest.current.commentAt(selection.anchorNode, selection.anchorOffset);
    };
    const onClick = () => {
      const id = atCaret();
      if (!id) return;
      setSelectedId(id);
      items.current.get(id)?.scrollIntoView({ block: 'nearest' });
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Enter' || !event.altKey || event.ctrlKey || event.metaKey) return;
      event.preventDefault();
      event.stopPropagation();
      const id = atCaret();
      if (!id) {
        latest.current.announce(latest.current.t('review:margin.noneAtCaret'));
        return;
      }
      setSelectedId(id);
      items.current.get(id)?.focus();
    };
    documentPane.addEventListener('click', onClick);
    documentPane.addEventListener('keydown', onKey, true);
    return () => {
      documentPane.removeEventListener('click', onClick);
      documentPane.removeEventListener('keydown', onKey, true);
    };
  }, []);

  const groups = groupsOf(comments, outline, currentId, t('rounds:general'), live.found);

  return (
    <aside ref={margin} className="comments-margin" aria-labelledby="comments-margin-heading">
      <div className="comments-margin-header">
        <h2 id="comments-margin-heading" className="comments-margin-heading">
          {t('review:margin.label')}
        </h2>
        {roundList.length > 0 && round && (
          <div className="comments-margin-round">
            <label htmlFor={roundSelectId}>{t('review:margin.round')}</label>
            <select
              id={roundSelectId}
              className="field-input"
              value={round.id}
              onChange={(event) => setChosenRound(event.target.value)}
            >
              {roundList.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.title} ({t(`rounds:status.${candidate.status}`)})
                </option>
              ))}
            </select>
            <p className="comments-margin-counts">
              {t('review:margin.counts', { count: round.comments, resolved: round.resolved })}
            </p>
          </div>
        )}
        <p className="comments-margin-hint">{t('review:margin.atCaretHint')}</p>
      </div>
      <div className="comments-margin-scroll">
        {rounds.state === 'ready' && roundList.length === 0 && (
          <p className="comments-margin-empty">{t('review:margin.noRounds')}</p>
        )}
        {(rounds.state === 'loading' || (round && list.state === 'loading')) && (
          <p className="comments-margin-empty" aria-busy="true">
            {t('review:margin.loading')}
          </p>
        )}
        {rounds.state === 'failed' && <p role="alert">{rounds.message}</p>}
        {list.state === 'failed' && <p role="alert">{list.message}</p>}
        {list.state === 'ready' && list.value && comments.length === 0 && (
          <p className="comments-margin-empty">{t('review:margin.noComments')}</p>
        )}
        {round &&
          groups.map((group) => (
            <section
              key={group.sectionId ?? 'general'}
              className="comments-margin-group"
              aria-label={group.title}
            >
              <h3 className="comments-margin-section">
                {group.title}
                {group.sectionId !== null && group.sectionId === currentId && (
                  <span className="comments-margin-current"> · {t('review:margin.current')}</span>
                )}
              </h3>
              <ul>
                {group.comments.map((comment) => (
                  <li
                    key={comment.id}
                    className={`margin-comment${comment.parentId ? ' margin-reply' : ''}${
                      comment.id === selectedId ? ' margin-comment-selected' : ''
                    }`}
                  >
                    <button
                      type="button"
                      className="margin-comment-show"
                      ref={(element) => {
                        if (element) items.current.set(comment.id, element);
                        else items.current.delete(comment.id);
                      }}
                      aria-current={comment.id === selectedId ? 'true' : undefined}
                      title={t('review:margin.showPassage')}
                      onClick={() => show(comment)}
                    >
                      <span className="margin-comment-head">
                        <strong>{t('rounds:commentNumber', { number: comment.number })}</strong>{' '}
                        {comment.respondentName}
                        {comment.parentId === null && (
                          <ResolutionBadge resolution={comment.resolution} />
                        )}
                      </span>
                      <CommentQuote comment={comment} orphaned={isOrphaned(comment)} />
                      {comment.text && <span className="margin-comment-text">{comment.text}</span>}
                    </button>
                    {comment.parentId === null && (
                      <button
                        type="button"
                        className="btn btn-small btn-quiet"
                        onClick={() => onOpenReview(round.id, comment.id)}
                      >
                        {t('review:margin.openReview')}
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            </section>
          ))}
      </div>
    </aside>
  );
}
