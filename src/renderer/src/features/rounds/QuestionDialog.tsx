import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Question } from '../../../../shared/domain/rounds';
import type { Outline } from '../../../../shared/domain/section';
import { SelectField, TextAreaField } from '../../ui/Field';
import { FormDialog } from '../../ui/FormDialog';
import { useDialogSubmit } from '../../ui/useDialogSubmit';

/** The section select's value for "Koko suunnitelma" (the others are section ids). */
const WHOLE_PLAN = '';

interface QuestionDialogProps {
  /** The question reworded, or null for a new one. */
  question: Question | null;
  /** The sections of the round's version. */
  sections: Outline;
  /** Saves; answers a failure's text, or null when saved. */
  onSave: (sectionId: string | null, text: string) => Promise<string | null>;
  onClose: () => void;
}

/** "Lisää kysymys" / "Muokkaa kysymystä": what is asked, and about which part of the plan. */
export function QuestionDialog({ question, sections, onSave, onClose }: QuestionDialogProps) {
  const { t } = useTranslation('rounds');
  const [sectionId, setSectionId] = useState(question?.sectionId ?? WHOLE_PLAN);
  const [text, setText] = useState(question?.text ?? '');
  const [missing, setMissing] = useState(false);
  const { busy, failure, run } = useDialogSubmit(onClose);

  const submit = async () => {
    if (text.trim() === '') {
      setMissing(true);
      return;
    }
    await run(() => onSave(sectionId === WHOLE_PLAN ? null : sectionId, text.trim()));
  };

  return (
    <FormDialog
      title={
        question ? t('questions.editTitle', { number: question.number }) : t('questions.addTitle')
      }
      description={t('questions.description')}
      submitLabel={question ? t('questions.saveChanges') : t('questions.add')}
      onSubmit={submit}
      onClose={onClose}
      busy={busy}
      failure={failure ?? (missing ? t('questions.textRequired') : null)}
      size="wide"
    >
      <SelectField label={t('questions.section')} value={sectionId} onChange={setSectionId}>
        <option value={WHOLE_PLAN}>{t('questions.wholePlan')}</option>
        {sections.map((entry) => (
          <option key={entry.id} value={entry.id}>
            {`${'\u2003'.repeat(entry.depth - 1)}${entry.number} ${entry.title}`}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        label={t('questions.text')}
        hint={t('questions.textHint')}
        value={text}
        onChange={(value) => {
          setText(value);
          setMissing(false);
        }}
        rows={4}
        maxLength={2000}
      />
    </FormDialog>
  );
}
