import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Round, RoundPatch } from '../../../../shared/domain/rounds';
import { Field, TextAreaField } from '../../ui/Field';
import { DateField, isDateText } from '../milestones/DateField';
import { dateText, isoOf } from './roundText';

interface RoundSettingsProps {
  round: Round;
  /** Saves a change; answers the refusal (code and text) or null when saved. */
  onSave: (patch: RoundPatch) => Promise<{ code: string; message: string } | null>;
}

/** The round's name, dates and instructions, saved together with "Tallenna muutokset". */
export function RoundSettings({ round, onSave }: RoundSettingsProps) {
  const { t } = useTranslation('rounds');
  const [title, setTitle] = useState(round.title);
  const [opens, setOpens] = useState(dateText(round.opensOn));
  const [closes, setCloses] = useState(dateText(round.closesOn));
  const [instructions, setInstructions] = useState(round.instructions);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<{ code: string; message: string } | null>(null);
  const [saved, setSaved] = useState(false);

  const changed =
    title.trim() !== round.title ||
    isoOf(opens) !== round.opensOn ||
    isoOf(closes) !== round.closesOn ||
    instructions.trim() !== round.instructions;

  const save = async () => {
    setTried(true);
    setSaved(false);
    if (title.trim() === '') {
      setRefusal({ code: 'TITLE', message: t('create.titleRequired') });
      return;
    }
    if (!isDateText(opens) || !isDateText(closes)) return;
    setBusy(true);
    const refused = await onSave({
      title: title.trim(),
      opensOn: isoOf(opens),
      closesOn: isoOf(closes),
      instructions: instructions.trim(),
    });
    setBusy(false);
    setRefusal(refused);
    setSaved(refused === null);
  };

  const edited =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setSaved(false);
      setRefusal(null);
    };

  return (
    <form
      className="round-settings"
      aria-labelledby="round-settings-title"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h3 id="round-settings-title" className="rounds-subheading">
        {t('details.settings')}
      </h3>
      <Field
        label={t('create.name')}
        value={title}
        maxLength={200}
        error={
          refusal?.code === 'TITLE' || refusal?.code === 'DUPLICATE_NAME' ? refusal.message : null
        }
        onChange={(event) => edited(setTitle)(event.target.value)}
      />
      <div className="rounds-dates">
        <DateField
          label={t('fields.opens')}
          value={opens}
          checkNow={tried}
          onChange={edited(setOpens)}
        />
        <DateField
          label={t('fields.closes')}
          value={closes}
          checkNow={tried}
          error={refusal?.code === 'INVALID_DATES' ? refusal.message : null}
          onChange={edited(setCloses)}
        />
      </div>
      <TextAreaField
        label={t('fields.instructions')}
        hint={t('fields.instructionsHint')}
        value={instructions}
        onChange={edited(setInstructions)}
        rows={4}
        maxLength={5000}
      />
      <div className="round-settings-footer">
        <p className="round-settings-state" role="status">
          {saved ? t('details.saved') : ''}
        </p>
        <button type="submit" className="btn" disabled={busy || !changed}>
          {t('details.saveSettings')}
        </button>
      </div>
      {refusal && !['TITLE', 'DUPLICATE_NAME', 'INVALID_DATES'].includes(refusal.code) && (
        <p className="dialog-error" role="alert">
          {refusal.message}
        </p>
      )}
    </form>
  );
}
