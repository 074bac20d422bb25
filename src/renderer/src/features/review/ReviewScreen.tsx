import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comment, Resolution, TextQuote } from '../../../../shared/domain/rounds';
import { resolutions } from '../../../../shared/domain/rounds';
import type { Outline } from '../../../../shared/domain/section';
import { api, errorText } from '../../api/client';
import { useAnnounce } from '../../ui/Announcer';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Icon } from '../../ui/Icon';
import { useToast } from '../../ui/Toasts';
import { LoadStatus } from '../versions/LoadStatus';
import { useEscapeBack } from '../versions/useEscapeBack';
import { useScreenFocus } from '../versions/useScreenFocus';
import { usePlan } from '../plan/PlanContext';
import { AddCommentDialog } from './AddCommentDialog';
import { BulkResolveDialog } from './BulkResolveDialog';
import { CommentDetail, type Draft } from './CommentDetail';
import { CommentList } from './CommentList';
import { EditCommentDialog } from './EditCommentDialog';
import { ReviewFilters } from './ReviewFilters';
import {
  filterThreads,
  needsResponse,
  nextOpenId,
  noFilter,
  sortThreads,
  stepId,
  threadsOf,
  type SortKey,
} from './reviewModel';
import { useRoundComments, type RoundComments } from './useRoundComments';

export interface ReviewScreenProps {
  docId: string;
  roundId: string;
  outline: Outline;
  /** The comment to select first (from the editor's margin), or null for the first open one. */
  initialCommentId: string | null;
  onBack: () => void;
  /** Shows a comment's passage in the text view (its section's start when quote is null). */
  onShowPassage: (sectionId: string, quote: TextQuote | null) => void;
  /** A change applied or undone replaced this section's text (its editor loads it again). */
  onSectionReplaced: (sectionId: string) => void;
}

/** "Kommenttien käsittely": every comment of a round, filtered and triaged from the keyboard. */
export function ReviewScreen(props: ReviewScreenProps) {
  const { t } = useTranslation();
  const { loaded, reload, merge } = useRoundComments(props.docId, props.roundId);
  useEscapeBack(props.onBack);
  return (
    <div className="review-screen">
      <button
        type="button"
        className="btn btn-quiet review-back"
        onClick={props.onBack}
        aria-keyshortcuts="Escape"
      >
        <Icon name="arrowLeft" />
        {t('review:back')}
      </button>
      {loaded.state === 'ready' ? (
        <Review {...props} data={loaded.value} reload={reload} merge={merge} />
      ) : (
        <LoadStatus loaded={loaded} loading={t('review:loading')} />
      )}
    </div>
  );
}

type Dialog =
  | { name: 'add' }
  | { name: 'bulk' }
  | { name: 'edit'; comment: Comment }
  | { name: 'remove'; comment: Comment };

