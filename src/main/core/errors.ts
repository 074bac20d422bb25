import type { AppError, ErrorCode } from '../../shared/result';
import { fail } from '../../shared/result';

type Details = NonNullable<AppError['details']>;

/**
 * A failure the core (or a port) knows how to name. Services throw it; the router turns it into a
 * Result, so no service ever builds an IPC answer itself.
 */
export class CoreError extends Error {
  readonly code: ErrorCode;
  readonly details: Details | undefined;

  constructor(code: ErrorCode, details?: Details) {
    super(code);
    this.name = 'CoreError';
    this.code = code;
    this.details = details;
  }
}

/** Codes whose messages name the file (`{{path}}` in the catalogue). */
const pathCodes = new Set<ErrorCode>([
  'FILE_NOT_FOUND',
  'FILE_EXISTS',
  'NOT_A_PLAN',
  'CORRUPT',
  'LOCKED',
  'READ_ONLY',
  'SOURCE_CHANGED',
  'BAD_TEMPLATE',
  'FILE_GONE',
]);

/** SQLite result codes (primary part of the extended code) → our codes. */
const sqliteCodes: Record<string, ErrorCode> = {
  SQLITE_FULL: 'DISK_FULL',
  SQLITE_READONLY: 'READ_ONLY',
  SQLITE_PERM: 'READ_ONLY',
  SQLITE_BUSY: 'LOCKED',
  SQLITE_LOCKED: 'LOCKED',
  SQLITE_NOTADB: 'NOT_A_PLAN',
  SQLITE_CORRUPT: 'CORRUPT',
  // Mostly a folder SQLite may not write in (the journal or the WAL cannot be created).
  SQLITE_CANTOPEN: 'READ_ONLY',
  SQLITE_IOERR: 'IO',
};

/** Node's errno codes of file operations → our codes. */
const errnoCodes: Record<string, ErrorCode> = {
  ENOENT: 'FILE_NOT_FOUND',
  ENOTDIR: 'FILE_NOT_FOUND',
  EEXIST: 'FILE_EXISTS',
  EACCES: 'READ_ONLY',
  EPERM: 'READ_ONLY',
  EROFS: 'READ_ONLY',
  ENOSPC: 'DISK_FULL',
  EDQUOT: 'DISK_FULL',
  EBUSY: 'LOCKED',
  EISDIR: 'NOT_A_PLAN',
};

const MAX_REASON = 200;

function codeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

function pathOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const path = (error as { path?: unknown }).path;
  return typeof path === 'string' ? path : undefined;
}

/** One line of an unknown error for support staff: its name and first message line, never a stack. */
function shortReason(error: unknown): string {
  const text =
    error instanceof Error
      ? `${error.name}: ${error.message}`
      : typeof error === 'string'
        ? error
        : 'unknown error';
  const firstLine = text.split('\n', 1)[0] ?? '';
  return firstLine.length > MAX_REASON ? `${firstLine.slice(0, MAX_REASON - 1)}…` : firstLine;
}

/** Classifies a thrown value as one of our codes (SQLite and file-system errors included). */
export function classify(error: unknown): { code: ErrorCode; details: Details | undefined } {
  if (error instanceof CoreError) return { code: error.code, details: error.details };
  const raw = codeOf(error);
  if (raw?.startsWith('SQLITE_')) {
    const primary = Object.keys(sqliteCodes).find(
      (name) => raw === name || raw.startsWith(`${name}_`),
    );
    if (primary) return { code: sqliteCodes[primary]!, details: { reason: raw } };
  } else if (raw !== undefined && Object.hasOwn(errnoCodes, raw)) {
    return { code: errnoCodes[raw]!, details: { reason: raw } };
  } else if (raw !== undefined && /^E[A-Z]+$/.test(raw)) {
    return { code: 'IO', details: { reason: raw } };
  }
  return { code: 'INTERNAL', details: { reason: shortReason(error) } };
}

/** Placeholders of each code's message other than `{{path}}`, with what stands in when unknown. */
const placeholders: Partial<Record<ErrorCode, Record<string, string>>> = {
  INVALID_INPUT: { issue: 'input' },
  TOO_LARGE: { limitMb: '?' },
  NEWER_VERSION: { fileVersion: '?', appVersion: '?' },
  IO: { reason: 'IO' },
  INTERNAL: { reason: 'INTERNAL' },
  DUPLICATE_NAME: { name: '?' },
  IN_USE: { count: '?' },
  INVALID_DATA: { row: '?', column: '?', value: '' },
};

/**
 * Codes whose message depends on a detail: `errors.WRONG_FORMAT_doc` says what the file is
 * instead; an unknown variant falls back to the code's own message (see `errorMessage`).
 */
const variants: Partial<Record<ErrorCode, { detail: string; known: readonly string[] }>> = {
  WRONG_FORMAT: {
    detail: 'found',
    known: ['doc', 'xlsx', 'pptx', 'odt', 'zip', 'docx', 'xls', 'notTable', 'notReturned'],
  },
  TOO_LARGE: { detail: 'limit', known: ['unpacked', 'section', 'table'] },
  // Survey exports (CSV, XLSX) name Excel instead of Word.
  DAMAGED_FILE: { detail: 'format', known: ['table'] },
  ENCRYPTED: { detail: 'format', known: ['table'] },
  EMPTY_DOCUMENT: { detail: 'format', known: ['table'] },
  INVALID_DATES: { detail: 'rule', known: ['endBeforeStart', 'decisionBeforeVersion'] },
  CHROMIUM_MISSING: { detail: 'platform', known: ['linux', 'win32', 'darwin', 'env'] },
  IN_USE: { detail: 'what', known: ['respondent', 'round'] },
  NOT_FOUND: {
    detail: 'what',
    known: ['round', 'indicator', 'provider', 'staffingRow', 'backup', 'replacement'],
  },
  CHANGED_SINCE: { detail: 'what', known: ['replacement'] },
  MISSING_COLUMN: { detail: 'column', known: ['area', 'level', 'year', 'value', 'indicator'] },
  PASSAGE_NOT_FOUND: {
    detail: 'reason',
    known: ['removed', 'ambiguous', 'spansParagraphs', 'sectionRemoved', 'notAChange', 'applied'],
  },
};

function messageKeyOf(code: ErrorCode, details: Details): string | undefined {
  const variant = variants[code];
  const value = variant ? details[variant.detail] : undefined;
  return typeof value === 'string' && variant!.known.includes(value)
    ? `errors.${code}_${value}`
    : undefined;
}

/**
 * Turns anything thrown into the AppError of a failed Result, with every placeholder of its
 * message filled. `path` is the file the operation was about (`{{path}}`).
 */
export function toFailure(error: unknown, path?: string): { ok: false; error: AppError } {
  const { code, details } = classify(error);
  const filled: Details = { ...placeholders[code], ...details };
  if (pathCodes.has(code) && typeof filled.path !== 'string') {
    filled.path = path ?? pathOf(error) ?? '';
  }
  return fail(
    code,
    Object.keys(filled).length > 0 ? filled : undefined,
    messageKeyOf(code, filled),
  );
}

/** The CoreError for anything thrown while working on the file at `path`. */
export function asCoreError(error: unknown, path: string): CoreError {
  if (error instanceof CoreError) return error;
  const { code, details } = classify(error);
  return new CoreError(code, pathCodes.has(code) ? { ...details, path } : details);
}
