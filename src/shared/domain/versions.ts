import { z } from 'zod';
import { PlanMetaSchema } from './plan';
import { OutlineSchema, SectionIdSchema } from './section';
import { ChecklistSchema } from './checklist';
import { PlanDataSchema } from './plan-data';

/**
 * Versions and history. Three tiers, as drafting systems such as LEOS have them: revisions (every
 * autosave of a section, coalesced), named versions (frozen on demand) and decision versions (frozen
 * for a milestone, e.g. the text the regional council adopted). A version is read-only forever; its
 * SHA-256 digest over the canonical content lets anyone check later that a text is the one decided on.
 */

export const VersionIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
/** Hex SHA-256 of a version's canonical content (RFC 8785 JSON of meta, outline, texts, checklist). */
export const DigestSchema = z.string().regex(/^[0-9a-f]{64}$/);

/** named = frozen on demand; decision = tied to a milestone; round = sent to a comment round. */
export const versionKinds = ['named', 'decision', 'round'] as const;
export const VersionKindSchema = z.enum(versionKinds);
export type VersionKind = z.infer<typeof VersionKindSchema>;

export const VersionLabelSchema = z.string().trim().min(1).max(200);

export const VersionSummarySchema = z.object({
  id: VersionIdSchema,
  /** 1, 2, 3 … in the order the versions were made: "versio 7". */
  number: z.number().int().min(1),
  label: z.string(),
  kind: VersionKindSchema,
  note: z.string(),
  createdAt: z.string(),
  /** The name set in preferences when it was frozen ("" if none). */
  createdBy: z.string(),
  digest: DigestSchema,
  /** The milestone this decision version was frozen for. */
  milestoneId: z.string().nullable(),
  sections: z.number().int().min(0),
  words: z.number().int().min(0),
});
export type VersionSummary = z.infer<typeof VersionSummarySchema>;

export const VersionSectionSchema = z.object({
  id: SectionIdSchema,
  title: z.string(),
  /** Serialized Lexical state as frozen; null for a section without text. */
  content: z.string().nullable(),
  plainText: z.string(),
  words: z.number().int().min(0),
});

/** A whole frozen plan, for the read-only view. */
export const VersionSnapshotSchema = z.object({
  version: VersionSummarySchema,
  /** The stored digest matches the content recomputed now (false: the file was tampered with). */
  digestOk: z.boolean(),
  meta: PlanMetaSchema,
  outline: OutlineSchema,
  sections: z.array(VersionSectionSchema),
  checklist: ChecklistSchema,
  /**
   * The plan's data (providers, staffing, indicators) as frozen with the version, which its live
   * blocks show; null for a version frozen before the app kept data (snapshot format 1).
   */
  data: PlanDataSchema.nullable(),
});
export type VersionSnapshot = z.infer<typeof VersionSnapshotSchema>;

/** One side of a comparison: a version, or the plan as it is now. */
export const CompareSideSchema = z.union([
  z.object({ versionId: VersionIdSchema }).strict(),
  z.object({ current: z.literal(true) }).strict(),
]);
export type CompareSide = z.infer<typeof CompareSideSchema>;

/** A run of text in a word-level diff. */
export const DiffPartSchema = z.object({
  op: z.enum(['equal', 'insert', 'delete']),
  text: z.string(),
});
export type DiffPart = z.infer<typeof DiffPartSchema>;

/**
 * A block of a section's text (paragraph, heading, list item, table row as "cell | cell"), compared
 * block by block and, within a changed block, word by word.
 */
export const DiffBlockSchema = z.object({
  kind: z.enum(['paragraph', 'heading', 'listItem', 'tableRow', 'quote']),
  change: z.enum(['equal', 'added', 'removed', 'changed']),
  parts: z.array(DiffPartSchema),
  /** A list item's nesting level: 1 in a top-level list, 2 in a list nested in it, …; absent otherwise. */
  depth: z.number().int().min(1).optional(),
});
export type DiffBlock = z.infer<typeof DiffBlockSchema>;

export const SectionDiffSchema = z.object({
  sectionId: SectionIdSchema,
  /** Title and number on each side; null on the side where the section does not exist. */
  from: z.object({ title: z.string(), number: z.string() }).nullable(),
  to: z.object({ title: z.string(), number: z.string() }).nullable(),
  added: z.boolean(),
  removed: z.boolean(),
  /** Its parent or place among its siblings changed. */
  moved: z.boolean(),
  renamed: z.boolean(),
  textChanged: z.boolean(),
  /** The blocks of a section whose text changed (added/removed sections: all blocks); else []. */
  blocks: z.array(DiffBlockSchema),
});
export type SectionDiff = z.infer<typeof SectionDiffSchema>;

export const ComparisonSchema = z.object({
  from: z.object({ versionId: VersionIdSchema.nullable(), label: z.string() }),
  to: z.object({ versionId: VersionIdSchema.nullable(), label: z.string() }),
  /** Plan details that differ (title, region, period, language, helsinki). */
  meta: z.array(z.object({ field: z.string(), from: z.string(), to: z.string() })),
  /** Every section of either side, in the reading order of `to` (removed ones where they were). */
  sections: z.array(SectionDiffSchema),
  stats: z.object({
    added: z.number().int(),
    removed: z.number().int(),
    moved: z.number().int(),
    renamed: z.number().int(),
    textChanged: z.number().int(),
    wordsInserted: z.number().int(),
    wordsDeleted: z.number().int(),
  }),
});
export type Comparison = z.infer<typeof ComparisonSchema>;

/** A saved revision of one section (autosaves close together are coalesced into one). */
export const RevisionSummarySchema = z.object({
  revision: z.number().int().min(1),
  createdAt: z.string(),
  author: z.string(),
  words: z.number().int().min(0),
  /** The start of its plain text. */
  excerpt: z.string(),
});
export type RevisionSummary = z.infer<typeof RevisionSummarySchema>;

export const RevisionSchema = RevisionSummarySchema.extend({
  content: z.string(),
  plainText: z.string(),
});
export type Revision = z.infer<typeof RevisionSchema>;

/** What `verify` finds for each version: the stored digest against the recomputed one. */
export const VersionCheckSchema = z.object({
  id: VersionIdSchema,
  number: z.number().int(),
  label: z.string(),
  createdAt: z.string(),
  digest: DigestSchema,
  /** The SHA-256 of the stored snapshot now ("" when the snapshot is not JSON at all). */
  recomputed: z.string(),
  ok: z.boolean(),
});
export type VersionCheck = z.infer<typeof VersionCheckSchema>;
