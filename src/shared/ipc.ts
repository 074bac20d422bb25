import { z } from 'zod';
import type { ChannelName, EventName } from './channels';
import { PlanMetaSchema, PlanTitleSchema, RegionSchema, PeriodSchema } from './domain/plan';
import {
  OutlineSchema,
  SectionIdSchema,
  SectionSchema,
  SectionTitleSchema,
} from './domain/section';
import { LanguageSchema, PrefsPatchSchema, PrefsSchema, RecentPlanSchema } from './domain/settings';
import { MAX_CONTENT_CHARS } from './domain/lexical';
import { ChecklistSchema, RequirementIdSchema } from './domain/checklist';

/**
 * The contract between the renderer and main: every channel once, with the schema of its input
 * and of the value of its Result. Preload, the main-side router, the e2e harness and the renderer's
 * client are all derived from this map.
 */

/** A path to a plan file as the user (or a dialog) gave it. */
export const FilePathSchema = z
  .string()
  .min(1)
  .max(4096)
  .refine((value) => !value.includes('\0'), 'path');

/** Handle of a plan opened in this app session (one per open file). */
export const DocIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

const Empty = z.object({}).strict();
const Nothing = z.null();
const Doc = z.object({ docId: DocIdSchema }).strict();
const DocSection = z.object({ docId: DocIdSchema, sectionId: SectionIdSchema }).strict();

const DocRequirement = z
  .object({ docId: DocIdSchema, requirementId: RequirementIdSchema })
  .strict();
const DocRequirementSection = z
  .object({ docId: DocIdSchema, requirementId: RequirementIdSchema, sectionId: SectionIdSchema })
  .strict();

export const OpenedPlanSchema = z.object({
  docId: DocIdSchema,
  path: z.string(),
  meta: PlanMetaSchema,
  outline: OutlineSchema,
});
export type OpenedPlan = z.infer<typeof OpenedPlanSchema>;

export const menuCommands = [
  'newPlan',
  'openPlan',
  'closePlan',
  'preferences',
  'addSection',
  'toggleOutline',
  'toggleChecklist',
  'focusEditor',
  'focusOutline',
  'userGuide',
  'about',
] as const;
export const MenuCommandSchema = z.enum(menuCommands);
export type MenuCommand = z.infer<typeof MenuCommandSchema>;

export const channels = {
  'app.info': {
    input: Empty,
    output: z.object({ version: z.string(), schemaVersion: z.number().int() }),
  },
  /** The renderer's answer to a `flushRequest`: everything typed so far has been saved. */
  'app.flushed': { input: Empty, output: Nothing },
  'prefs.get': { input: Empty, output: PrefsSchema },
  'prefs.update': { input: PrefsPatchSchema.strict(), output: PrefsSchema },
  'recent.list': { input: Empty, output: z.array(RecentPlanSchema) },
  'recent.remove': {
    input: z.object({ path: FilePathSchema }).strict(),
    output: z.array(RecentPlanSchema),
  },
  'dialog.chooseNewPlanPath': {
    input: z.object({ suggestedName: z.string().max(200) }).strict(),
    output: z.object({ path: z.string().nullable() }),
  },
  'dialog.chooseOpenPath': {
    input: Empty,
    output: z.object({ path: z.string().nullable() }),
  },
  'plan.create': {
    input: z
      .object({
        path: FilePathSchema,
        title: PlanTitleSchema,
        region: RegionSchema,
        period: PeriodSchema.nullable().optional(),
        language: LanguageSchema.default('fi'),
      })
      .strict(),
    output: OpenedPlanSchema,
  },
  'plan.open': { input: z.object({ path: FilePathSchema }).strict(), output: OpenedPlanSchema },
  'plan.close': { input: Doc, output: Nothing },
  'plan.updateMeta': {
    input: z
      .object({
        docId: DocIdSchema,
        title: PlanTitleSchema.optional(),
        region: RegionSchema.optional(),
        period: PeriodSchema.nullable().optional(),
        /** Helsinki puts the 13 a § content into its municipal plan (13 a § 5 mom.). */
        helsinki: z.boolean().optional(),
      })
      .strict(),
    output: PlanMetaSchema,
  },
  'outline.get': { input: Doc, output: OutlineSchema },
  'outline.add': {
    input: z
      .object({
        docId: DocIdSchema,
        /** The new section goes under this parent (null: top level)… */
        parentId: SectionIdSchema.nullable(),
        /** …right after this sibling (null: as the first child). */
        afterId: SectionIdSchema.nullable(),
        title: SectionTitleSchema,
      })
      .strict(),
    output: z.object({ id: SectionIdSchema, outline: OutlineSchema }),
  },
  'outline.rename': {
    input: z
      .object({ docId: DocIdSchema, sectionId: SectionIdSchema, title: SectionTitleSchema })
      .strict(),
    output: OutlineSchema,
  },
  'outline.move': {
    input: z
      .object({
        docId: DocIdSchema,
        sectionId: SectionIdSchema,
        parentId: SectionIdSchema.nullable(),
        /** Position among the new parent's children, counted without the moved section. */
        index: z.number().int().min(0).max(10_000),
      })
      .strict(),
    output: OutlineSchema,
  },
  /** Deletes a section with its subsections; undoable with `outline.restore` while the plan is open. */
  'outline.remove': { input: DocSection, output: OutlineSchema },
  'outline.restore': { input: DocSection, output: OutlineSchema },
  'section.get': { input: DocSection, output: SectionSchema },
  'section.save': {
    input: z
      .object({
        docId: DocIdSchema,
        sectionId: SectionIdSchema,
        /** Serialized Lexical editor state (JSON text). */
        content: z.string().max(MAX_CONTENT_CHARS),
      })
      .strict(),
    output: z.object({
      revision: z.number().int(),
      updatedAt: z.string(),
      words: z.number().int(),
    }),
  },
  'checklist.get': { input: Doc, output: ChecklistSchema },
  /** Links a section to a requirement it serves (both directions are one link). */
  'checklist.link': { input: DocRequirementSection, output: ChecklistSchema },
  'checklist.unlink': { input: DocRequirementSection, output: ChecklistSchema },
  /** Records that the requirement is covered: who (the preferences name) and when. */
  'checklist.confirm': { input: DocRequirement, output: ChecklistSchema },
  'checklist.unconfirm': { input: DocRequirement, output: ChecklistSchema },
  'system.openExternal': {
    input: z.object({ url: z.string().max(2048) }).strict(),
    output: Nothing,
  },
} as const satisfies Record<ChannelName, { input: z.ZodType; output: z.ZodType }>;

export const events = {
  menuCommand: z.object({ command: MenuCommandSchema }),
  /** Main asks the renderer to save what is pending (window closing, app quitting). */
  flushRequest: z.object({}),
  prefsChanged: PrefsSchema,
} as const satisfies Record<EventName, z.ZodType>;

export type ChannelInput<C extends ChannelName> = z.input<(typeof channels)[C]['input']>;
export type ChannelArgs<C extends ChannelName> = z.output<(typeof channels)[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<(typeof channels)[C]['output']>;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;
