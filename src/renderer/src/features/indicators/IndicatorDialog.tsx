import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  directions,
  indicatorSources,
  type Indicator,
  type IndicatorInput,
  type IndicatorSource,
} from '../../../../shared/domain/plan-data';
import { Field, SelectField, TextAreaField } from '../../ui/Field';
import { FormDialog } from '../../ui/FormDialog';
import { useDialogSubmit } from '../../ui/useDialogSubmit';
import { NameField } from '../plan-data/NameField';
import {
  initialForm,
  readForm,
  type FormProblems,
  type IndicatorFormState,
  type YearValueText,
} from './indicatorForm';
import { useFigures } from './useFigures';

interface IndicatorDialogProps {
  /** null: a new indicator. */
  indicator: Indicator | null;
  /** Saves it; answers a failure's text, or null when saved. */
  onSave: (input: IndicatorInput) => Promise<string | null>;
  onClose: () => void;
}

/** "Uusi indikaattori" and "Muokkaa tietoja": every field of an indicator but its values. */
export function IndicatorDialog({ indicator, onSave, onClose }: IndicatorDialogProps) {
  const { t } = useTranslation('indicatorsView');
  const { language } = useFigures();
  const [form, setForm] = useState<IndicatorFormState>(() => initialForm(indicator, language));
  const [problems, setProblems] = useState<FormProblems>({ baseline: {}, target: {} });
  const { busy, failure, run } = useDialogSubmit(onClose);
  const betterName = useId();

  const set = <K extends keyof IndicatorFormState>(key: K, value: IndicatorFormState[K]) =>
    setForm((current) => ({ ...current, [key]: value }));
  const setPair = (key: 'baseline' | 'target', part: keyof YearValueText, value: string) =>
    setForm((current) => ({ ...current, [key]: { ...current[key], [part]: value } }));
  const problemText = (problem: string | undefined) => (problem ? t(`problems.${problem}`) : null);

  const submit = () => {
    const read = readForm(form, indicator?.id);
    setProblems(read.problems);
    if (!read.input) return run(() => Promise.resolve(t('problems.fixMarked')));
    const input = read.input;
    return run(() => onSave(input));
  };

  return (
    <FormDialog
      title={indicator ? t('form.titleEdit') : t('form.titleNew')}
      submitLabel={indicator ? t('ui:common.save') : t('form.submitNew')}
      onSubmit={submit}
      onClose={onClose}
      busy={busy}
      failure={failure}
      size="wide"
    >
      <NameField
        label={t('form.name')}
        value={form.name}
        error={problemText(problems.name)}
        onChange={(name) => set('name', name)}
      />
      <div className="field-row">
        <SelectField
          label={t('form.source')}
          value={form.source}
          onChange={(value) => set('source', value as IndicatorSource)}
        >
          {indicatorSources.map((source) => (
            <option key={source} value={source}>
              {t(`planData:indicatorSource.${source}`)}
            </option>
          ))}
        </SelectField>
        <Field
          label={t('form.unit')}
          hint={t('form.unitHint')}
          value={form.unit}
          maxLength={60}
          onChange={(event) => set('unit', event.target.value)}
        />
      </div>
      <fieldset className="field indicator-radios">
        <legend className="field-label">{t('form.better')}</legend>
        {directions.map((direction) => (
          <label key={direction} className="checkbox">
            <input
              type="radio"
              name={betterName}
              value={direction}
              checked={form.better === direction}
              onChange={() => set('better', direction)}
            />
            {t(`planData:better.${direction}`)}
          </label>
        ))}
      </fieldset>
      <div className="field-row">
        <Field
          label={t('form.area')}
          hint={t('form.areaHint')}
          value={form.area}
          maxLength={200}
          onChange={(event) => set('area', event.target.value)}
        />
        <Field
          label={t('form.group')}
          hint={t('form.groupHint')}
          value={form.group}
          maxLength={200}
          onChange={(event) => set('group', event.target.value)}
        />
      </div>
      {(['baseline', 'target'] as const).map((key) => (
        <div className="field-row" key={key}>
          <Field
            className="indicator-year-field"
            label={t(`form.${key}Year`)}
            inputMode="numeric"
            value={form[key].year}
            error={problemText(problems[key].year)}
            onChange={(event) => setPair(key, 'year', event.target.value)}
          />
          <Field
            label={t(`form.${key}Value`)}
            hint={t('form.valueHint')}
            inputMode="decimal"
            value={form[key].value}
            error={problemText(problems[key].value)}
            onChange={(event) => setPair(key, 'value', event.target.value)}
          />
        </div>
      ))}
      <TextAreaField
        label={t('form.note')}
        value={form.note}
        maxLength={5000}
        onChange={(value) => set('note', value)}
      />
    </FormDialog>
  );
}
