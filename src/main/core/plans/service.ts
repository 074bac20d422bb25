import { realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join } from 'node:path';
import type { NewPlan, PlanMeta } from '../../../shared/domain/plan';
import type { PlanSummary } from '../core';
import type { Language } from '../../../shared/domain/settings';
import type { OpenedPlan } from '../../../shared/ipc';
import {
  statutoryTemplate,
  TEMPLATE_VERSION,
  type TemplateSection,
} from '../../../shared/statutory/template';
import {
  closePlanFile,
  createPlanFile,
  openPlanFile,
  readPlanFile,
  type Db,
} from '../db/plan-file';
import { CoreError, asCoreError, classify } from '../errors';
import { newId } from '../ids';
import { getOutline, purgeRemoved } from '../outline/service';
import { insertSection } from '../outline/repository';
import { linkSection } from '../checklist/repository';
import { getChecklist } from '../checklist/service';
import { CATALOGUE_VERSION } from '../../../shared/statutory/catalogue';
import type { SettingsService } from '../settings/service';
import { insertDefaultMilestones } from '../milestones/repository';
import { listMilestones } from '../milestones/service';
import { listRounds } from '../rounds/rounds';
import { listVersions } from '../versions/service';
import { helsinkiDate } from '../../../shared/dates';
import { insertMeta, readMeta, updateMeta, type MetaPatch } from './repository';
import type { DocRegistry, OpenDoc } from './registry';
import type { BackupService } from '../backups/service';
import { identityOf, stillThere } from './file-identity';
import { copyPlanTo } from './save-as';

export interface PlansDeps {
  registry: DocRegistry;
  settings: SettingsService;
  now(): Date;
  backupDir: string;
  /** Makes the backup taken of every plan when it is opened (never failing the open). */
  backups: Pick<BackupService, 'backupOnOpen'>;
  appVersion: string;
  nativeBinding: string | undefined;
}

/** A new plan file's details; an imported plan may leave the region empty until she sets it. */
export interface NewPlanFile {
  path: string;
  title: string;
  region: string;
  period?: string | null | undefined;
  language: Language;
}

/** Plan files are always named by absolute paths; a relative one would depend on the cwd. */
export function absolute(path: string): string {
  if (!isAbsolute(path)) throw new CoreError('INVALID_INPUT', { issue: 'path: not absolute' });
  return path;
}

export function realPath(path: string): string {
  try {
    return realpathSync(absolute(path));
  } catch (error) {
    throw asCoreError(error, path);
  }
}

function insertTemplate(
  db: Db,
  sections: readonly TemplateSection[],
  parentId: string | null,
  language: Language,
  now: string,
): void {
  sections.forEach((section, position) => {
    const id = newId();
    insertSection(db, {
      id,
      parentId,
      position,
      title: section.title[language],
      templateKey: section.key,
      updatedAt: now,
    });
    for (const requirementId of section.requirements) linkSection(db, id, requirementId);
    insertTemplate(db, section.children ?? [], id, language, now);
  });
}

/** Creating, opening and closing plan files, and the registry of plans open in this session. */
export class PlansService {
  /** Files being opened right now, so two windows racing for one file get ALREADY_OPEN. */
  private readonly opening = new Map<string, Promise<unknown>>();

  constructor(private readonly deps: PlansDeps) {}

  async create(senderId: string, input: NewPlan & { path: string }): Promise<OpenedPlan> {
    return this.createWith(senderId, input, (db, now) =>
      insertTemplate(db, statutoryTemplate, null, input.language, now),
    );
  }

  /**
   * Creates a plan file with `input`'s details and the sections `fill` inserts, then opens it.
   * The file is built under a temporary name and moved in place: nothing is half-written.
   */
  async createWith(
    senderId: string,
    input: NewPlanFile,
    fill: (db: Db, now: string) => void,
  ): Promise<OpenedPlan> {
    const given = absolute(input.path);
    const path = join(realPath(dirname(given)), basename(given));
    const now = this.deps.now().toISOString();
    createPlanFile(
      path,
      (db) => {
        insertMeta(db, {
          title: input.title,
          region: input.region,
          period: input.period ?? null,
          language: input.language,
          createdAt: now,
          templateVersion: TEMPLATE_VERSION,
          appVersion: this.deps.appVersion,
          catalogueVersion: CATALOGUE_VERSION,
        });
        fill(db, now);
        // Every new plan, from the template or a Word import, starts with the default process.
        insertDefaultMilestones(db, input.language);
      },
      this.fileOptions(),
    );
    return this.open(senderId, path);
  }

  async open(senderId: string, givenPath: string): Promise<OpenedPlan> {
    const path = realPath(givenPath);
    const pending = this.opening.get(path);
    if (pending) await pending.catch(() => undefined);
    const existing = this.deps.registry.byPath(path);
    if (existing) {
      if (existing.ownerSenderId !== senderId) {
        throw new CoreError('ALREADY_OPEN', { path, ownerSenderId: existing.ownerSenderId });
      }
      // The same window again (e.g. its page reloaded): the plan it already has.
      return this.describe(existing);
    }
    // The on-open backup is part of opening, so a second window racing for the file still waits.
    const opening = openPlanFile(path, this.openOptions()).then(async (db) => {
      await this.deps.backups.backupOnOpen(db, path);
      return db;
    });
    this.opening.set(path, opening);
    let db: Db;
    try {
      db = await opening;
    } finally {
      this.opening.delete(path);
    }
    let opened: OpenedPlan;
    let doc: OpenDoc;
    try {
      doc = {
        id: newId(),
        path,
        db,
        ownerSenderId: senderId,
        identity: this.identity(path),
        gone: false,
      };
      opened = this.describe(doc);
    } catch (error) {
      closePlanFile(db);
      throw asCoreError(error, path);
    }
    this.deps.registry.add(doc);
    this.remember(opened);
    return opened;
  }

