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

export const ChecklistItemSchema = z.object({
  requirementId: RequirementIdSchema,
  status: RequirementStatusSchema,
  /** Linked sections that are not deleted, in outline order. */
  sectionIds: z.array(SectionIdSchema),
  confirmedBy: z.string().nullable(),
  confirmedAt: z.string().nullable(),
  /** Confirmed, but a linked section's text has changed since (the confirmation stays). */
  changedSinceConfirmed: z.boolean(),
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
