import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Outline } from '../../../../shared/domain/section';
import type { TextQuote } from '../../../../shared/domain/rounds';
import { fail } from '../../../../shared/result';
import { api } from '../../api/client';
import { useReportError } from '../../ui/AlertBanner';
import { useToast } from '../../ui/Toasts';
import { useMenuCommand } from '../commands/MenuCommands';
import { useCommentImport } from '../comment-import/useCommentImport';
import { ReviewScreen } from '../review/ReviewScreen';
import { NewRoundDialog } from './NewRoundDialog';
import { RespondentsDialog } from './RespondentsDialog';
import { RoundDetails } from './RoundDetails';
import { RoundListScreen } from './RoundListScreen';
import type { RoundsScreen } from './roundsScreen';
import { useLive } from './useLive';
import { useResult } from '../versions/useResult';

/** What the round's data is while the list is shown (no round asked for). */
const noRound = fail('NOT_FOUND');

export interface RoundsViewProps {
  docId: string;
  outline: Outline;
  /** Shows a comment's passage in the text view (or its section, when quote is null). */
  onShowPassage: (sectionId: string, quote: TextQuote | null) => void;
  /** Opens straight into the review of this round at this comment (from the editor's margin). */
  review: { roundId: string; commentId: string } | null;
  /** The view has taken `review` over (so going back to the list later does not reopen it). */
  onReviewShown: () => void;
  /** A change proposal applied or undone in the review replaced this section's stored text. */
  onSectionReplaced: (sectionId: string) => void;
  /** "Tuo kommentteja…" was chosen from the menu while another view was shown. */
  importRequested: boolean;
  /** The view has started that import (so showing the view again does not repeat it). */
  onImportTaken: () => void;
}

/** "Kommentit": the plan's comment rounds, one round's details, and the chair's review. */
export function RoundsView({
  docId,
  outline,
  onShowPassage,
  review,
  onReviewShown,
  onSectionReplaced,
  importRequested,
  onImportTaken,
}: RoundsViewProps) {
  const { t } = useTranslation('rounds');
  const reportError = useReportError();
  const toast = useToast();
  const [screen, setScreen] = useState<RoundsScreen>({ name: 'list' });
  const [creating, setCreating] = useState(false);
  const [registerOpen, setRegisterOpen] = useState(false);
  const rounds = useLive(docId, () => api.rounds.list({ docId }));
  const respondents = useLive(docId, () => api.respondents.list({ docId }));
  const roundId = screen.name === 'list' ? null : screen.roundId;
  const round = useLive(`${docId}/${roundId ?? ''}`, () =>
    roundId ? api.rounds.get({ docId, roundId }) : Promise.resolve(noRound),
  );
  const versions = useResult(`${docId}/versions/${String(creating)}`, () =>
    creating ? api.versions.list({ docId }) : Promise.resolve({ ok: true as const, value: [] }),
  );
  const register = respondents.loaded.state === 'ready' ? respondents.loaded.value : [];

  const imports = useCommentImport(docId, register, () => {
    rounds.reload();
    round.reload();
    respondents.reload();
  });

  // From a comment in the editor's margin: straight into that round's review, at that comment.
  const [taken, setTaken] = useState<RoundsViewProps['review']>(null);
  if (review && review !== taken) {
    setTaken(review);
    setScreen({ name: 'review', roundId: review.roundId, commentId: review.commentId });
  }
  const reviewShown = useRef(onReviewShown);
  useEffect(() => {
    reviewShown.current = onReviewShown;
  });
  useEffect(() => {
    if (review) reviewShown.current();
  }, [review]);

  /** The round an import from the menu goes to: the one shown, else the newest open one. */
  const importTarget = () => {
    const list = rounds.loaded.state === 'ready' ? rounds.loaded.value : [];
    const shown = list.find((candidate) => candidate.id === roundId);
    return shown ?? list.find((candidate) => candidate.status === 'open') ?? list[0] ?? null;
  };
  const importFromMenu = () => {
    const target = importTarget();
    if (!target) {
      reportError(t('import.noRound'));
      return;
    }
    if (screen.name === 'list') setScreen({ name: 'round', roundId: target.id });
    void imports.start(target);
  };
  useMenuCommand('importComments', importFromMenu);
  // Asked for from another view: once the rounds are known, as if chosen here.
  const roundsKnown = rounds.loaded.state === 'ready';
  const importNow = useRef(importFromMenu);
  useEffect(() => {
    importNow.current = importFromMenu;
  });
  const importTaken = useRef(onImportTaken);
  useEffect(() => {
    importTaken.current = onImportTaken;
  });
  useEffect(() => {
    if (!importRequested || !roundsKnown) return;
    importTaken.current();
    importNow.current();
  }, [importRequested, roundsKnown]);

  const toList = () => setScreen({ name: 'list' });

  return (
    <main className="plan-view-main rounds-view" id="rounds" aria-label={t('list.heading')}>
      {screen.name === 'list' && (
        <RoundListScreen
          rounds={rounds.loaded}
          onOpen={(id) => setScreen({ name: 'round', roundId: id })}
          onNewRound={() => setCreating(true)}
          onRespondents={() => setRegisterOpen(true)}
        />
      )}
      {screen.name === 'round' && (
        <RoundDetails
          docId={docId}
          round={round}
          outline={outline}
          respondents={register}
          onBack={toList}
          onReview={() => setScreen({ name: 'review', roundId: screen.roundId, commentId: null })}
          onImport={() => {
            if (round.loaded.state === 'ready') void imports.start(round.loaded.value);
          }}
          importing={imports.reading}
          onRegister={() => setRegisterOpen(true)}
          onChanged={rounds.reload}
        />
      )}
      {screen.name === 'review' && (
        <ReviewScreen
          docId={docId}
          roundId={screen.roundId}
          outline={outline}
          initialCommentId={screen.commentId}
          onSectionReplaced={onSectionReplaced}
          onBack={() => {
            rounds.reload();
            round.reload();
            setScreen({ name: 'round', roundId: screen.roundId });
          }}
          onShowPassage={onShowPassage}
        />
      )}
      {creating && (
        <NewRoundDialog
          docId={docId}
          versions={versions.state === 'ready' ? versions.value : []}
          onClose={() => setCreating(false)}
          onCreated={(created) => {
            rounds.reload();
            toast({
              title: t('create.created', { title: created.title, number: created.versionNumber }),
            });
            setScreen({ name: 'round', roundId: created.id });
          }}
        />
      )}
      {registerOpen && (
        <RespondentsDialog
          docId={docId}
          respondents={register}
          onChanged={(list) => {
            respondents.set(list);
            round.reload();
          }}
          onClose={() => setRegisterOpen(false)}
        />
      )}
      {imports.dialog}
    </main>
  );
}
