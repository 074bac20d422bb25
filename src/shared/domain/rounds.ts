import { z } from 'zod';
import { IsoDateSchema } from './milestones';
import { SectionIdSchema } from './section';
import { DigestSchema, VersionIdSchema } from './versions';

/**
 * Comment rounds (kommenttikierros, also lausuntokierros): a frozen version of the draft is sent to
 * the member organisations (respondents), their feedback comes back by hand, from Word files or from
 * a survey export, and the chair records for each comment its resolution and response (vastine).
 */

const IdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
export const RoundIdSchema = IdSchema;
export const RespondentIdSchema = IdSchema;
export const QuestionIdSchema = IdSchema;
export const CommentIdSchema = IdSchema;

/** valmistelu / auki / suljettu / käsitelty. */
export const roundStatuses = ['preparation', 'open', 'closed', 'reviewed'] as const;
export const RoundStatusSchema = z.enum(roundStatuses);
export type RoundStatus = z.infer<typeof RoundStatusSchema>;

/** kunta, koulutuksen järjestäjä, hyvinvointialue, huoltajat, opiskelijat, muu. */
export const respondentKinds = [
  'municipality',
  'provider',
  'county',
  'guardians',
  'students',
  'other',
] as const;
export const RespondentKindSchema = z.enum(respondentKinds);
export type RespondentKind = z.infer<typeof RespondentKindSchema>;

/** avoin, hyväksytty, osittain hyväksytty, ei hyväksytty, merkitty tiedoksi. */
export const resolutions = ['open', 'accepted', 'partial', 'rejected', 'noted'] as const;
export const ResolutionSchema = z.enum(resolutions);
export type Resolution = z.infer<typeof ResolutionSchema>;

/** A free comment, or a change proposal (new wording for the quoted passage). */
export const commentKinds = ['comment', 'change'] as const;
export const CommentKindSchema = z.enum(commentKinds);
export type CommentKind = z.infer<typeof CommentKindSchema>;

/** Where a comment came from. */
export const commentSources = ['manual', 'docx', 'survey'] as const;
export const CommentSourceSchema = z.enum(commentSources);
export type CommentSource = z.infer<typeof CommentSourceSchema>;

export const RoundTitleSchema = z.string().trim().min(1).max(200);
export const RespondentNameSchema = z.string().trim().min(1).max(200);
export const CommentTextSchema = z.string().trim().max(20_000);
export const ResponseTextSchema = z.string().trim().max(20_000);
export const QuestionTextSchema = z.string().trim().min(1).max(2000);
export const InstructionsSchema = z.string().trim().max(5000);

export const MAX_QUOTE = 2000;
export const MAX_CONTEXT = 64;

/**
 * A quoted passage as the W3C Web Annotation TextQuoteSelector has it: the exact text plus a little
 * of what precedes and follows it, so it can be found again after edits (src/shared/anchoring.ts).
 */
export const TextQuoteSchema = z
  .object({
    exact: z.string().min(1).max(MAX_QUOTE),
    prefix: z.string().max(MAX_CONTEXT),
    suffix: z.string().max(MAX_CONTEXT),
  })
  .strict();
export type TextQuote = z.infer<typeof TextQuoteSchema>;

/**
 * Where a comment stands in the current text: `plan` (about the plan in general), `section` (about
 * a whole section that still exists), `found` (its quote is found again in its section), `orphaned`
 * (the quoted passage is no longer there; the original quote is kept and shown) or `sectionRemoved`.
 */
export const anchorStates = ['plan', 'section', 'found', 'orphaned', 'sectionRemoved'] as const;
export const AnchorStateSchema = z.enum(anchorStates);
export type AnchorState = z.infer<typeof AnchorStateSchema>;

export const RespondentSchema = z.object({
  id: RespondentIdSchema,
  name: z.string(),
  kind: RespondentKindSchema,
  contact: z.string(),
  /** Word authors and survey names remembered as this organisation. */
  aliases: z.array(z.string()),
});
export type Respondent = z.infer<typeof RespondentSchema>;

export const RespondentInputSchema = z
  .object({
    /** Absent: a new respondent. */
    id: RespondentIdSchema.optional(),
    name: RespondentNameSchema,
    kind: RespondentKindSchema,
    contact: z.string().trim().max(500).default(''),
  })
  .strict();
export type RespondentInput = z.input<typeof RespondentInputSchema>;

/** A targeted question of a round, about one section or (sectionId null) the whole plan. */
export const QuestionSchema = z.object({
  id: QuestionIdSchema,
  /** 1, 2, 3 … in the round's order. */
  number: z.number().int().min(1),
  sectionId: SectionIdSchema.nullable(),
  text: z.string(),
});
export type Question = z.infer<typeof QuestionSchema>;

/** A section as the round's version had it. */
export const SectionRefSchema = z.object({
  id: SectionIdSchema,
  /** Its outline number in the round's version ("4.1"). */
  number: z.string(),
  title: z.string(),
});
export type SectionRef = z.infer<typeof SectionRefSchema>;

export const RoundSummarySchema = z.object({
  id: RoundIdSchema,
  title: z.string(),
  versionId: VersionIdSchema,
  versionNumber: z.number().int().min(1),
  versionLabel: z.string(),
  status: RoundStatusSchema,
  opensOn: IsoDateSchema.nullable(),
  closesOn: IsoDateSchema.nullable(),
  createdAt: z.string(),
  /** Top-level comments (replies in Word threads are not counted). */
  comments: z.number().int().min(0),
  /** Of those, how many have a resolution other than `open`. */
  resolved: z.number().int().min(0),
  /** Respondents asked, and respondents who gave at least one comment or answer. */
  invited: z.number().int().min(0),
  answered: z.number().int().min(0),
});
export type RoundSummary = z.infer<typeof RoundSummarySchema>;

