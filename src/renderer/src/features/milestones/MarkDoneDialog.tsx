import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFinnishDate, parseFinnishDate } from '../../../../shared/dates';
import { decisionKinds, type Milestone } from '../../../../shared/domain/milestones';
import type { VersionSummary } from '../../../../shared/domain/versions';
import type { AppError } from '../../../../shared/result';
import { errorText } from '../../api/client';
import { SelectField } from '../../ui/Field';
import { FormDialog } from '../../ui/FormDialog';
import { DateField } from './DateField';
import { useMilestoneText } from './milestoneText';
import { VersionOptions } from './VersionOptions';

interface MarkDoneDialogProps {
  milestone: Milestone;
  versions: VersionSummary[];
  /** Today in Helsinki (from the core's clock), the default date. */
  today: string;
  /** `versionId` null freezes the current text; answers the refusal, or null when done. */
  onMarkDone: (actualDate: string, versionId: string | null) => Promise<AppError | null>;
  onClose: () => void;
}

/**
 * "Merkitse toteutuneeksi": the day it happened and, for a decision, which text was decided on —
 * by default the text as it is now, frozen as the decision version; or a version frozen earlier.
 */
export function MarkDoneDialog({
  milestone,
  versions,
  today,
  onMarkDone,
  onClose,
}: MarkDoneDialogProps) {
  const { t, i18n } = useTranslation();
  const text = useMilestoneText();
  const decision = decisionKinds.includes(milestone.kind);
  const [date, setDate] = useState(formatFinnishDate(milestone.actualDate ?? today));
  const [linkExisting, setLinkExisting] = useState(false);
  const [versionId, setVersionId] = useState(
    milestone.versionId ?? text.newestFirst(versions)[0]?.id ?? '',
  );
  const [checkNow, setCheckNow] = useState(false);
  const [dateError, setDateError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    setCheckNow(true);
    const actualDate = parseFinnishDate(date);
    if (!actualDate) return;
    setBusy(true);
    const refused = await onMarkDone(actualDate, decision && linkExisting ? versionId : null);
    setBusy(false);
    if (!refused) return onClose();
    if (refused.code === 'INVALID_DATES') setDateError(errorText(i18n, refused));
    else setFailure(errorText(i18n, refused));
  };

  return (
    <FormDialog
      title={t('timeline.markDone.title', { title: text.name(milestone) })}
      description={t('timeline.markDone.description')}
      submitLabel={t('timeline.markDone.submit')}
      onSubmit={submit}
      onClose={onClose}
      busy={busy}
      failure={failure}
    >
      <DateField
        label={t('timeline.markDone.actualDate')}
        value={date}
        onChange={(value) => {
          setDate(value);
          setDateError(null);
        }}
        checkNow={checkNow}
        error={dateError}
        autoFocus
      />
      {decision && (
        <VersionChoice
          versions={versions}
          linkExisting={linkExisting}
          onLinkExisting={(value) => {
            setLinkExisting(value);
            setDateError(null);
          }}
          versionId={versionId}
          onVersionId={setVersionId}
        />
      )}
    </FormDialog>
  );
}

interface VersionChoiceProps {
  versions: VersionSummary[];
  linkExisting: boolean;
  onLinkExisting: (linkExisting: boolean) => void;
  versionId: string;
  onVersionId: (id: string) => void;
}

function VersionChoice({
  versions,
  linkExisting,
  onLinkExisting,
  versionId,
  onVersionId,
}: VersionChoiceProps) {
  const { t } = useTranslation();
  const name = useId();
  const freezeHint = useId();
  return (
    <fieldset className="milestone-fieldset">
      <legend>{t('timeline.markDone.version')}</legend>
      <label className="milestone-radio">
        <input
          type="radio"
          name={name}
          checked={!linkExisting}
          aria-describedby={freezeHint}
          onChange={() => onLinkExisting(false)}
        />
        {t('timeline.markDone.freeze')}
      </label>
      <p id={freezeHint} className="field-hint milestone-radio-hint">
        {t('timeline.markDone.freezeHint')}
      </p>
      <label className="milestone-radio">
        <input
          type="radio"
          name={name}
          checked={linkExisting}
          disabled={versions.length === 0}
          onChange={() => onLinkExisting(true)}
        />
        {t('timeline.markDone.link')}
      </label>
      {versions.length === 0 && (
        <p className="field-hint milestone-radio-hint">{t('timeline.markDone.noVersions')}</p>
      )}
      {linkExisting && (
        <SelectField
          label={t('timeline.markDone.linkSelect')}
          value={versionId}
          onChange={onVersionId}
        >
          <VersionOptions versions={versions} />
        </SelectField>
      )}
    </fieldset>
  );
}
