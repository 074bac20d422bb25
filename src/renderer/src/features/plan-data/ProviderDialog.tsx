import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  educationLevels,
  providerKinds,
  providerLanguages,
  providerPlanStatuses,
  type Provider,
} from '../../../../shared/domain/plan-data';
import { api } from '../../api/client';
import { Field, SelectField, TextAreaField } from '../../ui/Field';
import { FormDialog } from '../../ui/FormDialog';
import { useDialogSubmit } from '../../ui/useDialogSubmit';
import { DateField } from '../milestones/DateField';
import { NameField } from './NameField';
import { NeedFiguresField } from './NeedFiguresField';
import type { PlanDataStore } from './planDataStore';
import { providerForm, providerInput, type ProviderFormProblem } from './providerForm';
import { useApplyData } from './useApplyData';

interface ProviderDialogProps {
  store: PlanDataStore;
  /** null: a new provider. */
  provider: Provider | null;
  onSaved: (name: string) => void;
  onClose: () => void;
}

/** "Lisää järjestäjä" / "Muokkaa järjestäjää": every field of a provider and its own plan. */
export function ProviderDialog({ store, provider, onSaved, onClose }: ProviderDialogProps) {
  const { t, i18n } = useTranslation('staffingView');
  const { t: tData } = useTranslation('planData');
  const applyData = useApplyData(store);
  const [form, setForm] = useState(() => providerForm(provider, i18n.language));
  const [problems, setProblems] = useState<ProviderFormProblem[]>([]);
  const [nameError, setNameError] = useState<string | null>(null);
  const [tried, setTried] = useState(false);
  const { busy, failure, run } = useDialogSubmit(onClose);
  const update = (change: Partial<typeof form>) =>
    setForm((current) => ({ ...current, ...change }));

  const submit = async () => {
    setTried(true);
    const checked = providerInput(form, provider?.id, educationLevels);
    if ('problems' in checked) {
      setProblems(checked.problems);
      return;
    }
    setProblems([]);
    await run(async () => {
      const saved = await applyData(
        api.providers.save({ docId: store.docId, provider: checked.input }),
      );
      if (saved.failure === null) {
        onSaved(checked.input.name);
        return null;
      }
      if (saved.error.code === 'DUPLICATE_NAME') setNameError(saved.failure);
      return saved.failure;
    });
  };

  const has = (problem: ProviderFormProblem) => problems.includes(problem);
  const figureProblems = problems.flatMap((problem) =>
    typeof problem === 'object' ? [problem.figure] : [],
  );

  return (
    <FormDialog
      title={provider ? t('provider.editTitle') : t('provider.addTitle')}
      description={t('provider.description')}
      submitLabel={provider ? t('provider.save') : t('provider.add')}
      onSubmit={submit}
      onClose={onClose}
      busy={busy}
      failure={failure}
      size="wide"
    >
      <NameField
        label={t('provider.name')}
        value={form.name}
        error={has('name') ? t('provider.nameRequired') : nameError}
        onChange={(name) => {
          update({ name });
          setNameError(null);
        }}
      />
      <div className="plan-data-field-row">
        <SelectField
          label={t('provider.kind')}
          value={form.kind}
          onChange={(kind) => update({ kind: kind as typeof form.kind })}
        >
          {providerKinds.map((kind) => (
            <option key={kind} value={kind}>
              {tData(`providerKind.${kind}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('provider.language')}
          value={form.language}
          onChange={(language) => update({ language: language as typeof form.language })}
        >
          {providerLanguages.map((language) => (
            <option key={language} value={language}>
              {tData(`providerLanguage.${language}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <fieldset
        className="plan-data-choices"
        aria-describedby={has('levels') ? 'provider-levels-error' : undefined}
      >
        <legend className="field-label">{t('provider.levels')}</legend>
        <div className="plan-data-choice-list">
          {educationLevels.map((level) => (
            <label key={level} className="plan-data-choice">
              <input
                type="checkbox"
                checked={form.levels.includes(level)}
                onChange={(event) =>
                  update({
                    levels: event.target.checked
                      ? [...form.levels, level]
                      : form.levels.filter((chosen) => chosen !== level),
                  })
                }
              />
              {tData(`level.${level}`)}
            </label>
          ))}
        </div>
        {has('levels') && (
          <p id="provider-levels-error" className="field-error">
            {t('provider.levelsRequired')}
          </p>
        )}
      </fieldset>
      <fieldset className="plan-data-choices">
        <legend className="field-label">{t('provider.status')}</legend>
        <div className="plan-data-choice-list">
          {providerPlanStatuses.map((status) => (
            <label key={status} className="plan-data-choice">
              <input
                type="radio"
                name="provider-plan-status"
                checked={form.planStatus === status}
                onChange={() => update({ planStatus: status })}
              />
              {tData(`planStatus.${status}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="plan-data-field-row">
        {form.planStatus === 'adopted' && (
          <DateField
            label={t('provider.adoptedOn')}
            value={form.adoptedOn}
            checkNow={tried}
            onChange={(adoptedOn) => update({ adoptedOn })}
          />
        )}
        <Field
          label={t('provider.reference')}
          hint={t('provider.referenceHint')}
          value={form.planReference}
          maxLength={1000}
          onChange={(event) => update({ planReference: event.target.value })}
        />
      </div>
      <TextAreaField
        label={t('provider.needText')}
        hint={t('provider.needTextHint')}
        value={form.needText}
        onChange={(needText) => update({ needText })}
        rows={3}
        maxLength={5000}
      />
      <NeedFiguresField
        figures={form.figures}
        invalid={figureProblems}
        onChange={(figures) => update({ figures })}
      />
    </FormDialog>
  );
}
