import { lstat, mkdtemp, realpath, rename, rm, stat, unlink } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { CoreError, asCoreError } from '../errors';

export interface NewFile<K extends string> {
  kind: K;
  /** Its name in the folder. */
  name: string;
  /** Writes the file at `path` (in a temporary folder beside its final place). */
  write(path: string): Promise<unknown>;
}

const exists = (path: string) =>
  lstat(path).then(
    () => true,
    () => false,
  );

async function refuseExisting(folder: string, names: string[]): Promise<void> {
  for (const name of names) {
    const path = join(folder, name);
    if (await exists(path)) throw new CoreError('FILE_EXISTS', { path });
  }
}

/**
 * Writes new files into `folder` all or nothing: each is first written into a hidden temporary
 * folder inside it (the same disk, so moving is a rename), and only when every one is ready are
 * they renamed into place. A failure on the way removes those already moved, so she never finds
 * half a package. A name already taken is FILE_EXISTS before anything is written.
 */
export async function writeAllOrNothing<K extends string>(
  given: string,
  files: Array<NewFile<K>>,
): Promise<{ folder: string; files: Array<{ kind: K; path: string; bytes: number }> }> {
  if (!isAbsolute(given)) throw new CoreError('INVALID_INPUT', { issue: 'folder: not absolute' });
  let folder: string;
  try {
    folder = await realpath(given);
    if (!(await stat(folder)).isDirectory()) {
      throw new CoreError('INVALID_INPUT', { issue: 'folder: not a folder' });
    }
  } catch (error) {
    throw asCoreError(error, given);
  }
  await refuseExisting(
    folder,
    files.map((file) => file.name),
  );
  let staging: string;
  try {
    staging = await mkdtemp(join(folder, '.suunta-'));
  } catch (error) {
    throw asCoreError(error, folder);
  }
  const placed: string[] = [];
  try {
    for (const file of files) await file.write(join(staging, file.name));
    // Something may have appeared meanwhile (rename would silently replace a file).
    await refuseExisting(
      folder,
      files.map((file) => file.name),
    );
    const written: Array<{ kind: K; path: string; bytes: number }> = [];
    for (const file of files) {
      const path = join(folder, file.name);
      await rename(join(staging, file.name), path);
      placed.push(path);
      written.push({ kind: file.kind, path, bytes: (await stat(path)).size });
    }
    return { folder, files: written };
  } catch (error) {
    await Promise.all(placed.map((path) => unlink(path).catch(() => undefined)));
    throw asCoreError(error, folder);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
