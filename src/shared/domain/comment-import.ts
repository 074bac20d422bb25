import { z } from 'zod';
import {
  RespondentIdSchema,
  RespondentKindSchema,
  RespondentNameSchema,
  RoundIdSchema,
} from './rounds';

/**
 * Bringing comments into a round from files: returned Word documents (their comments and tracked
 * changes) and survey exports (CSV or XLSX, as Webropol, Microsoft Forms or Excel save them).
 * A preview reads the files and writes nothing; the commit re-reads them (refusing a file that
 * changed since, SOURCE_CHANGED) and writes all of them in one transaction, or nothing.
 */

export const commentFileKinds = ['docx', 'csv', 'xlsx'] as const;
export const CommentFileKindSchema = z.enum(commentFileKinds);
export type CommentFileKind = z.infer<typeof CommentFileKindSchema>;

const ColumnSchema = z.number().int().min(0).max(499);

/**
 * Which column of a survey holds what (0-based). Only the comment is required; without an
 * organisation column every row needs the mapping of "" (the file's respondent), without a section
 * column every row is a general comment.
 */
export const SurveyColumnsSchema = z
  .object({
    organisation: ColumnSchema.nullable(),
    section: ColumnSchema.nullable(),
    comment: ColumnSchema,
    quote: ColumnSchema.nullable(),
  })
  .strict();
export type SurveyColumns = z.infer<typeof SurveyColumnsSchema>;

export const surveyEncodings = ['utf-8', 'utf-8-bom', 'utf-16', 'windows-1252'] as const;
export const SurveyEncodingSchema = z.enum(surveyEncodings);

/** Why a comment or row of a file was not brought in. */
export const skipReasons = [
  /** A row or Word comment with no text. */
  'emptyText',
  /** A survey row without an organisation while the organisation column is mapped. */
  'noOrganisation',
  /** The same text from the same respondent on the same passage is already in the round. */
  'duplicate',
  /** A reply whose parent comment is not in the file. */
  'orphanReply',
  /** A tracked change in a place that is not text (a table structure, a picture, a field). */
  'unsupportedChange',
] as const;
export const SkipReasonSchema = z.enum(skipReasons);
export type SkipReason = z.infer<typeof SkipReasonSchema>;

export const SkippedItemSchema = z.object({
  /** Where in the file: "rivi 12" / "row 12" is built from `row`; a Word comment by `commentNo`. */
  row: z.number().int().min(1).nullable(),
  commentNo: z.number().int().min(1).nullable(),
  reason: SkipReasonSchema,
  /** The start of the text concerned, for her to recognise it. */
  excerpt: z.string(),
});
export type SkippedItem = z.infer<typeof SkippedItemSchema>;

/** An author (Word) or organisation name (survey) found in the files, and who it maps to. */
export const ImportAuthorSchema = z.object({
  author: z.string(),
  comments: z.number().int().min(0),
  /** The respondent it maps to: remembered from an earlier import, or the same name; else null. */
  respondentId: RespondentIdSchema.nullable(),
  /** `respondentId` comes from a remembered mapping (not a name match). */
  remembered: z.boolean(),
});
export type ImportAuthor = z.infer<typeof ImportAuthorSchema>;

export const SurveyPreviewSchema = z.object({
  /** null for XLSX. */
  delimiter: z.enum([',', ';', '\t']).nullable(),
  encoding: SurveyEncodingSchema.nullable(),
  /** XLSX: the worksheet read (the first with data). */
  sheet: z.string().nullable(),
  headers: z.array(z.string()),
  /** The columns as given, or as recognised from the headers. */
  columns: SurveyColumnsSchema.nullable(),
  /** Headers of columns that are not mapped to anything (named so she sees what is left out). */
  unplaced: z.array(z.string()),
  /** The first rows, cell texts as read (at most 10). */
  sample: z.array(z.array(z.string())),
  rows: z.number().int().min(0),
  /** Rows whose section names no section of the round's version: they become general comments. */
  general: z.array(z.object({ row: z.number().int().min(1), section: z.string() })),
});
export type SurveyPreview = z.infer<typeof SurveyPreviewSchema>;

export const ImportFilePreviewSchema = z.object({
  path: z.string(),
  name: z.string(),
  kind: CommentFileKindSchema,
  /** SHA-256 of the file's bytes, given back to the commit. */
  digest: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().min(0),
  /** The same bytes were imported into this round before: when, and how many comments. */
  previouslyImported: z.object({ at: z.string(), comments: z.number().int().min(0) }).nullable(),
  /** Comments (survey rows) that would be imported, change proposals and replies among them. */
  comments: z.number().int().min(0),
  changes: z.number().int().min(0),
  replies: z.number().int().min(0),
  authors: z.array(ImportAuthorSchema),
  survey: SurveyPreviewSchema.nullable(),
  skipped: z.array(SkippedItemSchema),
});
export type ImportFilePreview = z.infer<typeof ImportFilePreviewSchema>;

export const CommentImportPreviewSchema = z.object({
  roundId: RoundIdSchema,
  files: z.array(ImportFilePreviewSchema),
});
export type CommentImportPreview = z.infer<typeof CommentImportPreviewSchema>;

/** Where an author's comments go: an existing respondent, or a new one created with the import. */
export const AuthorTargetSchema = z.union([
  z.object({ respondentId: RespondentIdSchema }).strict(),
  z
    .object({
      create: z.object({ name: RespondentNameSchema, kind: RespondentKindSchema }).strict(),
    })
    .strict(),
]);
export type AuthorTarget = z.infer<typeof AuthorTargetSchema>;

export const CommentImportFileSchema = z
  .object({
    path: z.string().min(1).max(4096),
    /** From the preview. */
    digest: z.string().regex(/^[0-9a-f]{64}$/),
    /** Survey files: the column mapping (absent: as recognised from the headers). */
    columns: SurveyColumnsSchema.optional(),
  })
  .strict();

export const AuthorMappingSchema = z
  .array(z.object({ author: z.string().max(200), target: AuthorTargetSchema }).strict())
  .max(2000);
export type AuthorMapping = z.infer<typeof AuthorMappingSchema>;

export const CommentImportReportSchema = z.object({
  roundId: RoundIdSchema,
  /** Comments written (replies included). */
  imported: z.number().int().min(0),
  changes: z.number().int().min(0),
  replies: z.number().int().min(0),
  /** Of those imported, the ones about the plan in general (no known section). */
  general: z.number().int().min(0),
  files: z.array(
    z.object({
      name: z.string(),
      kind: CommentFileKindSchema,
      imported: z.number().int().min(0),
      skipped: z.array(SkippedItemSchema),
      /** This file had been imported into the round before (it was imported again). */
      repeated: z.boolean(),
    }),
  ),
  /** Names of respondents created by this import. */
  respondentsCreated: z.array(z.string()),
});
export type CommentImportReport = z.infer<typeof CommentImportReportSchema>;
