import { z } from 'zod';
import { CommentIdSchema, ResolutionSchema, RoundIdSchema, TextQuoteSchema } from './rounds';
import { SectionIdSchema, SectionTitleSchema } from './section';
import { VersionIdSchema } from './versions';

/**
 * Haku: full-text search over the plan's current text, its frozen versions and the comments of its
 * rounds, and replacing words in the current text. The query language (words, "phrases", word*)
 * and how a word matches are in `../search/query.ts`; this file is the shape of what crosses IPC.
 */

export const MAX_QUERY_CHARS = 200;
export const SearchQueryTextSchema = z.string().trim().min(1).max(MAX_QUERY_CHARS);

/** What a plan-wide search looks in; the current text is always searched. */
export const SearchSourcesSchema = z
  .object({
    versions: z.boolean(),
    comments: z.boolean(),
  })
  .strict();
export type SearchSources = z.infer<typeof SearchSourcesSchema>;

/** A run of a snippet: matched runs are shown highlighted. */
export const SnippetPartSchema = z.object({ text: z.string(), match: z.boolean() });
export type SnippetPart = z.infer<typeof SnippetPartSchema>;

/** Which field of a comment a hit is in. */
export const commentFields = ['text', 'proposal', 'response'] as const;
export const CommentFieldSchema = z.enum(commentFields);
export type CommentField = z.infer<typeof CommentFieldSchema>;

/** Where a hit is: the current text or title of a section, a frozen version, or a comment. */
export const HitSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text') }),
  z.object({ kind: z.literal('title') }),
  z.object({
    kind: z.literal('version'),
    versionId: VersionIdSchema,
    /** "versio 3" */
    versionNumber: z.number().int().min(1),
    versionLabel: z.string(),
  }),
  z.object({
    kind: z.literal('comment'),
    roundId: RoundIdSchema,
    roundTitle: z.string(),
    commentId: CommentIdSchema,
    commentNumber: z.number().int().min(1),
    respondent: z.string(),
    field: CommentFieldSchema,
    resolution: ResolutionSchema,
  }),
]);
export type HitSource = z.infer<typeof HitSourceSchema>;

/** One place the query matches. */
export const SearchHitSchema = z.object({
  source: HitSourceSchema,
  /** A short excerpt around the first match, matched runs marked. */
  snippet: z.array(SnippetPartSchema),
  /** How many matches this text holds (the snippet shows the first). */
  matches: z.number().int().min(1),
  /**
   * The first match with a little context before and after (W3C TextQuoteSelector), to find and
   * select the passage in the editor or the version view; null for a hit in a title.
   */
  quote: TextQuoteSchema.nullable(),
});
export type SearchHit = z.infer<typeof SearchHitSchema>;

/** The hits of one section, in reading order; `sectionId` null: comments about the whole plan. */
export const SearchGroupSchema = z.object({
  sectionId: SectionIdSchema.nullable(),
  /** The section's outline number now ("3.1"); "" when the section is no longer in the plan. */
  number: z.string(),
  /** Its title now, or as the version or comment last knew it; "" for the plan as a whole. */
  title: z.string(),
  hits: z.array(SearchHitSchema),
});
export type SearchGroup = z.infer<typeof SearchGroupSchema>;

export const SearchResultsSchema = z.object({
  query: z.string(),
  /** The query's words as they are matched (for showing "haettiin: …"). */
  terms: z.array(z.string()),
  /** Hits in all, including any left out because of the limit. */
  total: z.number().int().min(0),
  /** Some hits in versions or comments were left out (more than the limit). */
  truncated: z.boolean(),
  /** Groups in the plan's reading order; sections no longer in the plan, then the plan as a whole. */
  groups: z.array(SearchGroupSchema),
});
export type SearchResults = z.infer<typeof SearchResultsSchema>;

/**
 * At most this many hits in versions and comments are returned by one search (the total is still
 * counted); hits in the current text and titles are always returned.
 */
export const SEARCH_HIT_LIMIT = 500;

export const ReplacementTextSchema = z.string().max(MAX_QUERY_CHARS);
export const ReplaceIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/** One section changed by a replace: its new revision and how many places were replaced. */
export const ReplacedSectionSchema = z.object({
  sectionId: SectionIdSchema,
  title: SectionTitleSchema,
  /** Places replaced in its text (its title counts as one when changed). */
  count: z.number().int().min(1),
  revision: z.number().int().min(0),
});
export type ReplacedSection = z.infer<typeof ReplacedSectionSchema>;

export const ReplaceResultSchema = z.object({
  /** Undoes this replace with `search.undoReplace`; null when nothing matched. */
  replaceId: ReplaceIdSchema.nullable(),
  /** Places replaced in all. */
  replaced: z.number().int().min(0),
  sections: z.array(ReplacedSectionSchema),
});
export type ReplaceResult = z.infer<typeof ReplaceResultSchema>;
