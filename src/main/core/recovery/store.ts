import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { z } from 'zod';
import { MAX_CONTENT_CHARS } from '../../../shared/domain/lexical';
import { SectionIdSchema } from '../../../shared/domain/section';

/** A section's unsaved content as kept: the revision it was typed on and when it was stashed. */
export interface StoredDraft {
  sectionId: string;
  baseRevision: number;
  stashedAt: string;
  content: string;
}

/** How many plans' drafts the folder keeps; the least recently stashed go first. */
export const MAX_PLANS_KEPT = 20;

const StoredDraftSchema = z.object({
  sectionId: SectionIdSchema,
  baseRevision: z.number().int().min(0),
  stashedAt: z.string().max(64),
  content: z.string().max(MAX_CONTENT_CHARS),
});

const DraftFileSchema = z.object({
  path: z.string().min(1).max(4096),
  drafts: z.array(z.unknown()).max(10_000),
});

/**
 * The drafts of each plan on disk, one JSON file per plan under `<settingsDir>/recovery`, named by
 * a hash of the plan's real path. Written atomically (temp file + rename) so a crash mid-write
 * leaves the previous file; not fsynced: it guards against the app crashing, and the operating
 * system keeps written pages when only the app dies.
 */
export class DraftFiles {
  constructor(readonly dir: string) {}

  fileOf(planPath: string): string {
    const key = createHash('sha256').update(planPath).digest('hex').slice(0, 16);
    return join(this.dir, `${key}.json`);
  }

  /** The plan's stored drafts; a missing, foreign or damaged file holds none. */
  read(planPath: string): StoredDraft[] {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(this.fileOf(planPath), 'utf8'));
    } catch {
      return [];
    }
    const file = DraftFileSchema.safeParse(raw);
    if (!file.success || file.data.path !== planPath) return [];
    return file.data.drafts.flatMap((entry) => {
      const draft = StoredDraftSchema.safeParse(entry);
      return draft.success ? [draft.data] : [];
    });
  }

  /** Replaces the plan's drafts (none: removes its file). Throws when the disk refuses. */
  write(planPath: string, drafts: readonly StoredDraft[]): void {
    const file = this.fileOf(planPath);
    if (drafts.length === 0) {
      rmSync(file, { force: true });
      return;
    }
    mkdirSync(this.dir, { recursive: true });
    writeFileAtomic.sync(file, JSON.stringify({ path: planPath, drafts }), { fsync: false });
    this.prune(file);
  }

  /** Keeps the folder to MAX_PLANS_KEPT plans, dropping the least recently written ones. */
  private prune(keep: string): void {
    const files = readdirSync(this.dir)
      .filter((name) => name.endsWith('.json'))
      .map((name) => join(this.dir, name))
      .filter((file) => file !== keep)
      .map((file) => ({ file, mtime: statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0 }))
      .sort((a, b) => b.mtime - a.mtime);
    for (const { file } of files.slice(MAX_PLANS_KEPT - 1)) rmSync(file, { force: true });
  }
}
