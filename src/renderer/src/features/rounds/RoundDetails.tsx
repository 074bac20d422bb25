import { useTranslation } from 'react-i18next';
import {
  roundStatuses,
  type Respondent,
  type Round,
  type RoundPatch,
  type RoundStatus,
} from '../../../../shared/domain/rounds';
import type { Outline } from '../../../../shared/domain/section';
import type { Result } from '../../../../shared/result';
import { api, errorText } from '../../api/client';
import { useReportError } from '../../ui/AlertBanner';
import { SelectField } from '../../ui/Field';
import { Icon } from '../../ui/Icon';
import { LoadStatus } from '../versions/LoadStatus';
import { useEscapeBack } from '../versions/useEscapeBack';
import { useResult } from '../versions/useResult';
import { useScreenFocus } from '../versions/useScreenFocus';
import { InviteeList } from './InviteeList';
import { PackageFiles } from './PackageFiles';
import { QuestionList } from './QuestionList';
import { BackButton } from '../../ui/BackButton';
import { ReviewProgress } from './RoundTable';
import { RoundSettings } from './RoundSettings';
import { useRoundText } from './roundText';
import type { Live } from './useLive';
import { useRoundFiles } from './useRoundFiles';

interface RoundDetailsProps {
  docId: string;
  round: Live<Round>;
  /** The current outline: the sections to ask about while the round's version is read. */
  outline: Outline;
  respondents: Respondent[];
  onBack: () => void;
  onReview: () => void;
  onImport: () => void;
  /** Returned files are being read for the import. */
  importing: boolean;
  onRegister: () => void;
  /** A change of the round (its title, status, counts) the list should show too. */
  onChanged: () => void;
}

/** One round: its settings, who was asked and who answered, its questions and its files. */
export function RoundDetails(props: RoundDetailsProps) {
  const { t } = useTranslation('rounds');
  useEscapeBack(props.onBack);
  const loaded = props.round.loaded;
  return (
    <div className="rounds-screen">
      <BackButton label={t('details.back')} onBack={props.onBack} />
      <LoadStatus loaded={loaded} loading={t('details.loading')} />
      {loaded.state === 'ready' && <RoundPage {...props} value={loaded.value} />}
    </div>
  );
}

function RoundPage({
  docId,
  round,
  value,
  outline,
  respondents,
  onReview,
  onImport,
  importing,
  onRegister,
  onChanged,
}: RoundDetailsProps & { value: Round }) {
  const { t, i18n } = useTranslation('rounds');
  const text = useRoundText();
  const reportError = useReportError();
  const heading = useScreenFocus<HTMLHeadingElement>();
  const files = useRoundFiles(docId, value);
  // The sections as the round's version has them; the current ones until that is read.
  const version = useResult(`${docId}/${value.versionId}`, () =>
    api.versions.get({ docId, versionId: value.versionId }),
  );
  const sections = version.state === 'ready' ? version.value.outline : outline;

  /** Takes the round a change answered with; answers the refusal, or null. */
  const apply = (result: Result<Round>) => {
    if (!result.ok) return { code: result.error.code, message: errorText(i18n, result.error) };
    round.set(result.value);
    onChanged();
    return null;
  };
  const update = async (patch: RoundPatch) =>
    apply(await api.rounds.update({ docId, roundId: value.id, patch }));
  /** A change made outside a form: its refusal goes to the app's alert. */
  const change = async (patch: RoundPatch) => {
    const refused = await update(patch);
    reportError(refused?.message ?? null);
    return refused === null;
  };

  return (
    <>
      <header className="round-header">
        <div className="round-heading-text">
          <h2 ref={heading} tabIndex={-1} className="screen-heading">
            {value.title}
          </h2>
          <p className="rounds-intro">
            {[text.version(value), text.period(value) ?? t('list.noDates')].join(' · ')}
          </p>
          <ReviewProgress resolved={value.resolved} total={value.comments} />
        </div>
        <div className="round-status-field">
          <SelectField
            label={t('details.status')}
            value={value.status}
            onChange={(status) => void change({ status: status as RoundStatus })}
          >
            {roundStatuses.map((status) => (
              <option key={status} value={status}>
                {t(`status.${status}`)}
              </option>
            ))}
          </SelectField>
        </div>
      </header>
      <div className="round-actions" role="group" aria-label={t('details.actions')}>
        <button type="button" className="btn btn-primary" onClick={onReview}>
          <Icon name="listCheck" />
          {t('details.review')}
        </button>
        <button type="button" className="btn" disabled={importing} onClick={onImport}>
          <Icon name="fileImport" />
          {t('details.import')}
        </button>
        <button
          type="button"
          className="btn"
          disabled={files.busy !== null}
          onClick={() => void files.exportSummary('docx')}
        >
          <Icon name="file" />
          {t('summary.docx')}
        </button>
        <button
          type="button"
          className="btn"
          disabled={files.busy !== null}
          onClick={() => void files.exportSummary('csv')}
        >
          <Icon name="table" />
          {t('summary.csv')}
        </button>
        <button
          type="button"
          className="btn"
          disabled={files.busy !== null}
          onClick={() => void files.writePackage()}
        >
          <Icon name="folder" />
          {t('package.write')}
        </button>
      </div>
      <div role="alert" className="dialog-error">
        {files.failure}
      </div>
      <p className="rounds-reading" role="status">
        {importing && t('import.reading')}
        {files.busy === 'package' && t('package.writing')}
        {(files.busy === 'docx' || files.busy === 'csv') && t('summary.writing')}
      </p>
      {files.written && <PackageFiles written={files.written} />}
      <div className="round-columns">
        <RoundSettings key={value.id} round={value} onSave={update} />
        <InviteeList
          round={value}
          respondents={respondents}
          onInvite={(invited) => change({ invited })}
          onRegister={onRegister}
        />
      </div>
      <QuestionList
        round={value}
        sections={sections}
        onSave={async (questionId, sectionId, questionText) => {
          const refused = apply(
            await api.rounds.saveQuestion({
              docId,
              roundId: value.id,
              sectionId,
              text: questionText,
              ...(questionId ? { questionId } : {}),
            }),
          );
          return refused?.message ?? null;
        }}
        onRemove={(questionId) =>
          void api.rounds
            .removeQuestion({ docId, roundId: value.id, questionId })
            .then((result) => reportError(apply(result)?.message ?? null))
        }
      />
    </>
  );
}
