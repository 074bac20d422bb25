import type { TFunction } from 'i18next';
import { PeriodSchema, PlanTitleSchema, RegionSchema } from '../../../../shared/domain/plan';

export interface PlanFields {
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
 * store uses); an empty period means "not decided yet".
 */
export function validatePlanFields(
  fields: PlanFields,
  t: TFunction,
): { errors: PlanFieldErrors; period: string | null } {
  const errors: PlanFieldErrors = {};
  if (!PlanTitleSchema.safeParse(fields.title).success) errors.title = t('planForm.titleRequired');
  if (!RegionSchema.safeParse(fields.region).success) errors.region = t('planForm.regionRequired');
  let period: string | null = null;
  if (fields.period.trim() !== '') {
    const parsed = PeriodSchema.safeParse(fields.period);
    if (parsed.success) period = parsed.data;
    else errors.period = t('planForm.periodInvalid');
  }
  return { errors, period };
}
