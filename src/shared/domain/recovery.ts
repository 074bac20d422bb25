import { z } from 'zod';
import { SectionIdSchema } from './section';

/**
 * Text typed but not yet saved (issue 8): the renderer hands each section's newest content to the
 * main process as it types, so that when the renderer crashes or hangs, or a save keeps failing,
 * the text can be offered back after a reload.
 */
export const RecoveredDraftSchema = z.object({
  sectionId: SectionIdSchema,
  /** The section's title now, to name it in the offer. */
  title: z.string(),
  /** The revision the draft was typed on; a draft is only offered while that is still current. */
  baseRevision: z.number().int().min(0),
  /** ISO timestamp of the last stash. */
  stashedAt: z.string(),
  /** Serialized Lexical editor state, as `section.save` takes it. */
  content: z.string(),
  /** The draft's plain text, for the offer's preview. */
  preview: z.string(),
});
export type RecoveredDraft = z.infer<typeof RecoveredDraftSchema>;
