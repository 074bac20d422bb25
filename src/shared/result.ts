import { z } from 'zod';

/** Every failure that crosses a boundary (IPC, CLI) carries one of these codes. */
export const errorCodes = [
  'INVALID_INPUT',
  'NOT_FOUND',
  'FILE_NOT_FOUND',
  'FILE_EXISTS',
  'NOT_A_PLAN',
  'NEWER_VERSION',
  'CORRUPT',
  'ALREADY_OPEN',
  'LOCKED',
  'READ_ONLY',
  'DISK_FULL',
  'IO',
  /** The open plan's file was deleted or moved away while open (issue 8). */
  'FILE_GONE',
  'UNSUPPORTED',
  /** An imported file is not of the kind asked for (details.found: doc, xlsx, odt, zip, unknown). */
  'WRONG_FORMAT',
  /** An imported file is password-protected. */
  'ENCRYPTED',
  /** An imported file is truncated or its contents cannot be read. */
  'DAMAGED_FILE',
  /** An imported file exceeds a size limit (details.limitMb), packed or unpacked. */
  'TOO_LARGE',
  /** An imported file holds no text. */
  'EMPTY_DOCUMENT',
  /** The file changed between its preview and the import. */
  'SOURCE_CHANGED',
  /**
   * Dates that cannot be (details.rule: endBeforeStart — a period ends before it starts;
   * decisionBeforeVersion — a decision dated before the version it decided on was frozen).
   */
  'INVALID_DATES',
  /**
   * No Chromium-family browser to print a PDF with (the CLI; details.platform: linux, win32,
   * darwin — what to install there — or env: SUUNTA_CHROMIUM names no file).
   */
  'CHROMIUM_MISSING',
  /** The Word template chosen for an export cannot be used (not a .docx/.dotx, or no styles). */
  'BAD_TEMPLATE',
  /** A name that must be unique in the plan is taken (details.name: a respondent or round title). */
  'DUPLICATE_NAME',
  /** Something still in use cannot be removed (details.what: respondent, round; details.count). */
  'IN_USE',
  /** A resolution other than avoin needs a response (vastine). */
  'RESPONSE_REQUIRED',
  /**
   * A change proposal cannot be applied (details.reason: removed, ambiguous, spansParagraphs,
   * sectionRemoved, notAChange, applied).
   */
  'PASSAGE_NOT_FOUND',
  /** The text was edited after an applied change, so undoing it would lose those edits. */
  'CHANGED_SINCE',
  /** Replace was asked with more than one word or phrase to find (issue 9). */
  'REPLACE_NEEDS_PHRASE',
  /**
   * A cell of an imported table cannot be read as what its column holds (details.row, details.column,
   * details.value); nothing of the file was written.
   */
  'INVALID_DATA',
  /** An imported table lacks a column it needs (details.column: area, level, year, value, indicator). */
  'MISSING_COLUMN',
  'INTERNAL',
] as const;
export const ErrorCode = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof ErrorCode>;

/**
 * The error shape: a code, the i18n key of a message the user can read, and details that fill the
 * message's placeholders (or help support staff). Never a stack trace.
 */
export const AppErrorSchema = z.object({
  code: ErrorCode,
  messageKey: z.string(),
  details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
});
export type AppError = z.infer<typeof AppErrorSchema>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (
  code: ErrorCode,
  details?: AppError['details'],
  messageKey = `errors.${code}`,
): { ok: false; error: AppError } => ({
  ok: false,
  error: details === undefined ? { code, messageKey } : { code, messageKey, details },
});

export const resultSchema = <T extends z.ZodType>(value: T) =>
  z.union([
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: AppErrorSchema }),
  ]);
