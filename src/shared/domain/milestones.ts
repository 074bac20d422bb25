import { z } from 'zod';
import { IsoDateSchema } from './iso-date';
import { VersionIdSchema } from './versions';

/**
 * Decision milestones: the steps a plan passes, modelled on Keski-Uusimaa (Keusote) 2022 — member
 * survey, draft comment round (kommenttikierros), the regional board's evening session (iltakoulu),
 * the service-organising committee, the regional board (aluehallitus), the regional council
 * (aluevaltuusto), the board's enforcement of the decision (täytäntöönpano), publication, and the
 * next plan for the following council term (one plan per council term, OpHL 13 a §).
 */
export const milestoneKinds = [
  'memberSurvey',
  'commentRound',
  'eveningSession',
  'committee',
  'regionalBoard',
  'regionalCouncil',
  'enforcement',
  'publication',
  'nextPlan',
  'other',
] as const;
export const MilestoneKindSchema = z.enum(milestoneKinds);
export type MilestoneKind = z.infer<typeof MilestoneKindSchema>;

/** Kinds where a body decides on a specific text: marking one done freezes (or links) a version. */
export const decisionKinds: readonly MilestoneKind[] = [
  'eveningSession',
  'committee',
  'regionalBoard',
  'regionalCouncil',
];

/** suunniteltu / toteutunut / peruttu / siirretty */
export const milestoneStatuses = ['planned', 'done', 'cancelled', 'postponed'] as const;
export const MilestoneStatusSchema = z.enum(milestoneStatuses);
export type MilestoneStatus = z.infer<typeof MilestoneStatusSchema>;

// Its own module so that plan-data.ts (which versions.ts imports) need not import this one.
export { IsoDateSchema };

export const MilestoneIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/** Where a milestone stands today (from the injected clock): drives highlighting in the timeline. */
export const milestoneTimings = [
  'done',
  'overdue',
  'dueSoon',
  'upcoming',
  'unscheduled',
  'inactive',
] as const;
export const MilestoneTimingSchema = z.enum(milestoneTimings);
export type MilestoneTiming = z.infer<typeof MilestoneTimingSchema>;

/** Doubtful order, only warned about (impossible input is refused with INVALID_DATES). */
export const milestoneWarnings = [
  /** Planned before a step that comes earlier in the process. */
  'beforePreviousStep',
  /** Done, but a step before it is still planned. */
  'doneBeforePrevious',
  /** A decision milestone done without a version. */
  'noVersion',
] as const;
export const MilestoneWarningSchema = z.enum(milestoneWarnings);
export type MilestoneWarning = z.infer<typeof MilestoneWarningSchema>;

export const MilestoneSchema = z.object({
  id: MilestoneIdSchema,
  kind: MilestoneKindSchema,
  /** Her own title; null shows the kind's default label in the UI language. */
  title: z.string().nullable(),
  /** A period (the survey 5–21.9, the comment round 29.9–12.10) has an end; a meeting has none. */
  plannedDate: IsoDateSchema.nullable(),
  plannedEndDate: IsoDateSchema.nullable(),
  actualDate: IsoDateSchema.nullable(),
  status: MilestoneStatusSchema,
  /** The decision body, e.g. "Aluevaltuusto". */
  body: z.string(),
  meetingDate: IsoDateSchema.nullable(),
  /** Item number in the minutes (§). */
  itemNumber: z.string(),
  /** e.g. "hyväksyttiin muutoksitta". */
  decisionText: z.string(),
  minutesUrl: z.string(),
  notes: z.string(),
  /** The version presented to / decided on by this body. */
  versionId: VersionIdSchema.nullable(),
  timing: MilestoneTimingSchema,
  warnings: z.array(MilestoneWarningSchema),
});
export type Milestone = z.infer<typeof MilestoneSchema>;

export const MilestonesSchema = z.object({
  /** Today in Europe/Helsinki, from the core's clock. */
  today: IsoDateSchema,
  milestones: z.array(MilestoneSchema),
  /** "Where we are now": the latest done step and the next open one. */
  currentId: MilestoneIdSchema.nullable(),
  nextId: MilestoneIdSchema.nullable(),
});
export type Milestones = z.infer<typeof MilestonesSchema>;

const Text = (max: number) => z.string().trim().max(max);

/** Fields she edits; every one optional in a patch, `null` clears a date. */
export const MilestonePatchSchema = z
  .object({
    kind: MilestoneKindSchema,
    title: z.string().trim().min(1).max(200).nullable(),
    plannedDate: IsoDateSchema.nullable(),
    plannedEndDate: IsoDateSchema.nullable(),
    actualDate: IsoDateSchema.nullable(),
    status: MilestoneStatusSchema,
    body: Text(200),
    meetingDate: IsoDateSchema.nullable(),
    itemNumber: Text(40),
    decisionText: Text(2000),
    minutesUrl: Text(2048),
    notes: Text(10_000),
    versionId: VersionIdSchema.nullable(),
  })
  .partial()
  .strict();
export type MilestonePatch = z.infer<typeof MilestonePatchSchema>;
