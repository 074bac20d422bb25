import { z } from 'zod';
import { LanguageSchema } from './settings';
import { DigestSchema, VersionIdSchema } from './versions';
import { RoundIdSchema } from './rounds';

/**
 * Export of the plan, or of a frozen version, for the council: a tagged PDF made from print HTML,
 * or a Word copy (DOCX). The fixed texts (cover, contents, annexes) are in the chosen language;
 * the plan's own text is exported as written. Guidance is never exported.
 */

export const exportFormats = ['pdf', 'docx'] as const;
export const ExportFormatSchema = z.enum(exportFormats);
export type ExportFormat = z.infer<typeof ExportFormatSchema>;

/** What a save dialog offers to write: an export, or a table (a comment summary as CSV). */
export const SaveFormatSchema = z.enum(['pdf', 'docx', 'csv', 'xlsx']);
export type SaveFormat = z.infer<typeof SaveFormatSchema>;

/**
 * Annexes she can add after the plan's text: the statutory checklist coverage (requirement, legal
 * reference, status, sections), the comment summary of a round (kommenttikooste ja vastineet:
 * needs `roundId`) and the decision history (milestones with decision references).
 */
export const annexKinds = ['checklist', 'comments', 'decisions'] as const;
export const AnnexKindSchema = z.enum(annexKinds);
export type AnnexKind = z.infer<typeof AnnexKindSchema>;

/** The options shared by both formats. */
export const ExportOptionsSchema = z.object({
  /** The frozen version to export; null exports the plan as it is now. */
  versionId: VersionIdSchema.nullable().default(null),
  /** Language of the fixed texts; the plan's own language when not given. */
  language: LanguageSchema.optional(),
  /** Annexes in this order (duplicates are dropped). */
  annexes: z
    .array(AnnexKindSchema)
    .max(annexKinds.length * 2)
    .default([])
    .transform((kinds) => [...new Set(kinds)]),
  /** false: a draft, marked LUONNOS / UTKAST / DRAFT on every page; true: the final text. */
  final: z.boolean().default(false),
  /** The round whose comment summary the `comments` annex holds (the latest round when null). */
  roundId: RoundIdSchema.nullable().default(null),
  /**
   * Numbers every paragraph within its section ("4.1, kappale 2" in feedback): the draft sent out
   * to a comment round. The numbers are stable: the same version always numbers the same way.
   */
  paragraphNumbers: z.boolean().default(false),
});
export type ExportOptions = z.output<typeof ExportOptionsSchema>;
export type ExportOptionsInput = z.input<typeof ExportOptionsSchema>;

export const ExportResultSchema = z.object({
  /** The file written (its real path). */
  path: z.string(),
  format: ExportFormatSchema,
  /** Pages of a PDF; null for DOCX, whose pagination is Word's. */
  pages: z.number().int().min(1).nullable(),
  bytes: z.number().int().min(0),
  /**
   * SHA-256 of the exported content (the version's digest, or the digest the current plan would
   * have as a version), printed on the cover, so a reader can tell which text she holds.
   */
  contentDigest: DigestSchema,
  versionId: VersionIdSchema.nullable(),
  exportedAt: z.string(),
});
export type ExportResult = z.infer<typeof ExportResultSchema>;

/** Steps of an export, reported to the dialog as it goes (a 100-page plan takes a while). */
export const exportStages = ['collect', 'layout', 'contents', 'print', 'write'] as const;
export const ExportProgressSchema = z.object({
  docId: z.string(),
  stage: z.enum(exportStages),
  /** Share done, 0…1. */
  fraction: z.number().min(0).max(1),
});
export type ExportProgress = z.infer<typeof ExportProgressSchema>;
