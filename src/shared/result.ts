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
  'UNSUPPORTED',
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
