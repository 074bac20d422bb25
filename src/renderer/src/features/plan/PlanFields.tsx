import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { PeriodSchema, PlanTitleSchema, RegionSchema } from '../../../../shared/domain/plan';
import { languages, type Language } from '../../../../shared/domain/settings';
import { Field, SelectField } from '../../ui/Field';

export interface PlanFieldValues {
  title: string;
  region: string;
  period: string;
}

export interface PlanFieldErrors {
  title?: string;
  region?: string;
  period?: string;
}

/**
 * Checks the plan's title, wellbeing county and period with the shared schemas (the same ones the
 * store uses); an empty period means "not decided yet". An imported plan may leave the county
 * empty (`regionOptional`): the Word file seldom says it in a form we could read.
 */
export function validatePlanFields(
  fields: PlanFieldValues,
  t: TFunction,
  { regionOptional = false } = {},
): { errors: PlanFieldErrors; period: string | null } {
  const errors: PlanFieldErrors = {};
  if (!PlanTitleSchema.safeParse(fields.title).success) errors.title = t('planForm.titleRequired');
  const regionLeftEmpty = regionOptional && fields.region.trim() === '';
  if (!regionLeftEmpty && !RegionSchema.safeParse(fields.region).success) {
    errors.region = t('planForm.regionRequired');
  }
  let period: string | null = null;
  if (fields.period.trim() !== '') {
    const parsed = PeriodSchema.safeParse(fields.period);
    if (parsed.success) period = parsed.data;
    else errors.period = t('planForm.periodInvalid');
  }
  return { errors, period };
}

interface PlanFieldsProps {
  values: PlanFieldValues;
  errors: PlanFieldErrors;
  onChange: (values: PlanFieldValues) => void;
  /** Puts focus on the title when the form opens. */
  autoFocus?: boolean;
  /** Explains under the county field what to write in it. */
  regionHint?: boolean;
  /** The county may be left empty for now (an imported plan). */
  regionOptional?: boolean;
}

/** The title, wellbeing county and period inputs of a new plan and of the plan's details. */
export function PlanFields({
  values,
  errors,
  onChange,
  autoFocus,
  regionHint,
  regionOptional,
}: PlanFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <Field
        label={t('planForm.title')}
        value={values.title}
        onChange={(event) => onChange({ ...values, title: event.target.value })}
        error={errors.title}
        maxLength={300}
        required
        autoFocus={autoFocus}
      />
      <Field
        label={t('planForm.region')}
        hint={
          regionOptional
            ? t('planForm.regionLater')
            : regionHint
              ? t('planForm.regionHint')
              : undefined
        }
        value={values.region}
        onChange={(event) => onChange({ ...values, region: event.target.value })}
        error={errors.region}
        maxLength={200}
        required={!regionOptional}
      />
      <Field
        label={t('planForm.period')}
        hint={t('planForm.periodHint')}
        value={values.period}
        onChange={(event) => onChange({ ...values, period: event.target.value })}
        error={errors.period}
        maxLength={20}
      />
    </>
  );
}

/** The language the new plan is written in (section titles, later its export). */
export function PlanLanguageField({
  value,
  onChange,
}: {
  value: Language;
  onChange: (language: Language) => void;
}) {
  const { t } = useTranslation();
  return (
    <SelectField
      label={t('planForm.language')}
      value={value}
      onChange={(code) => onChange(code as Language)}
    >
      {languages.map((code) => (
        <option key={code} value={code} lang={code}>
          {t(`language.${code}`)}
        </option>
      ))}
    </SelectField>
  );
}