/** A key pressed where she is typing (text fields, selects) is text, not a command. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return (
    target.closest(
      'textarea, select, [contenteditable="true"], input:not([type="checkbox"]):not([type="radio"])',
    ) !== null
  );
}

function Review({
  docId,
  initialCommentId,
  onShowPassage,
  onSectionReplaced,
  data,
  reload,
  merge,
}: ReviewScreenProps & {
  data: RoundComments;
  reload: () => Promise<void>;
  merge: (comments: readonly Comment[]) => void;
}) {
  const { t, i18n } = useTranslation();
  const { saves } = usePlan();
  const announce = useAnnounce();
  const toast = useToast();
  const heading = useScreenFocus<HTMLHeadingElement>();
  const { round, comments, respondents } = data;
  const [filter, setFilter] = useState(noFilter);
  const [sort, setSort] = useState<SortKey>('number');
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [responseError, setResponseError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const items = useRef(new Map<string, HTMLButtonElement>());
  const responseRef = useRef<HTMLTextAreaElement>(null);
  const screen = useRef<HTMLDivElement>(null);

  const threads = useMemo(() => threadsOf(comments), [comments]);
  const shown = useMemo(
    () => sortThreads(filterThreads(threads, filter), sort),
    [threads, filter, sort],
  );
  const total = threads.length;
  const resolved = threads.filter((thread) => thread.comment.resolution !== 'open').length;

  const [selectedId, setSelectedId] = useState<string | null>(
    () =>
      (initialCommentId && threads.some((thread) => thread.comment.id === initialCommentId)
        ? initialCommentId
        : null) ??
      threads.find((thread) => thread.comment.resolution === 'open')?.comment.id ??
      threads[0]?.comment.id ??
      null,
  );
  const selected = threads.find((thread) => thread.comment.id === selectedId) ?? null;
  const draft: Draft | null = selected
    ? (drafts[selected.comment.id] ?? {
        resolution: selected.comment.resolution,
        response: selected.comment.response,
      })
    : null;
  const numberOf = (comment: Comment) => t('rounds:commentNumber', { number: comment.number });
  const resolutionText = (resolution: Resolution) => t(`rounds:resolution.${resolution}`);

  // Focus follows the selection when the keyboard moved it (after the list re-rendered).
  const [focusRequest, setFocusRequest] = useState<{ id: string } | null>(null);
  useEffect(() => {
    if (!focusRequest) return;
    const item = items.current.get(focusRequest.id);
    item?.focus();
    item?.scrollIntoView({ block: 'nearest' });
  }, [focusRequest]);
  // A comment selected from the margin is brought into view at once.
  useEffect(() => {
    if (initialCommentId) items.current.get(initialCommentId)?.scrollIntoView({ block: 'nearest' });
  }, [initialCommentId]);

  const select = (id: string, focus: boolean) => {
    setSelectedId(id);
    setResponseError(null);
    setFailure(null);
    if (focus) setFocusRequest({ id });
  };

  const move = (offset: 1 | -1) => {
    const id = stepId(shown, selectedId, offset);
    if (!id) return;
    select(id, true);
    const comment = threads.find((thread) => thread.comment.id === id)?.comment;
    if (comment && id !== selectedId) {
      announce(
        t('review:announce.moved', {
          number: numberOf(comment),
          name: comment.respondentName,
          resolution: resolutionText(comment.resolution),
        }),
      );
    }
  };

  const setDraft = (next: Draft) => {
    if (!selected) return;
    setDrafts((current) => ({ ...current, [selected.comment.id]: next }));
    if (!needsResponse(next.resolution, next.response)) setResponseError(null);
  };

  const toggle = (id: string) => {
    const comment = threads.find((thread) => thread.comment.id === id)?.comment;
    setChecked((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
    if (comment) {
      announce(
        t(checked.has(id) ? 'review:announce.unchecked' : 'review:announce.checked', {
          number: numberOf(comment),
        }),
      );
    }
  };

  const checkAll = () => {
    setChecked(new Set(shown.map((thread) => thread.comment.id)));
    announce(t('review:announce.checkedAll', { count: shown.length }));
  };

  const save = async (next: boolean) => {
    if (!selected || !draft || busy) return;
    const { comment } = selected;
    if (needsResponse(draft.resolution, draft.response)) {
      setResponseError(t('review:responseRequired'));
      responseRef.current?.focus();
      return;
    }
    setBusy(true);
    const result = await api.comments.resolve({
      docId,
      commentIds: [comment.id],
      resolution: draft.resolution,
      response: draft.response,
    });
    setBusy(false);
    if (!result.ok) {
      if (result.error.code === 'RESPONSE_REQUIRED') {
        setResponseError(errorText(i18n, result.error));
        responseRef.current?.focus();
      } else setFailure(errorText(i18n, result.error));
      return;
    }
    merge(result.value);
    setDrafts(({ [comment.id]: _saved, ...rest }) => rest);
    setResponseError(null);
    setFailure(null);
    const number = numberOf(comment);
    const resolution = resolutionText(draft.resolution);
    if (!next) {
      announce(t('review:announce.saved', { number, resolution }));
      return;
    }
    const nextId = nextOpenId(shown, comment.id);
    const nextComment = threads.find((thread) => thread.comment.id === nextId)?.comment;
    if (nextId && nextComment) {
      select(nextId, true);
      announce(
        t('review:announce.savedMoved', {
          number,
          resolution,
          next: `${numberOf(nextComment)}, ${nextComment.respondentName}`,
        }),
      );
    } else {
      setFocusRequest({ id: comment.id });
      announce(t('review:announce.allDone', { number, resolution }));
    }
  };

  /**
   * What is typed in the section is saved first, so the change works on the text as it stands and
   * no autosave of the older text lands after it.
   */
  const flushed = async (comment: Comment) => {
    if (!comment.section || (await saves.flushSection(comment.section.id))) return true;
    setFailure(t('plan.unsavedFirst'));
    return false;
  };

  /** Applies or undoes a change proposal; the comment as it is afterwards, or null on failure. */
  const changeText = async (comment: Comment, how: 'applyChange' | 'undoChange') => {
    if (!(await flushed(comment))) return null;
    setBusy(true);
    const result = await api.comments[how]({ docId, commentId: comment.id });
    setBusy(false);
    if (!result.ok) {
      setFailure(errorText(i18n, result.error));
      return null;
    }
    merge([result.value.comment]);
    onSectionReplaced(result.value.section.id);
    setFailure(null);
    return result.value.comment;
  };

  const undoChange = async (comment: Comment) => {
    if (await changeText(comment, 'undoChange')) {
      toast({ title: t('review:undone', { number: numberOf(comment) }) });
    }
  };

  const applyChange = async (comment: Comment) => {
    const applied = await changeText(comment, 'applyChange');
    if (!applied) return;
    toast({
      title: t('review:applied', {
        number: numberOf(comment),
        section: comment.section?.number ?? '',
      }),
      action: {
        label: t('review:undo'),
        altText: t('review:undoAlt'),
        onAction: () => void undoChange(applied),
      },
    });
  };

  const remove = async (comment: Comment) => {
    const result = await api.comments.remove({ docId, commentId: comment.id });
    if (!result.ok) {
      setFailure(errorText(i18n, result.error));
      return;
    }
    const next = stepId(shown, comment.id, 1);
    await reload();
    if (next && next !== comment.id) select(next, true);
    else heading.current?.focus();
    announce(t('review:remove.done', { number: numberOf(comment) }));
  };

  // The triage keys, over the whole screen while no dialog is open.
  const keys = useRef<(event: KeyboardEvent) => void>(() => undefined);
  const onTriageKey = (event: KeyboardEvent) => {
    if (event.defaultPrevented || dialog) return;
    const target = event.target;
    const inScreen = target instanceof Node && screen.current?.contains(target);
    if (!inScreen && target !== document.body) return;
    const command = event.ctrlKey || event.metaKey;
    if (command && event.key === 'Enter') {
      event.preventDefault();
      void save(true);
      return;
    }
    if (isTyping(target)) return;
    if (command && event.key.toLowerCase() === 'a' && !event.shiftKey && !event.altKey) {
      event.preventDefault();
      checkAll();
      return;
    }
    if (command || event.altKey) return;
    const onRadio = target instanceof HTMLInputElement && target.type === 'radio';
    const key = event.key;
    if (key === 'j' || key === 'J' || (key === 'ArrowDown' && !onRadio)) move(1);
    else if (key === 'k' || key === 'K' || (key === 'ArrowUp' && !onRadio)) move(-1);
    else if (/^[1-5]$/.test(key) && draft) {
      const resolution = resolutions[Number(key) - 1]!;
      setDraft({ ...draft, resolution });
      announce(t('review:announce.resolutionSet', { resolution: resolutionText(resolution) }));
    } else if (
      key === 'r' ||
      key === 'R' ||
      (key === 'Enter' && target instanceof Element && target.closest('.review-item-main'))
    ) {
      const item = target instanceof Element ? target.closest('.review-item') : null;
      const id = item?.getAttribute('data-comment-id');
      if (id && id !== selectedId) {
        select(id, false);
        // After the new selection has rendered its detail pane.
        requestAnimationFrame(() => responseRef.current?.focus());
      } else responseRef.current?.focus();
    } else return;
    event.preventDefault();
  };
  useEffect(() => {
    keys.current = onTriageKey;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => keys.current(event);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const checkedComments = threads
    .filter((thread) => checked.has(thread.comment.id))
    .map((thread) => thread.comment);

  return (
    <div ref={screen} className="review-layout">
      <header className="review-header">
        <div className="review-titles">
          <h2 ref={heading} tabIndex={-1} className="review-title">
            {t('review:title', { title: round.title })}
          </h2>
          <p className="review-version">
            {t('review:version', { number: round.versionNumber, label: round.versionLabel })}
          </p>
        </div>
        <div className="review-progress">
          <p className="review-progress-figure" id="review-progress-figure">
            {t('review:progress', { resolved, total })}
          </p>
          <div
            className="progress-bar"
            role="progressbar"
            aria-labelledby="review-progress-figure"
            aria-valuemin={0}
            aria-valuemax={total}
            aria-valuenow={resolved}
            aria-valuetext={t('review:progress', { resolved, total })}
          >
            <div
              className="progress-fill"
              style={{ width: `${total === 0 ? 0 : (100 * resolved) / total}%` }}
            />
          </div>
        </div>
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => setDialog({ name: 'add' })}
        >
          <Icon name="plus" />
          {t('review:add.open')}
        </button>
      </header>
      <ReviewFilters
        comments={threads.map((thread) => thread.comment)}
        filter={filter}
        onFilter={setFilter}
        sort={sort}
        onSort={setSort}
      />
      <div className="review-toolbar">
        <p className="review-shown" role="status">
          {t('review:filters.shown', { shown: shown.length, total })}
        </p>
        <button
          type="button"
          className="btn btn-small"
          disabled={checked.size === 0}
          onClick={() => setDialog({ name: 'bulk' })}
        >
          {t('review:bulk.open', { count: checked.size })}
        </button>
        {checked.size > 0 && (
          <button
            type="button"
            className="btn btn-small btn-quiet"
            onClick={() => setChecked(new Set())}
          >
            {t('review:bulk.clear')}
          </button>
        )}
      </div>
      <div className="review-keys" role="note" aria-labelledby="review-keys-title">
        <strong id="review-keys-title">{t('review:keys.title')}:</strong>
        <ul>
          <li>{t('review:keys.move')}</li>
          <li>{t('review:keys.resolution')}</li>
          <li>{t('review:keys.response')}</li>
          <li>{t('review:keys.save')}</li>
          <li>{t('review:keys.select')}</li>
        </ul>
      </div>
      <div className="review-body">
        <div className="review-list-pane">
          {total === 0 ? (
            <p className="review-empty">{t('review:list.empty')}</p>
          ) : shown.length === 0 ? (
            <p className="review-empty">{t('review:list.noMatch')}</p>
          ) : (
            <CommentList
              threads={shown}
              selectedId={selectedId}
              checked={checked}
              onSelect={(id) => select(id, false)}
              onToggle={toggle}
              items={items}
            />
          )}
        </div>
        <div className="review-detail-pane">
          {selected && draft ? (
            <CommentDetail
              key={selected.comment.id}
              comment={selected.comment}
              replies={selected.replies}
              questions={round.questions}
              draft={draft}
              onDraft={setDraft}
              onSave={(next) => void save(next)}
              busy={busy}
              responseError={responseError}
              failure={failure}
              responseRef={responseRef}
              onShowPassage={() => {
                const { comment } = selected;
                if (comment.section) onShowPassage(comment.section.id, comment.quote);
              }}
              onApplyChange={() => void applyChange(selected.comment)}
              onUndoChange={() => void undoChange(selected.comment)}
              onEdit={() => setDialog({ name: 'edit', comment: selected.comment })}
              onRemove={() => setDialog({ name: 'remove', comment: selected.comment })}
            />
          ) : (
            <p className="review-empty">{t('review:detail.none')}</p>
          )}
        </div>
      </div>
      {dialog?.name === 'add' && (
        <AddCommentDialog
          docId={docId}
          round={round}
          respondents={respondents}
          onAdded={(comment) => {
            void reload().then(() => select(comment.id, true));
            announce(t('review:add.added', { number: numberOf(comment) }));
          }}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.name === 'bulk' && (
        <BulkResolveDialog
          docId={docId}
          comments={checkedComments}
          onResolved={(changed) => {
            merge(changed);
            setChecked(new Set());
            announce(t('review:announce.bulkSaved', { count: changed.length }));
          }}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.name === 'edit' && (
        <EditCommentDialog
          docId={docId}
          comment={dialog.comment}
          respondents={respondents}
          onSaved={(comment) => merge([comment])}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.name === 'remove' && (
        <ConfirmDialog
          open
          onOpenChange={(open) => {
            if (!open) setDialog(null);
          }}
          title={t('review:remove.title', { number: numberOf(dialog.comment) })}
          description={t('review:remove.description')}
          confirmLabel={t('review:remove.confirm')}
          cancelLabel={t('common.cancel')}
          destructive
          onConfirm={() => void remove(dialog.comment)}
        />
      )}
    </div>
  );
}
