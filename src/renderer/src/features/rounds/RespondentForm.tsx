import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  respondentKinds,
  type Respondent,
  type RespondentKind,
} from '../../../../shared/domain/rounds';
import { Field, SelectField } from '../../ui/Field';

export interface RespondentDraft {
  name: string;
  kind: RespondentKind;
  contact: string;
}

interface RespondentFormProps {
  /** The respondent changed, or null for a new one. */
  editing: Respondent | null;
  /** Saves; answers the name field's error (DUPLICATE_NAME), another failure, or null when saved. */
  onSave: (draft: RespondentDraft) => Promise<{ name?: string; other?: string } | null>;
  onCancel: () => void;
}

/** Adding or changing one respondent of the register, inside the register dialog. */
export function RespondentForm({ editing, onSave, onCancel }: RespondentFormProps) {
  const { t } = useTranslation('rounds');
  const [name, setName] = useState(editing?.name ?? '');
  const [kind, setKind] = useState<RespondentKind>(editing?.kind ?? 'municipality');
  const [contact, setContact] = useState(editing?.contact ?? '');
  const [nameError, setNameError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    if (name.trim() === '') {
      setNameError(t('respondents.nameRequired'));
      return;
    }
    setBusy(true);
    const refused = await onSave({ name: name.trim(), kind, contact: contact.trim() });
    setBusy(false);
    setNameError(refused?.name ?? null);
    setFailure(refused?.other ?? null);
  };

  return (
    <fieldset className="respondent-form">
      <legend>
        {editing ? t('respondents.editTitle', { name: editing.name }) : t('respondents.addTitle')}
      </legend>
      <div className="respondent-form-fields">
        <Field
          label={t('respondents.name')}
          error={nameError}
          value={name}
          maxLength={200}
          autoFocus
          onChange={(event) => {
            setName(event.target.value);
            setNameError(null);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              void save();
            }
          }}
        />
        <SelectField
          label={t('respondents.kind')}
          value={kind}
          onChange={(value) => setKind(value as RespondentKind)}
        >
          {respondentKinds.map((option) => (
            <option key={option} value={option}>
              {t(`respondentKind.${option}`)}
            </option>
          ))}
        </SelectField>
        <Field
          label={t('respondents.contact')}
          hint={t('respondents.contactHint')}
          value={contact}
          maxLength={500}
          onChange={(event) => setContact(event.target.value)}
        />
      </div>
      <div role="alert" className="dialog-error">
        {failure}
      </div>
      <div className="respondent-form-buttons">
        <button type="button" className="btn" onClick={onCancel}>
          {t('respondents.cancel')}
        </button>
        <button
          type="button"
          className="btn btn-primary"
          disabled={busy}
          onClick={() => void save()}
        >
          {editing ? t('respondents.saveChanges') : t('respondents.add')}
        </button>
      </div>
    </fieldset>
  );
}
