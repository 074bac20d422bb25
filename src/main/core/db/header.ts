import { closeSync, openSync, readSync } from 'node:fs';
import { CoreError } from '../errors';

/** `PRAGMA application_id` of every Suunta plan: the bytes 'OPSU' (opiskeluhuoltosuunnitelma). */
export const APPLICATION_ID = 0x4f505355;

const HEADER_SIZE = 100;
const MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const USER_VERSION_OFFSET = 60;
const APPLICATION_ID_OFFSET = 68;

/**
 * Reads the 100-byte SQLite header straight from the file, before SQLite touches it, so that a
 * foreign or newer file is refused without SQLite creating `-wal`/`-shm` companions beside it.
 * Returns the header's `user_version`; SQLite confirms both values once the file is open.
 */
export function checkHeader(path: string, appSchemaVersion: number): number {
  const header = Buffer.alloc(HEADER_SIZE);
  const fd = openSync(path, 'r');
  let read: number;
  try {
    read = readSync(fd, header, 0, HEADER_SIZE, 0);
  } finally {
    closeSync(fd);
  }
  if (read < HEADER_SIZE || !header.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw new CoreError('NOT_A_PLAN', { path });
  }
  if (header.readUInt32BE(APPLICATION_ID_OFFSET) !== APPLICATION_ID) {
    throw new CoreError('NOT_A_PLAN', { path });
  }
  const userVersion = header.readInt32BE(USER_VERSION_OFFSET);
  if (userVersion > appSchemaVersion) {
    throw new CoreError('NEWER_VERSION', {
      path,
      fileVersion: userVersion,
      appVersion: appSchemaVersion,
    });
  }
  return userVersion;
}

/**
 * Marks a serialized database as using a rollback journal (header bytes 18 and 19), so that an
 * in-memory copy of a WAL-mode file can be opened: memory databases cannot use WAL.
 */
export function withRollbackHeader(bytes: Buffer): Buffer {
  const copy = Buffer.from(bytes);
  if (copy.length >= HEADER_SIZE) {
    copy[18] = 1;
    copy[19] = 1;
  }
  return copy;
}
