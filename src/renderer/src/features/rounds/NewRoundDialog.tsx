import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Round } from '../../../../shared/domain/rounds';
import type { VersionSummary } from '../../../../shared/domain/versions';
import { usePlan } from '../plan/PlanContext';
import { api, errorText } from '../../api/client';
import { Field, SelectField, TextAreaField } from '../../ui/Field';
import { FormDialog } from '../../ui/FormDialog';
import { useDialogSubmit } from '../../ui/useDialogSubmit';
import { DateField, isDateText } from '../milestones/DateField';
import { VersionOptions } from '../milestones/VersionOptions';
import { isoOf } from './roundText';

/** The version select's value for "the text as it is now" (the others are version ids). */
const CURRENT = '';

interface NewRoundDialogProps {
  docId: string;
  versions: VersionSummary[];
  onCreated: (round: Round) => void;
  onClose: () => void;
}

/** "Uusi kommenttikierros": a title, the version sent out, the dates and the instructions. */
export function NewRoundDialog({ docId, versions, onCreated, onClose }: NewRoundDialogProps) {
  const { t, i18n } = useTranslation('rounds');
  const { t: tUi } = useTranslation();
  const { saves } = usePlan();
  const [title, setTitle] = useState('');
  const [versionId, setVersionId] = useState(CURRENT);
  const [opens, setOpens] = useState('');
  const [closes, setCloses] = useState('');
  const [instructions, setInstructions] = useState('');
  const [tried, setTried] = useState(false);
  const [titleError, setTitleError] = useState<string | null>(null);
  const [datesError, setDatesError] = useState<string | null>(null);
  const { busy, failure, run } = useDialogSubmit(onClose);

  const submit = async () => {
    setTried(true);
    const missing = title.trim() === '' ? t('create.titleRequired') : null;
    setTitleError(missing);
    if (missing || !isDateText(opens) || !isDateText(closes)) return;
    await run(async () => {
      // A round on the current text freezes it with everything typed so far.
      if (versionId === CURRENT && !(await saves.flushAll())) return tUi('plan.unsavedFirst');
      const result = await api.rounds.create({
        docId,
        title: title.trim(),
        versionId: versionId === CURRENT ? null : versionId,
        opensOn: isoOf(opens),
        closesOn: isoOf(closes),
        instructions: instructions.trim(),
      });
      if (result.ok) {
        onCreated(result.value);
        return null;
      }
      const message = errorText(i18n, result.error);
      // A refusal that belongs to one field is shown at that field.
      if (result.error.code === 'DUPLICATE_NAME') setTitleError(message);
      if (result.error.code === 'INVALID_DATES') setDatesError(message);
      return message;
    });
  };

  return (
    <FormDialog
      title={t('create.title')}
      description={t('create.description')}
      submitLabel={t('create.submit')}
      onSubmit={submit}
      onClose={onClose}
      busy={busy}
      failure={failure}
      size="wide"
    >
      <Field
        label={t('create.name')}
        hint={t('create.nameHint')}
        error={titleError}
        value={title}
        maxLength={200}
        autoFocus
        onChange={(event) => {
          setTitle(event.target.value);
          setTitleError(null);
        }}
      />
      <SelectField label={t('create.version')} value={versionId} onChange={setVersionId}>
        <option value={CURRENT}>{t('create.currentText')}</option>
        <VersionOptions versions={versions} />
      </SelectField>
      <p className="field-hint rounds-version-hint">
        {versionId === CURRENT ? t('create.currentHint') : t('create.versionHint')}
      </p>
      <div className="rounds-dates">
        <DateField
          label={t('fields.opens')}
          value={opens}
          checkNow={tried}
          onChange={(value) => {
            setOpens(value);
            setDatesError(null);
          }}
        />
        <DateField
          label={t('fields.closes')}
          value={closes}
          checkNow={tried}
          error={datesError}
          onChange={(value) => {
            setCloses(value);
            setDatesError(null);
          }}
        />
      </div>
      <TextAreaField
        label={t('fields.instructions')}
        hint={t('fields.instructionsHint')}
        value={instructions}
        onChange={setInstructions}
        rows={4}
        maxLength={5000}
      />
    </FormDialog>
  );
}
