import { z } from 'zod';
import { LanguageSchema } from './settings';

/** A plan period as the council term, e.g. "2026–2029" (an en dash; a hyphen is accepted on input). */
export const PeriodSchema = z
  .string()
  .trim()
  .regex(/^(\d{4})\s*[–-]\s*(\d{4})$/, 'period')
  .transform((value) => value.replace(/\s*[–-]\s*/, '–'))
  .refine((value) => {
    const [from, to] = value.split('–').map(Number);
    return from! >= 2000 && to! <= 2200 && to! >= from!;
  }, 'period');

export const PlanTitleSchema = z.string().trim().min(1).max(300);
export const RegionSchema = z.string().trim().min(1).max(200);

export const PlanMetaSchema = z.object({
  title: z.string(),
  region: z.string(),
  /** The council term the plan covers (13 a § 1 mom.: one plan per council term); null until set. */
  period: z.string().nullable(),
  /** The language the plan itself is written in (sets section titles and the export's language). */
  language: LanguageSchema,
  /**
   * The Helsinki variant (OpHL 13 a § 5 mom.): the content goes into Helsinki's municipal child
   * and youth plan, so the attachment requirement does not apply and the variant's does.
   */
  helsinki: z.boolean(),
  /** Version of the statutory catalogue the plan's checklist was checked against. */
  catalogueVersion: z.string(),
  schemaVersion: z.number().int(),
  createdAt: z.string(),
});
export type PlanMeta = z.infer<typeof PlanMetaSchema>;

export const NewPlanSchema = z.object({
  title: PlanTitleSchema,
  region: RegionSchema,
  period: PeriodSchema.nullable().optional(),
  language: LanguageSchema.default('fi'),
});
export type NewPlan = z.infer<typeof NewPlanSchema>;
