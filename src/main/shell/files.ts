import { extname, resolve } from 'node:path';

/** The extension of a plan file. */
export const planExtension = '.opsu';

/** A file name for the save dialog from a suggestion such as the plan's title. */
export function planFileName(suggestion: string, fallback: string): string {
  const stem = suggestion
    // Characters some file system refuses, and control characters.
    .replace(/[<>:"/\\|?*\p{Cc}]+/gu, '-')
    .replace(/^[\s.-]+|[\s.]+$/g, '')
    .slice(0, 120);
  return withPlanExtension(stem || fallback);
}

/** A file name with `extension` (".pdf", ".docx") for an export's save dialog. */
export function exportFileName(suggestion: string, extension: string, fallback: string): string {
  const stem = planFileName(suggestion, fallback).slice(0, -planExtension.length);
  return `${stem || fallback}${extension}`;
}

/** Adds `extension` where a dialog returned a name without it. */
export function withExtension(path: string, extension: string): string {
  return extname(path).toLowerCase() === extension ? path : `${path}${extension}`;
}

/** Adds `.opsu` where a dialog (e.g. GTK's) returned a name without it. */
export function withPlanExtension(path: string): string {
  return extname(path).toLowerCase() === planExtension ? path : `${path}${planExtension}`;
}

/**
 * The plan file named on a command line (the app's own or one forwarded by a second instance),
 * made absolute against the directory it was given in; the last one wins.
 */
export function planPathInArgs(argv: readonly string[], workingDirectory: string): string | null {
  const named = argv.filter(
    (arg) => !arg.startsWith('-') && extname(arg).toLowerCase() === planExtension,
  );
  const last = named[named.length - 1];
  return last === undefined ? null : resolve(workingDirectory, last);
}