/** A respondent's place in one round. */
export const RoundRespondentSchema = z.object({
  respondentId: RespondentIdSchema,
  name: z.string(),
  kind: RespondentKindSchema,
  invited: z.boolean(),
  answered: z.boolean(),
  comments: z.number().int().min(0),
});

export const RoundSchema = RoundSummarySchema.extend({
  instructions: z.string(),
  versionDigest: DigestSchema,
  questions: z.array(QuestionSchema),
  /** Every respondent of the register that was invited or answered, by name. */
  respondents: z.array(RoundRespondentSchema),
});
export type Round = z.infer<typeof RoundSchema>;

export const RoundPatchSchema = z
  .object({
    title: RoundTitleSchema.optional(),
    opensOn: IsoDateSchema.nullable().optional(),
    closesOn: IsoDateSchema.nullable().optional(),
    instructions: InstructionsSchema.optional(),
    status: RoundStatusSchema.optional(),
    /** The whole list of respondents asked. */
    invited: z.array(RespondentIdSchema).max(1000).optional(),
  })
  .strict();
export type RoundPatch = z.infer<typeof RoundPatchSchema>;

export const CommentSchema = z.object({
  id: CommentIdSchema,
  roundId: RoundIdSchema,
  /** 1, 2, 3 … within the round, in the order they came in: "K12" in the review. */
  number: z.number().int().min(1),
  respondentId: RespondentIdSchema,
  respondentName: z.string(),
  respondentKind: RespondentKindSchema,
  /** The section as in the round's version; null for a comment on the plan in general. */
  section: SectionRefSchema.nullable(),
  questionId: QuestionIdSchema.nullable(),
  quote: TextQuoteSchema.nullable(),
  text: z.string(),
  kind: CommentKindSchema,
  /** A change proposal's new wording for `quote.exact` ("" proposes deleting it). */
  proposal: z.string().nullable(),
  /** A reply in a Word comment thread points at the comment it answers. */
  parentId: CommentIdSchema.nullable(),
  source: CommentSourceSchema,
  /** The file it was imported from (its name), the author as written there, and where in it. */
  sourceFile: z.string().nullable(),
  sourceAuthor: z.string().nullable(),
  sourceRef: z.string().nullable(),
  anchor: AnchorStateSchema,
  createdAt: z.string(),
  createdBy: z.string(),
  resolution: ResolutionSchema,
  /** The vastine: required for every resolution but `open`. */
  response: z.string(),
  resolvedBy: z.string(),
  resolvedAt: z.string().nullable(),
  /** A change proposal applied to the current text: the section revision it made. */
  appliedRevision: z.number().int().min(1).nullable(),
});
export type Comment = z.infer<typeof CommentSchema>;

export const ResolutionCountsSchema = z.object({
  open: z.number().int().min(0),
  accepted: z.number().int().min(0),
  partial: z.number().int().min(0),
  rejected: z.number().int().min(0),
  noted: z.number().int().min(0),
});
export type ResolutionCounts = z.infer<typeof ResolutionCountsSchema>;

export const CommentListSchema = z.object({
  roundId: RoundIdSchema,
  /** In number order; replies right after their parent. */
  comments: z.array(CommentSchema),
  /** Of top-level comments. */
  total: z.number().int().min(0),
  resolved: z.number().int().min(0),
  byResolution: ResolutionCountsSchema,
});
export type CommentList = z.infer<typeof CommentListSchema>;

export const NewCommentSchema = z
  .object({
    respondentId: RespondentIdSchema,
    /** null: about the plan in general. */
    sectionId: SectionIdSchema.nullable(),
    /** A passage selected in the round's version of that section. */
    quote: TextQuoteSchema.nullable().default(null),
    questionId: QuestionIdSchema.nullable().default(null),
    text: CommentTextSchema,
    kind: CommentKindSchema.default('comment'),
    proposal: z
      .string()
      .max(MAX_QUOTE * 2)
      .nullable()
      .default(null),
  })
  .strict();
export type NewComment = z.input<typeof NewCommentSchema>;

/** kommenttikooste ja vastineet: the round's comments by section, with counts. */
export const CommentSummarySchema = z.object({
  round: RoundSummarySchema,
  /** The round version's sections in reading order (only those with comments), then `null`: general. */
  sections: z.array(
    z.object({
      section: SectionRefSchema.nullable(),
      comments: z.array(CommentSchema),
    }),
  ),
  byRespondent: z.array(
    z.object({
      respondentId: RespondentIdSchema,
      name: z.string(),
      kind: RespondentKindSchema,
      total: z.number().int().min(0),
      byResolution: ResolutionCountsSchema,
    }),
  ),
  byResolution: ResolutionCountsSchema,
  total: z.number().int().min(0),
});
export type CommentSummary = z.infer<typeof CommentSummarySchema>;

/** The files of a round's send-out package, written into the folder she chose. */
export const RoundPackageSchema = z.object({
  folder: z.string(),
  files: z.array(
    z.object({
      kind: z.enum(['letter', 'pdf', 'docx', 'form']),
      path: z.string(),
      bytes: z.number().int().min(0),
    }),
  ),
});
export type RoundPackage = z.infer<typeof RoundPackageSchema>;
