import { z } from 'zod';
import { RequirementIdSchema } from './checklist';
import { MAX_OUTLINE_DEPTH } from './section';

/**
 * "Tuo aiempi suunnitelma (DOCX)": a new plan made from the Word file of the previous plan. The
 * core reads the file into a preview (nothing written); she checks the proposed sections and
 * their requirement links, and only then is the plan file created.
 */

/** Larger Word files are refused before they are read (a 100-page plan with images is ~20 MB). */
export const MAX_DOCX_BYTES = 64 * 1024 * 1024;

/** Something in the Word file that did not come across as it was; translated by code. */
export const importNoticeCodes = [
  /** Images are not part of a plan's text: listed per section so she can add them again. */
  'imagesNotImported',
  /** Headings below outline level 3 stay headings inside their section's text. */
  'deepHeadings',
  /** Text before the first heading became a section of its own (titled by the document title). */
  'contentBeforeFirstHeading',
  /** The document has no headings: its whole text became one section. */
  'noHeadings',
  /** Footnotes and endnotes became a numbered list at the end of the section that cites them. */
  'notesMoved',
  /** Tracked changes: the text came across with every change accepted. */
  'trackedChanges',
  /** Word comments are not imported here (they belong to a comment round). */
  'commentsIgnored',
] as const;
export const ImportNoticeCodeSchema = z.enum(importNoticeCodes);
export type ImportNoticeCode = z.infer<typeof ImportNoticeCodeSchema>;

export const ImportNoticeSchema = z.object({
  code: ImportNoticeCodeSchema,
  /** How many places the notice concerns (images, headings, notes, comments…). */
  count: z.number().int().min(0),
});
export type ImportNotice = z.infer<typeof ImportNoticeSchema>;

export const RequirementSuggestionSchema = z.object({
  requirementId: RequirementIdSchema,
  /** Title similarity, 0–1; suggestions at or above the threshold start out selected. */
  score: z.number().min(0).max(1),
});

export const ImportedSectionSchema = z.object({
  /** Position in reading order (0-based); the mapping refers to sections by it. */
  index: z.number().int().min(0),
  title: z.string(),
  /** Outline level (1 = chapter); heading levels become nesting, skipped levels close up. */
  depth: z.number().int().min(1).max(MAX_OUTLINE_DEPTH),
  words: z.number().int().min(0),
  /** The start of the section's plain text, for the preview. */
  excerpt: z.string(),
  tables: z.number().int().min(0),
  lists: z.number().int().min(0),
  /** Images in this section that will not come across, by their alternative text ("" if none). */
  images: z.array(z.object({ alt: z.string() })),
  /** Requirements whose labels (or template sections) resemble the title, best first. */
  suggestions: z.array(RequirementSuggestionSchema),
});
export type ImportedSection = z.infer<typeof ImportedSectionSchema>;

export const DocxPreviewSchema = z.object({
  /** The Word file's name (no folder), for the dialog's heading. */
  fileName: z.string(),
  /** SHA-256 of the file's bytes; creating refuses a file that changed after the preview. */
  sourceDigest: z.string().regex(/^[0-9a-f]{64}$/),
  /** Proposed plan title: Word's Title style, else the document properties, else the file name. */
  title: z.string(),
  sections: z.array(ImportedSectionSchema).min(1),
  words: z.number().int().min(0),
  notices: z.array(ImportNoticeSchema),
  /** Score at or above which a suggestion starts out selected. */
  suggestionThreshold: z.number().min(0).max(1),
});
export type DocxPreview = z.infer<typeof DocxPreviewSchema>;

/** Which requirements each imported section serves, as she settled it in the preview. */
export const ImportMappingSchema = z
  .array(
    z
      .object({
        index: z.number().int().min(0).max(100_000),
        requirementIds: z.array(RequirementIdSchema).max(64),
      })
      .strict(),
  )
  .max(100_000);
export type ImportMapping = z.infer<typeof ImportMappingSchema>;

/** The mapping she starts from: each section's suggestions at or above the threshold. */
export function suggestedMapping(preview: DocxPreview): ImportMapping {
  return preview.sections
    .map((section) => ({
      index: section.index,
      requirementIds: section.suggestions
        .filter((suggestion) => suggestion.score >= preview.suggestionThreshold)
        .map((suggestion) => suggestion.requirementId),
    }))
    .filter((entry) => entry.requirementIds.length > 0);
}
