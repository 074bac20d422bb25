import { execFileSync } from 'node:child_process';
import { chmodSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname } from 'node:path';

/** Everything a reader could notice about a file: its bytes, its mtime, and files beside it. */
export interface FileState {
  bytes: Buffer;
  mtimeNs: bigint;
  /** Names in the same folder that start with the file's name (`-wal`, `-shm`, `-journal`). */
  companions: string[];
}

export function fileState(path: string): FileState {
  const name = basename(path);
  return {
    bytes: readFileSync(path),
    mtimeNs: statSync(path, { bigint: true }).mtimeNs,
    companions: readdirSync(dirname(path))
      .filter((entry) => entry.startsWith(name) && entry !== name)
      .sort(),
  };
}

/**
 * Makes files and folders unwritable even for this process: chmod for a normal user; for root
 * (who ignores modes) the immutable attribute, where chattr exists. Returns the undo, or null
 * (with a note) where neither works.
 */
export function lockAgainstWriting(paths: string[]): (() => void) | null {
  if (process.getuid?.() !== 0) {
    for (const path of paths) chmodSync(path, 0o555);
    return () => paths.forEach((path) => chmodSync(path, 0o755));
  }
  try {
    execFileSync('chattr', ['+i', ...paths], { stdio: 'ignore' });
    return () => execFileSync('chattr', ['-i', ...paths]);
  } catch {
    console.warn('Skipped: running as root without chattr, so nothing can be made unwritable.');
    return null;
  }
}
