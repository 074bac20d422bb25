import { z } from 'zod';
import { SectionIdSchema } from './section';

/**
 * The statutory checklist: for each requirement of the catalogue (src/shared/statutory), whether
 * the plan covers it. puuttuu = missing (no linked section has text of its own), kesken =
 * inProgress (text exists, not confirmed), valmis = done (confirmed by the user).
 */
export const requirementStatuses = ['missing', 'inProgress', 'done'] as const;
export const RequirementStatusSchema = z.enum(requirementStatuses);
export type RequirementStatus = z.infer<typeof RequirementStatusSchema>;

export const RequirementIdSchema = z.string().regex(/^(reg|opt)\.[a-z][a-z0-9_]{0,63}$/);

/**
 * Evidence from the plan's data (issue 7), computed like the statuses:
 * - `providerPlans` (reg.based_on_provider_plans, reg.total_need_from_provider_plans): the register's
 *   providers, how many have adopted their own plan (13 §), how many state their total need, and the
 *   names of those whose plan is still missing (not adopted), in register order;
 * - `staffing` (reg.resource_allocation, opt.staffing_ratio_compliance): rows in the staffing table
 *   and whether the region meets the statutory ratios (null: figures missing);
 * - `indicators` (reg.implementation_monitoring): indicators, and how many have a target.
 * Evidence that `counts` makes a requirement without text kesken (inProgress) instead of puuttuu:
 * a non-empty register, a staffing table with rows, an indicator with a target.
 */
export const EvidenceSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('providerPlans'),
    total: z.number().int().min(0),
    adopted: z.number().int().min(0),
    withNeed: z.number().int().min(0),
    missing: z.array(z.string()),
    counts: z.boolean(),
  }),
  z.object({
    kind: z.literal('staffing'),
    rows: z.number().int().min(0),
    statutoryMet: z.boolean().nullable(),
    counts: z.boolean(),
  }),
  z.object({
    kind: z.literal('indicators'),
    total: z.number().int().min(0),
    withTargets: z.number().int().min(0),
    counts: z.boolean(),
  }),
]);
export type Evidence = z.infer<typeof EvidenceSchema>;

export const ChecklistItemSchema = z.object({
  requirementId: RequirementIdSchema,
  status: RequirementStatusSchema,
  /** Linked sections that are not deleted, in outline order. */
  sectionIds: z.array(SectionIdSchema),
  confirmedBy: z.string().nullable(),
  confirmedAt: z.string().nullable(),
  /** Confirmed, but a linked section's text has changed since (the confirmation stays). */
  changedSinceConfirmed: z.boolean(),
  /**
   * What the plan's data shows for this requirement (absent for requirements the data does not
   * speak to, and in checklists frozen before the app kept data).
   */
  evidence: z.lazy(() => EvidenceSchema).optional(),
});
export type ChecklistItem = z.infer<typeof ChecklistItemSchema>;

export const ChecklistSchema = z.object({
  /** The catalogue version the plan was checked against. */
  catalogueVersion: z.string(),
  /** Only the requirements that apply to this plan (the Helsinki variant swaps some). */
  items: z.array(ChecklistItemSchema),
  total: z.number().int().min(0),
  done: z.number().int().min(0),
  inProgress: z.number().int().min(0),
  /** Ids of the requirements still missing, in catalogue order. */
  missing: z.array(RequirementIdSchema),
});
export type Checklist = z.infer<typeof ChecklistSchema>;
