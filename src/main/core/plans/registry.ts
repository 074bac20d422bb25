import type { Db } from '../db/plan-file';
import { CoreError } from '../errors';

/** A plan open in this app session; it belongs to the window (sender) that opened it. */
export interface OpenDoc {
  id: string;
  /** The file's real path (symlinks resolved), so one file is never open twice. */
  path: string;
  db: Db;
  ownerSenderId: string;
  /** The file's device and inode when opened: a path that no longer leads there means FILE_GONE. */
  identity: FileIdentity;
  /** Set while the file is gone: the connection is then query-only, so nothing is lost at close. */
  gone: boolean;
}

export interface FileIdentity {
  dev: number;
  ino: number;
}

export class DocRegistry {
  private readonly docs = new Map<string, OpenDoc>();

  add(doc: OpenDoc): void {
    this.docs.set(doc.id, doc);
  }

  delete(docId: string): void {
    this.docs.delete(docId);
  }

  byPath(path: string): OpenDoc | undefined {
    return [...this.docs.values()].find((doc) => doc.path === path);
  }

  /** The sender's own open plan; another window's plan is as good as absent. */
  owned(docId: string, senderId: string): OpenDoc {
    const doc = this.docs.get(docId);
    if (!doc || doc.ownerSenderId !== senderId) throw new CoreError('NOT_FOUND');
    return doc;
  }

  ofSender(senderId: string): OpenDoc[] {
    return [...this.docs.values()].filter((doc) => doc.ownerSenderId === senderId);
  }

  all(): OpenDoc[] {
    return [...this.docs.values()];
  }
}
