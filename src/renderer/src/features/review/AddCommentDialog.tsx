import { useId, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { quoteAt } from '../../../../shared/anchoring';
import {
  commentKinds,
  type Comment,
  type CommentKind,
  type Respondent,
  type Round,
} from '../../../../shared/domain/rounds';
import type { VersionSnapshot } from '../../../../shared/domain/versions';
import { api, errorText } from '../../api/client';
import { FormDialog } from '../../ui/FormDialog';
import { useDialogSubmit } from '../../ui/useDialogSubmit';
import { LoadStatus } from '../versions/LoadStatus';
import { useResult } from '../versions/useResult';

interface AddCommentDialogProps {
  docId: string;
  round: Round;
  respondents: readonly Respondent[];
  onAdded: (comment: Comment) => void;
  onClose: () => void;
}

const WHOLE_PLAN = '';

/** "Lisää kommentti": a comment typed in by hand, on a passage of the round's version. */
export function AddCommentDialog({
  docId,
  round,
  respondents,
  onAdded,
  onClose,
}: AddCommentDialogProps) {
  const { t } = useTranslation();
  const snapshot = useResult(`${docId}/${round.versionId}`, () =>
    api.versions.get({ docId, versionId: round.versionId }),
  );
  return snapshot.state === 'ready' ? (
    <AddCommentForm
      docId={docId}
      round={round}
      respondents={respondents}
      snapshot={snapshot.value}
      onAdded={onAdded}
      onClose={onClose}
    />
  ) : (
    <FormDialog
      title={t('review:add.title')}
      submitLabel={t('review:add.submit')}
      onSubmit={() => undefined}
      onClose={onClose}
      busy
    >
      <LoadStatus loaded={snapshot} loading={t('review:add.loadingVersion')} />
    </FormDialog>
  );
}

interface Errors {
  respondent?: string;
  text?: string;
  proposal?: string;
}

function AddCommentForm({
  docId,
  round,
  respondents,
  snapshot,
  onAdded,
  onClose,
}: AddCommentDialogProps & { snapshot: VersionSnapshot }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [sectionId, setSectionId] = useState(snapshot.outline[0]?.id ?? WHOLE_PLAN);
  const [passage, setPassage] = useState<{ start: number; end: number } | null>(null);
  const [respondentId, setRespondentId] = useState('');
  const [kind, setKind] = useState<CommentKind>('comment');
  const [questionId, setQuestionId] = useState('');
  const [text, setText] = useState('');
  const [proposal, setProposal] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const { busy, failure, run } = useDialogSubmit(onClose);

  const entry = snapshot.outline.find((candidate) => candidate.id === sectionId);
  const plainText = snapshot.sections.find((section) => section.id === sectionId)?.plainText ?? '';
  const quote = passage ? quoteAt(plainText, passage.start, passage.end) : null;
  const questions = round.questions.filter(
    (question) => question.sectionId === null || question.sectionId === sectionId,
  );

  const validate = (): Errors => {
    const found: Errors = {};
    if (respondentId === '') found.respondent = t('review:add.respondentMissing');
    if (kind === 'comment' && text.trim() === '') found.text = t('review:add.textMissing');
    if (kind === 'change' && !quote) found.proposal = t('review:add.proposalNeedsPassage');
    return found;
  };

  const submit = async () => {
    const found = validate();
    setErrors(found);
    const first = Object.keys(found)[0];
    if (first) {
      document.getElementById(`${id}-${first}`)?.focus();
      return;
    }
    await run(async () => {
      const result = await api.comments.add({
        docId,
        roundId: round.id,
        comment: {
          respondentId,
          sectionId: sectionId === WHOLE_PLAN ? null : sectionId,
          quote: sectionId === WHOLE_PLAN ? null : quote,
          questionId: questionId === '' ? null : questionId,
          text,
          kind,
          proposal: kind === 'change' ? proposal : null,
        },
      });
      if (!result.ok) return errorText(i18n, result.error);
      onAdded(result.value);
      return null;
    });
  };

  // Read on every way the selection can change: pointer, keys (Shift+arrows), select events.
  const readPassage = (event: SyntheticEvent<HTMLTextAreaElement>) => {
    const { selectionStart, selectionEnd } = event.currentTarget;
    setPassage(selectionEnd > selectionStart ? { start: selectionStart, end: selectionEnd } : null);
  };

  const describedBy = (field: keyof Errors, hint?: string) =>
    [hint, errors[field] ? `${id}-${field}-error` : null].filter(Boolean).join(' ') || undefined;

  return (
    <FormDialog
      title={t('review:add.title')}
      description={t('review:add.description')}
      submitLabel={t('review:add.submit')}
      onSubmit={submit}
      onClose={onClose}
      busy={busy}
      failure={failure}
      size="wide"
    >
      <div className="field">
        <label htmlFor={`${id}-respondent`} className="field-label">
          {t('review:add.respondent')}
        </label>
        <select
          id={`${id}-respondent`}
          className="field-input"
          value={respondentId}
          aria-invalid={errors.respondent ? true : undefined}
          aria-describedby={describedBy('respondent')}
          onChange={(event) => setRespondentId(event.target.value)}
        >
          <option value="">{t('review:add.chooseRespondent')}</option>
          {respondents.map((respondent) => (
            <option key={respondent.id} value={respondent.id}>
              {respondent.name} ({t(`rounds:respondentKind.${respondent.kind}`)})
            </option>
          ))}
        </select>
        {respondents.length === 0 && <p className="field-hint">{t('review:add.noRespondents')}</p>}
        {errors.respondent && (
          <p id={`${id}-respondent-error`} className="field-error">
            {errors.respondent}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-section`} className="field-label">
          {t('review:add.section')}
        </label>
        <select
          id={`${id}-section`}
          className="field-input"
          value={sectionId}
          onChange={(event) => {
            setSectionId(event.target.value);
            setPassage(null);
            setQuestionId('');
          }}
        >
          {snapshot.outline.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.number} {candidate.title}
            </option>
          ))}
          <option value={WHOLE_PLAN}>{t('review:add.wholePlan')}</option>
        </select>
      </div>
      {entry && (
        <div className="field">
          <label htmlFor={`${id}-version-text`} className="field-label">
            {t('review:add.versionText', {
              number: entry.number,
              version: snapshot.version.number,
            })}
          </label>
          {plainText.trim() === '' ? (
            <p className="field-hint">{t('review:add.emptySection')}</p>
          ) : (
            <textarea
              id={`${id}-version-text`}
              className="field-input add-comment-version-text"
              // Not `readOnly`: Chromium then lets no caret move, and she selects with Shift+arrows.
              // Whatever is typed is dropped: the value stays the version's text.
              aria-readonly="true"
              onChange={() => undefined}
              rows={8}
              value={plainText}
              lang={snapshot.meta.language}
              aria-describedby={`${id}-passage`}
              onSelect={readPassage}
              onKeyUp={readPassage}
              onMouseUp={readPassage}
            />
          )}
          <div id={`${id}-passage`} className="add-comment-passage" aria-live="polite">
            <span className="field-label">{t('review:add.passage')}: </span>
            {quote ? (
              <>
                <q>{quote.exact}</q>{' '}
                <button
                  type="button"
                  className="btn btn-small btn-quiet"
                  onClick={() => setPassage(null)}
                >
                  {t('review:add.clearPassage')}
                </button>
              </>
            ) : (
              t('review:add.noPassage')
            )}
          </div>
        </div>
      )}
      <fieldset className="add-comment-kind">
        <legend className="field-label">{t('review:add.kind')}</legend>
        {commentKinds.map((candidate) => (
          <label key={candidate}>
            <input
              type="radio"
              name={`${id}-kind`}
              value={candidate}
              checked={kind === candidate}
              onChange={() => setKind(candidate)}
            />{' '}
            {t(`rounds:commentKind.${candidate}`)}
          </label>
        ))}
      </fieldset>
      {kind === 'change' && (
        <div className="field">
          <label htmlFor={`${id}-proposal`} className="field-label">
            {t('review:add.proposal')}
          </label>
          <textarea
            id={`${id}-proposal`}
            className="field-input field-textarea"
            rows={3}
            maxLength={4000}
            value={proposal}
            aria-invalid={errors.proposal ? true : undefined}
            aria-describedby={describedBy('proposal', `${id}-proposal-hint`)}
            onChange={(event) => setProposal(event.target.value)}
          />
          <p id={`${id}-proposal-hint`} className="field-hint">
            {t('review:add.proposalHint')}
          </p>
          {errors.proposal && (
            <p id={`${id}-proposal-error`} className="field-error">
              {errors.proposal}
            </p>
          )}
        </div>
      )}
      {questions.length > 0 && (
        <div className="field">
          <label htmlFor={`${id}-question`} className="field-label">
            {t('review:add.question')}
          </label>
          <select
            id={`${id}-question`}
            className="field-input"
            value={questionId}
            onChange={(event) => setQuestionId(event.target.value)}
          >
            <option value="">{t('review:add.noQuestion')}</option>
            {questions.map((question) => (
              <option key={question.id} value={question.id}>
                {question.number}. {question.text}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-text`} className="field-label">
          {t('review:add.text')}
        </label>
        <textarea
          id={`${id}-text`}
          className="field-input field-textarea"
          rows={4}
          maxLength={20_000}
          value={text}
          aria-invalid={errors.text ? true : undefined}
          aria-describedby={describedBy('text')}
          onChange={(event) => setText(event.target.value)}
        />
        {errors.text && (
          <p id={`${id}-text-error`} className="field-error">
            {errors.text}
          </p>
        )}
      </div>
    </FormDialog>
  );
}
