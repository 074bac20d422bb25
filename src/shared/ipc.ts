import { z } from 'zod';
import { BackupEntrySchema, BackupIdSchema, BackupListSchema } from './domain/backups';
import { RecoveredDraftSchema } from './domain/recovery';
import {
  ReplaceIdSchema,
  ReplaceResultSchema,
  ReplacedSectionSchema,
  ReplacementTextSchema,
  SearchQueryTextSchema,
  SearchResultsSchema,
  SearchSourcesSchema,
} from './domain/search';
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
import { DocxPreviewSchema, ImportMappingSchema } from './domain/docx-import';
import {
  ComparisonSchema,
  CompareSideSchema,
  DigestSchema,
  RevisionSchema,
  RevisionSummarySchema,
  VersionIdSchema,
  VersionLabelSchema,
  VersionSnapshotSchema,
  VersionSummarySchema,
} from './domain/versions';
import {
  IsoDateSchema,
  MilestoneIdSchema,
  MilestoneKindSchema,
  MilestonePatchSchema,
  MilestonesSchema,
} from './domain/milestones';
import {
  ExportOptionsSchema,
  ExportProgressSchema,
  ExportResultSchema,
  SaveFormatSchema,
} from './domain/export';
import {
  CommentIdSchema,
  CommentListSchema,
  CommentSchema,
  CommentSummarySchema,
  CommentTextSchema,
  InstructionsSchema,
  NewCommentSchema,
  QuestionIdSchema,
  QuestionTextSchema,
  RespondentIdSchema,
  RespondentInputSchema,
  RespondentSchema,
  ResolutionSchema,
  ResponseTextSchema,
  RoundIdSchema,
  RoundPackageSchema,
  RoundPatchSchema,
  RoundSchema,
  RoundSummarySchema,
  RoundTitleSchema,
} from './domain/rounds';
import {
  AuthorMappingSchema,
  CommentImportFileSchema,
  CommentImportPreviewSchema,
  CommentImportReportSchema,
  SurveyColumnsSchema,
} from './domain/comment-import';
import {
  IndicatorColumnsSchema,
  IndicatorIdSchema,
  IndicatorImportPreviewSchema,
  IndicatorInputSchema,
  IndicatorValueSchema,
  PlanDataSchema,
  ProviderIdSchema,
  ProviderInputSchema,
  RatioSetIdSchema,
  StaffingColumnsSchema,
  StaffingImportPreviewSchema,
  StaffingRowIdSchema,
  StaffingRowInputSchema,
  TableImportReportSchema,
} from './domain/plan-data';

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
  'importDocx',
  'preferences',
  'addSection',
  'toggleOutline',
  'toggleChecklist',
  'focusEditor',
  'focusOutline',
  'saveVersion',
  'showVersions',
  'compareVersions',
  'sectionHistory',
  'showTimeline',
  'savePlanAs',
  'restoreBackup',
  'find',
  'findInPlan',
  'replace',
  'exportPlan',
  'showRounds',
  'importComments',
  'toggleComments',
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
  /** An open dialog for Word files (.docx). */
  'dialog.chooseDocxPath': {
    input: Empty,
    output: z.object({ path: z.string().nullable() }),
  },
  /**
   * A save dialog for an export (PDF, Word) or a table (CSV, Excel), suggesting `suggestedName` in
   * the documents folder.
   */
  'dialog.chooseExportPath': {
    input: z.object({ format: SaveFormatSchema, suggestedName: z.string().max(200) }).strict(),
    output: z.object({ path: z.string().nullable() }),
  },
  /** An open dialog for returned comments: Word files and survey exports (several at once). */
  'dialog.chooseCommentFiles': {
    input: Empty,
    output: z.object({ paths: z.array(z.string()) }),
  },
  /** A folder to write into (a round's send-out package); may create a new folder. */
  'dialog.chooseFolder': {
    input: z.object({ suggestedName: z.string().max(200) }).strict(),
    output: z.object({ path: z.string().nullable() }),
  },
  /** One CSV or XLSX file of figures (staffing counts, indicator values). */
  'dialog.chooseTableFile': {
    input: z.object({}).strict(),
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
  /** Reads a Word file into a proposed plan; nothing is written. */
  'import.docxPreview': {
    input: z.object({ source: FilePathSchema }).strict(),
    output: DocxPreviewSchema,
  },
  /** Creates the plan file `path` from the previewed Word file and opens it. */
  'import.docxCreate': {
    input: z
      .object({
        source: FilePathSchema,
        /** From the preview: a file changed since then is refused with SOURCE_CHANGED. */
        sourceDigest: z.string().regex(/^[0-9a-f]{64}$/),
        path: FilePathSchema,
        title: PlanTitleSchema,
        /** May be left empty in an import; she fills it in the plan's details later. */
        region: z.string().trim().max(200),
        period: PeriodSchema.nullable().optional(),
        language: LanguageSchema.default('fi'),
        mapping: ImportMappingSchema,
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
  /**
   * "Tallenna nimellä": writes the open plan, as it is now, to a new file `path` (SQLite's backup
   * API from the open connection, built beside the target and moved in place) and goes on editing
   * that file under the same docId; the old file is left as it was. It is also the way out when
   * the open file was deleted or moved (FILE_GONE): the open connection still holds everything.
   */
  'plan.saveAs': {
    input: z.object({ docId: DocIdSchema, path: FilePathSchema }).strict(),
    output: OpenedPlanSchema,
  },
  /** The open plan's rolling backups, newest first. */
  'backups.list': { input: Doc, output: BackupListSchema },
  /** The backups of a plan file that is not open, e.g. one refused as damaged (CORRUPT). */
  'backups.listForFile': {
    input: z.object({ path: FilePathSchema }).strict(),
    output: BackupListSchema,
  },
  /** Makes a backup of the open plan now ("Varmuuskopioi nyt"). */
  'backups.create': { input: Doc, output: BackupEntrySchema },
  /**
   * Restores a backup as a new plan file `path` (never over an existing file) and opens it in the
   * calling window; the backup itself is left as it was.
   */
  'backups.restore': {
    input: z.object({ backupId: BackupIdSchema, path: FilePathSchema }).strict(),
    output: OpenedPlanSchema,
  },
  /**
   * The newest unsaved content of a section, kept by the main process until it is saved; the core
   * notes the section's stored revision, so the draft is offered back only while no save followed.
   */
  'recovery.stash': {
    input: z
      .object({
        docId: DocIdSchema,
        sectionId: SectionIdSchema,
        content: z.string().max(MAX_CONTENT_CHARS),
      })
      .strict(),
    output: Nothing,
  },
  /** Drafts of the open plan that were never saved (after a crash, a hang or failed saves). */
  'recovery.list': { input: Doc, output: z.object({ drafts: z.array(RecoveredDraftSchema) }) },
  /** Forgets a section's draft: it was restored and saved, or she chose not to keep it. */
  'recovery.discard': { input: DocSection, output: Nothing },
  /**
   * Haku across the plan: the current text and titles, and as asked its versions and comments.
   * Searches what is saved: the renderer saves pending typing first.
   */
  'search.query': {
    input: z
      .object({ docId: DocIdSchema, query: SearchQueryTextSchema, sources: SearchSourcesSchema })
      .strict(),
    output: SearchResultsSchema,
  },
  /**
   * Replaces every match of `find` (one word or one quoted phrase: REPLACE_NEEDS_PHRASE otherwise)
   * in the current text of the sections (null: all), and in their titles when `titles`; one
   * revision per changed section, all in one transaction. Versions and comments never change.
   */
  'search.replace': {
    input: z
      .object({
        docId: DocIdSchema,
        find: SearchQueryTextSchema,
        replacement: ReplacementTextSchema,
        sectionIds: z.array(SectionIdSchema).max(10_000).nullable(),
        titles: z.boolean(),
      })
      .strict(),
    output: ReplaceResultSchema,
  },
  /**
   * Undoes a replace: each section gets back its text and title from before, as a new revision.
   * CHANGED_SINCE when a section was edited after it (nothing is undone then).
   */
  'search.undoReplace': {
    input: z.object({ docId: DocIdSchema, replaceId: ReplaceIdSchema }).strict(),
    output: z.object({ sections: z.array(ReplacedSectionSchema) }),
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
  'versions.list': { input: Doc, output: z.array(VersionSummarySchema) },
  /** Freezes the plan as it is now as a named version. */
  'versions.create': {
    input: z
      .object({
        docId: DocIdSchema,
        label: VersionLabelSchema,
        note: z.string().trim().max(2000).optional(),
      })
      .strict(),
    output: VersionSummarySchema,
  },
  'versions.get': {
    input: z.object({ docId: DocIdSchema, versionId: VersionIdSchema }).strict(),
    output: VersionSnapshotSchema,
  },
  /** Two versions, or a version and the current text: sections and word-level changes. */
  'versions.compare': {
    input: z
      .object({ docId: DocIdSchema, from: CompareSideSchema, to: CompareSideSchema })
      .strict(),
    output: ComparisonSchema,
  },
  /** A section's saved revisions, newest first. */
  'history.list': { input: DocSection, output: z.array(RevisionSummarySchema) },
  'history.get': {
    input: z
      .object({
        docId: DocIdSchema,
        sectionId: SectionIdSchema,
        revision: z.number().int().min(1),
      })
      .strict(),
    output: RevisionSchema,
  },
  /** Makes an old revision the section's text again, as a new revision (nothing is lost). */
  'history.restore': {
    input: z
      .object({
        docId: DocIdSchema,
        sectionId: SectionIdSchema,
        revision: z.number().int().min(1),
      })
      .strict(),
    output: SectionSchema,
  },
  'milestones.list': { input: Doc, output: MilestonesSchema },
  'milestones.add': {
    input: z
      .object({
        docId: DocIdSchema,
        kind: MilestoneKindSchema,
        title: z.string().trim().min(1).max(200).nullable().optional(),
        /** The new milestone goes right after this one (null: first). */
        afterId: MilestoneIdSchema.nullable(),
      })
      .strict(),
    output: MilestonesSchema,
  },
  /** Refused with INVALID_DATES for impossible dates; doubtful order comes back as warnings. */
  'milestones.update': {
    input: z
      .object({ docId: DocIdSchema, milestoneId: MilestoneIdSchema, patch: MilestonePatchSchema })
      .strict(),
    output: MilestonesSchema,
  },
  'milestones.remove': {
    input: z.object({ docId: DocIdSchema, milestoneId: MilestoneIdSchema }).strict(),
    output: MilestonesSchema,
  },
  'milestones.move': {
    input: z
      .object({
        docId: DocIdSchema,
        milestoneId: MilestoneIdSchema,
        index: z.number().int().min(0).max(1000),
      })
      .strict(),
    output: MilestonesSchema,
  },
  /**
   * Marks a milestone done on `actualDate`. For a decision milestone it links `versionId`, or
   * freezes the current plan as a decision version when none is given.
   */
  'milestones.markDone': {
    input: z
      .object({
        docId: DocIdSchema,
        milestoneId: MilestoneIdSchema,
        actualDate: IsoDateSchema,
        versionId: VersionIdSchema.nullable().optional(),
      })
      .strict(),
    output: MilestonesSchema,
  },
  /** The register of respondent organisations, by name; reused by every round. */
  'respondents.list': { input: Doc, output: z.array(RespondentSchema) },
  /** Adds (no id) or changes a respondent; a name already in the register is DUPLICATE_NAME. */
  'respondents.save': {
    input: z.object({ docId: DocIdSchema, respondent: RespondentInputSchema }).strict(),
    output: z.array(RespondentSchema),
  },
  /** Refused with IN_USE while comments of the respondent exist. */
  'respondents.remove': {
    input: z.object({ docId: DocIdSchema, respondentId: RespondentIdSchema }).strict(),
    output: z.array(RespondentSchema),
  },
  /** The plan's comment rounds, newest first. */
  'rounds.list': { input: Doc, output: z.array(RoundSummarySchema) },
  'rounds.get': {
    input: z.object({ docId: DocIdSchema, roundId: RoundIdSchema }).strict(),
    output: RoundSchema,
  },
  /**
   * A new round on `versionId`, or (null) on the plan as it is now, frozen for it as a version of
   * kind `round` labelled with the round's title. A title already used is DUPLICATE_NAME.
   */
  'rounds.create': {
    input: z
      .object({
        docId: DocIdSchema,
        title: RoundTitleSchema,
        versionId: VersionIdSchema.nullable(),
        opensOn: IsoDateSchema.nullable().default(null),
        closesOn: IsoDateSchema.nullable().default(null),
        instructions: InstructionsSchema.default(''),
      })
      .strict(),
    output: RoundSchema,
  },
  /** Closing before opening is INVALID_DATES (details.rule: endBeforeStart). */
  'rounds.update': {
    input: z
      .object({ docId: DocIdSchema, roundId: RoundIdSchema, patch: RoundPatchSchema })
      .strict(),
    output: RoundSchema,
  },
  /** Refused with IN_USE while the round has comments. */
  'rounds.remove': {
    input: z.object({ docId: DocIdSchema, roundId: RoundIdSchema }).strict(),
    output: z.array(RoundSummarySchema),
  },
  /** Adds (no questionId) or rewords a targeted question; sectionId null: about the whole plan. */
  'rounds.saveQuestion': {
    input: z
      .object({
        docId: DocIdSchema,
        roundId: RoundIdSchema,
        questionId: QuestionIdSchema.optional(),
        sectionId: SectionIdSchema.nullable(),
        text: QuestionTextSchema,
      })
      .strict(),
    output: RoundSchema,
  },
  /** Its answers stay, as comments no longer tied to a question. */
  'rounds.removeQuestion': {
    input: z
      .object({ docId: DocIdSchema, roundId: RoundIdSchema, questionId: QuestionIdSchema })
      .strict(),
    output: RoundSchema,
  },
  /**
   * Writes the round's send-out package into `folder`: a cover letter (DOCX), the round's version
   * as PDF and as DOCX with paragraph numbers, and a response form (XLSX) listing the sections and
   * questions. All files or none; an existing file of the same name is FILE_EXISTS.
   */
  'rounds.package': {
    input: z
      .object({
        docId: DocIdSchema,
        roundId: RoundIdSchema,
        folder: FilePathSchema,
        /** Language of the fixed texts (the plan's language when not given). */
        language: LanguageSchema.optional(),
      })
      .strict(),
    output: RoundPackageSchema,
  },
  /** Every comment of a round, with where each stands in the current text. */
  'comments.list': {
    input: z.object({ docId: DocIdSchema, roundId: RoundIdSchema }).strict(),
    output: CommentListSchema,
  },
  /** A comment typed in by hand. */
  'comments.add': {
    input: z
      .object({ docId: DocIdSchema, roundId: RoundIdSchema, comment: NewCommentSchema })
      .strict(),
    output: CommentSchema,
  },
  /** Corrects what a comment says or who gave it (its source and resolution stay). */
  'comments.edit': {
    input: z
      .object({
        docId: DocIdSchema,
        commentId: CommentIdSchema,
        text: CommentTextSchema.optional(),
        respondentId: RespondentIdSchema.optional(),
      })
      .strict(),
    output: CommentSchema,
  },
  /** Removes a comment (with its replies). */
  'comments.remove': {
    input: z.object({ docId: DocIdSchema, commentId: CommentIdSchema }).strict(),
    output: Nothing,
  },
  /**
   * Sets the resolution of one or more comments (bulk), recording who and when. Every resolution but
   * `open` needs a response: RESPONSE_REQUIRED. `open` clears the response. Replies cannot be
   * resolved (INVALID_INPUT).
   */
  'comments.resolve': {
    input: z
      .object({
        docId: DocIdSchema,
        commentIds: z.array(CommentIdSchema).min(1).max(5000),
        resolution: ResolutionSchema,
        response: ResponseTextSchema.default(''),
      })
      .strict(),
    output: z.array(CommentSchema),
  },
  /**
   * Applies a change proposal's wording to the current text of its section, as a new revision.
   * Where the passage is not found once in one paragraph, PASSAGE_NOT_FOUND says why
   * (details.reason: removed, ambiguous, spansParagraphs, sectionRemoved, notAChange, applied).
   */
  'comments.applyChange': {
    input: z.object({ docId: DocIdSchema, commentId: CommentIdSchema }).strict(),
    output: z.object({ comment: CommentSchema, section: SectionSchema }),
  },
  /**
   * Undoes an applied change: the section gets back its text from before, as a new revision.
   * Refused with CHANGED_SINCE when the section was edited after the change was applied.
   */
  'comments.undoChange': {
    input: z.object({ docId: DocIdSchema, commentId: CommentIdSchema }).strict(),
    output: z.object({ comment: CommentSchema, section: SectionSchema }),
  },
  /** kommenttikooste ja vastineet: comments by section, counts by respondent and resolution. */
  'comments.summary': {
    input: z.object({ docId: DocIdSchema, roundId: RoundIdSchema }).strict(),
    output: CommentSummarySchema,
  },
  /** Writes the summary as a Word document or as CSV (UTF-8 with BOM, semicolons, for Excel). */
  'comments.exportSummary': {
    input: z
      .object({
        docId: DocIdSchema,
        roundId: RoundIdSchema,
        format: z.enum(['docx', 'csv']),
        path: FilePathSchema,
        language: LanguageSchema.optional(),
      })
      .strict(),
    output: z.object({ path: z.string(), bytes: z.number().int().min(0) }),
  },
  /**
   * Reads returned files (DOCX, CSV, XLSX) for a round; nothing is written. `columns` maps a survey
   * file's columns by path (absent: recognised from the headers).
   */
  'comments.importPreview': {
    input: z
      .object({
        docId: DocIdSchema,
        roundId: RoundIdSchema,
        files: z
          .array(
            z.object({ path: FilePathSchema, columns: SurveyColumnsSchema.optional() }).strict(),
          )
          .min(1)
          .max(100),
      })
      .strict(),
    output: CommentImportPreviewSchema,
  },
  /**
   * Imports the previewed files in one transaction (all or nothing). Authors not in `authors` go to
   * the respondent of the same name, or a new one (kind other). The mapping is remembered.
   */
  'comments.importCommit': {
    input: z
      .object({
        docId: DocIdSchema,
        roundId: RoundIdSchema,
        files: z.array(CommentImportFileSchema).min(1).max(100),
        authors: AuthorMappingSchema.default([]),
      })
      .strict(),
    output: CommentImportReportSchema,
  },
  /** The plan's providers, staffing (computed against its ratio set) and indicators. */
  'planData.get': {
    input: z.object({ docId: DocIdSchema }).strict(),
    output: PlanDataSchema,
  },
  /**
   * Adds (no id) or updates a provider of the register. A name taken by another provider is
   * DUPLICATE_NAME; `adoptedOn` without planStatus adopted is INVALID_INPUT. Every data channel that
   * changes something answers with the whole PlanData, so every view and live block can follow.
   */
  'providers.save': {
    input: z.object({ docId: DocIdSchema, provider: ProviderInputSchema }).strict(),
    output: PlanDataSchema,
  },
  /** Removes a provider; staffing rows about it keep their area name and lose the link. */
  'providers.remove': {
    input: z.object({ docId: DocIdSchema, providerId: ProviderIdSchema }).strict(),
    output: PlanDataSchema,
  },
  /** Adds or updates a staffing row; the same area and level twice is DUPLICATE_NAME. */
  'staffing.save': {
    input: z.object({ docId: DocIdSchema, row: StaffingRowInputSchema }).strict(),
    output: PlanDataSchema,
  },
  'staffing.remove': {
    input: z.object({ docId: DocIdSchema, rowId: StaffingRowIdSchema }).strict(),
    output: PlanDataSchema,
  },
  /** The ratio set the plan's staffing is computed against (recorded in the plan). */
  'staffing.setRatioSet': {
    input: z.object({ docId: DocIdSchema, ratioSetId: RatioSetIdSchema }).strict(),
    output: PlanDataSchema,
  },
  /**
   * Reads staffing counts and FTEs from a CSV or XLSX (the survey importer's dialects and limits):
   * the columns recognised from Finnish, Swedish or English headers (or as given), the rows as they
   * would be written (added, or updating the row of the same area and level) and every cell that
   * cannot be read. Nothing is written.
   */
  'staffing.importPreview': {
    input: z
      .object({
        docId: DocIdSchema,
        path: FilePathSchema,
        columns: StaffingColumnsSchema.optional(),
      })
      .strict(),
    output: StaffingImportPreviewSchema,
  },
  /**
   * Writes the previewed rows in one transaction. The file is read again: another digest is
   * SOURCE_CHANGED; a cell that cannot be read is INVALID_DATA (details.row, details.column);
   * without an area or level column, MISSING_COLUMN (details.column). Nothing is half-written.
   */
  'staffing.importCommit': {
    input: z
      .object({
        docId: DocIdSchema,
        path: FilePathSchema,
        digest: DigestSchema,
        columns: StaffingColumnsSchema,
      })
      .strict(),
    output: z.object({ report: TableImportReportSchema, data: PlanDataSchema }),
  },
  /** Adds or updates an indicator (not its follow-up values). */
  'indicators.save': {
    input: z.object({ docId: DocIdSchema, indicator: IndicatorInputSchema }).strict(),
    output: PlanDataSchema,
  },
  /** Removes an indicator with its values. Live chart blocks of it show that it was removed. */
  'indicators.remove': {
    input: z.object({ docId: DocIdSchema, indicatorId: IndicatorIdSchema }).strict(),
    output: PlanDataSchema,
  },
  /**
   * Adds indicators of the ready-made starter set by key, named in `language` (the plan's when not
   * given). A key already added is skipped; an unknown key is INVALID_INPUT.
   */
  'indicators.addStarter': {
    input: z
      .object({
        docId: DocIdSchema,
        keys: z.array(z.string().min(1).max(64)).min(1).max(100),
        language: LanguageSchema.optional(),
      })
      .strict(),
    output: PlanDataSchema,
  },
  /** Replaces an indicator's follow-up values (one per year; a year twice is INVALID_INPUT). */
  'indicators.setValues': {
    input: z
      .object({
        docId: DocIdSchema,
        indicatorId: IndicatorIdSchema,
        values: z.array(IndicatorValueSchema).max(200),
      })
      .strict(),
    output: PlanDataSchema,
  },
  /**
   * Reads indicator values from a CSV or XLSX (THL's exports: semicolons, decimal commas; long or
   * wide), for the indicator `indicatorId` or matched by name. Nothing is written.
   */
  'indicators.importPreview': {
    input: z
      .object({
        docId: DocIdSchema,
        path: FilePathSchema,
        indicatorId: IndicatorIdSchema.nullable(),
        columns: IndicatorColumnsSchema.optional(),
      })
      .strict(),
    output: IndicatorImportPreviewSchema,
  },
  /** Writes the previewed values in one transaction (as staffing.importCommit). */
  'indicators.importCommit': {
    input: z
      .object({
        docId: DocIdSchema,
        path: FilePathSchema,
        digest: DigestSchema,
        indicatorId: IndicatorIdSchema.nullable(),
        columns: IndicatorColumnsSchema,
      })
      .strict(),
    output: z.object({ report: TableImportReportSchema, data: PlanDataSchema }),
  },
  /**
   * The PDF an export would write, for the page preview (base64), without saving it anywhere.
   * Progress arrives as `exportProgress` events.
   */
  'export.preview': {
    input: ExportOptionsSchema.extend({ docId: DocIdSchema }).strict(),
    output: z.object({ pdfBase64: z.string(), pages: z.number().int().min(1) }),
  },
  /**
   * Exports the plan, or one of its versions, to a tagged PDF at `path` (written whole or not at
   * all) and records the export in the plan file.
   */
  'export.pdf': {
    input: ExportOptionsSchema.extend({ docId: DocIdSchema, path: FilePathSchema }).strict(),
    output: ExportResultSchema,
  },
  /** The same as a Word document; `templatePath` takes the styles of a county's .docx/.dotx. */
  'export.docx': {
    input: ExportOptionsSchema.extend({
      docId: DocIdSchema,
      path: FilePathSchema,
      templatePath: FilePathSchema.nullable().default(null),
    }).strict(),
    output: ExportResultSchema,
  },
  'system.openExternal': {
    input: z.object({ url: z.string().max(2048) }).strict(),
    output: Nothing,
  },
  /**
   * Opens a file this session exported in the program the system uses for it (a PDF reader,
   * Word). Any other path is INVALID_INPUT; a file removed since is FILE_NOT_FOUND.
   */
  'system.openPath': {
    input: z.object({ path: FilePathSchema }).strict(),
    output: Nothing,
  },
} as const satisfies Record<ChannelName, { input: z.ZodType; output: z.ZodType }>;

export const events = {
  menuCommand: z.object({ command: MenuCommandSchema }),
  /** Main asks the renderer to save what is pending (window closing, app quitting). */
  flushRequest: z.object({}),
  prefsChanged: PrefsSchema,
  /** How far an export (or its preview) has come. */
  exportProgress: ExportProgressSchema,
} as const satisfies Record<EventName, z.ZodType>;

export type ChannelInput<C extends ChannelName> = z.input<(typeof channels)[C]['input']>;
export type ChannelArgs<C extends ChannelName> = z.output<(typeof channels)[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<(typeof channels)[C]['output']>;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;
