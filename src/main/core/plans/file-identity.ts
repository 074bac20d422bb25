import { statSync } from 'node:fs';
import type { FileIdentity } from './registry';

/** The device and inode the path leads to now, or null when nothing is there. */
export function identityOf(path: string): FileIdentity | null {
  try {
    const stat = statSync(path);
    return { dev: stat.dev, ino: stat.ino };
  } catch {
    return null;
  }
}

/**
 * Whether `path` still leads to the file that was opened. On Linux and macOS a deleted or
 * moved-away file stays writable through the open connection and its writes vanish at close, so
 * a different (or missing) inode must stop saving.
 */
export function stillThere(path: string, opened: FileIdentity): boolean {
  const now = identityOf(path);
  return now !== null && now.dev === opened.dev && now.ino === opened.ino;
}