  /**
   * "Tallenna nimellä": copies the open plan, with everything saved so far, to the new file
   * `givenPath` and goes on with that file under the same docId. The old file keeps what it had;
   * when it was deleted or moved (FILE_GONE), this is how nothing is lost.
   */
  async saveAs(senderId: string, docId: string, givenPath: string): Promise<OpenedPlan> {
    const doc = this.deps.registry.owned(docId, senderId);
    const given = absolute(givenPath);
    const path = join(realPath(dirname(given)), basename(given));
    await copyPlanTo(doc.db, path, this.deps.nativeBinding);
    const db = await openPlanFile(path, this.openOptions());
    if (this.deps.registry.byPath(doc.path) !== doc) {
      // The plan was closed while it was being copied: the copy stays, closed.
      closePlanFile(db);
      throw new CoreError('NOT_FOUND');
    }
    const old = doc.db;
    try {
      doc.identity = this.identity(path);
    } catch (error) {
      closePlanFile(db);
      throw error;
    }
    doc.db = db;
    doc.path = path;
    doc.gone = false;
    closePlanFile(old);
    const opened = this.describe(doc);
    this.remember(opened);
    return opened;
  }

  close(senderId: string, docId: string): void {
    this.closeDoc(this.deps.registry.owned(docId, senderId));
  }

  /** Makes removals final, then closes the file. The plan leaves the registry even on failure. */
  closeDoc(doc: OpenDoc): void {
    this.deps.registry.delete(doc.id);
    try {
      // A file that is gone keeps its removed sections: nothing more is written to it.
      if (stillThere(doc.path, doc.identity)) purgeRemoved(doc.db);
    } catch (error) {
      throw asCoreError(error, doc.path);
    } finally {
      closePlanFile(doc.db);
    }
  }

  closeAll(senderId?: string): void {
    const docs =
      senderId === undefined ? this.deps.registry.all() : this.deps.registry.ofSender(senderId);
    for (const doc of docs) {
      try {
        this.closeDoc(doc);
      } catch {
        // Closing goes on for the other plans; this one keeps its removed sections.
      }
    }
  }

  updateMeta(senderId: string, docId: string, patch: MetaPatch): PlanMeta {
    const meta = this.withDoc(senderId, docId, (db) =>
      db.transaction(() => {
        updateMeta(db, patch);
        return readMeta(db);
      })(),
    );
    // The start screen lists plans by title and region: keep its entry in step with a rename.
    this.deps.settings.remember({
      path: this.deps.registry.owned(docId, senderId).path,
      title: meta.title,
      region: meta.region,
      openedAt: this.deps.now().toISOString(),
    });
    return meta;
  }

  /**
   * Runs `work` on the sender's open plan; errors name the plan's file. While the file is gone
   * (deleted or moved away) reading goes on but every write fails with FILE_GONE.
   */
  withDoc<T>(senderId: string, docId: string, work: (db: Db) => T): T {
    const doc = this.deps.registry.owned(docId, senderId);
    const gone = this.followFile(doc);
    try {
      return work(doc.db);
    } catch (error) {
      if (gone && classify(error).code === 'READ_ONLY') {
        throw new CoreError('FILE_GONE', { path: doc.path });
      }
      throw asCoreError(error, doc.path);
    }
  }

  /** Makes the connection query-only while its file is gone, and writable again if it returns. */
  private followFile(doc: OpenDoc): boolean {
    const gone = !stillThere(doc.path, doc.identity);
    if (gone !== doc.gone) {
      doc.db.pragma(`query_only = ${gone ? 'ON' : 'OFF'}`);
      doc.gone = gone;
    }
    return gone;
  }

  ownerOf(path: string): string | null {
    let real: string;
    try {
      real = realpathSync(path);
    } catch {
      return null;
    }
    return this.deps.registry.byPath(real)?.ownerSenderId ?? null;
  }

  inspect(givenPath: string): PlanSummary {
    const path = realPath(givenPath);
    return readPlanFile(
      path,
      (db, fileVersion) => ({
        path,
        // The file's own format, even when it was read through a migrated copy.
        meta: { ...readMeta(db), schemaVersion: fileVersion },
        outline: getOutline(db),
        checklist: getChecklist(db),
        versions: listVersions(db),
        milestones: listMilestones(db, helsinkiDate(this.deps.now())),
        rounds: listRounds(db),
      }),
      this.fileOptions(),
    );
  }

  /** Runs `read` on a plan file opened read-only, as `inspect` does (nothing is written). */
  readOnly<T>(givenPath: string, read: (db: Db, path: string) => T): T {
    const path = realPath(givenPath);
    return readPlanFile(path, (db) => read(db, path), this.fileOptions());
  }

  private openOptions() {
    return {
      ...this.fileOptions(),
      backupDir: this.deps.backupDir,
      appVersion: this.deps.appVersion,
      now: () => this.deps.now(),
    };
  }

  private identity(path: string) {
    const identity = identityOf(path);
    if (!identity) throw new CoreError('FILE_GONE', { path });
    return identity;
  }

  private remember(opened: OpenedPlan): void {
    this.deps.settings.remember({
      path: opened.path,
      title: opened.meta.title,
      region: opened.meta.region,
      openedAt: this.deps.now().toISOString(),
    });
  }

  private fileOptions() {
    return { nativeBinding: this.deps.nativeBinding };
  }

  private describe(doc: OpenDoc): OpenedPlan {
    return { docId: doc.id, path: doc.path, meta: readMeta(doc.db), outline: getOutline(doc.db) };
  }
}
