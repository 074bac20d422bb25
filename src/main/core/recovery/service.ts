import { editorStatePlainText, parseEditorState } from '../../../shared/domain/lexical';
import type { RecoveredDraft } from '../../../shared/domain/recovery';
import type { Db } from '../db/plan-file';
import { CoreError } from '../errors';
import { getSection } from '../sections/service';
import { DraftFiles, type StoredDraft } from './store';

/** A plan's drafts together may hold this many characters; older drafts give way to newer. */
export const MAX_DRAFT_CHARS_PER_PLAN = 8_000_000;
/** The offer shows this much of a draft's text. */
export const PREVIEW_CHARS = 280;

function preview(content: string): string {
  const state = parseEditorState(content);
  const text = state ? editorStatePlainText(state).replace(/\s+/g, ' ').trim() : '';
  return text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS - 1)}…` : text;
}

/** Newest first, within MAX_DRAFT_CHARS_PER_PLAN. */
function bounded(drafts: StoredDraft[]): StoredDraft[] {
  let total = 0;
  return [...drafts]
    .sort((a, b) => b.stashedAt.localeCompare(a.stashedAt))
    .filter((draft) => {
      if (total + draft.content.length > MAX_DRAFT_CHARS_PER_PLAN) return false;
      total += draft.content.length;
      return true;
    });
}

/**
 * Text typed but not yet saved, per plan (by real path) and section, so it survives a crashed or
 * hung renderer (kept in this process) and a crash of the whole app (kept on disk, best-effort).
 * A draft belongs to the section revision it was typed on: once another save follows, it is stale.
 */
export class RecoveryService {
  private readonly plans = new Map<string, Map<string, StoredDraft>>();
  private readonly files: DraftFiles;

  constructor(
    recoveryDir: string,
    private readonly now: () => Date,
  ) {
    this.files = new DraftFiles(recoveryDir);
  }

  stash(planPath: string, db: Db, sectionId: string, content: string): void {
    if (!parseEditorState(content)) {
      throw new CoreError('INVALID_INPUT', { issue: 'content: not a Lexical editor state' });
    }
    const section = getSection(db, sectionId);
    // The stored text itself, e.g. an editor loading it after a reload: a draft waiting to be
    // offered stays (list drops it once it is saved or stale).
    if (section.content === content) return;
    const drafts = this.draftsOf(planPath);
    drafts.set(sectionId, {
      sectionId,
      baseRevision: section.revision,
      stashedAt: this.now().toISOString(),
      content,
    });
    this.persist(planPath);
  }

  /** The drafts still worth offering: typed on the current revision and unlike the stored text. */
  list(planPath: string, db: Db): RecoveredDraft[] {
    const drafts = this.draftsOf(planPath);
    const offered: RecoveredDraft[] = [];
    const before = drafts.size;
    for (const draft of [...drafts.values()]) {
      let section;
      try {
        section = getSection(db, draft.sectionId);
      } catch {
        section = undefined;
      }
      if (
        !section ||
        section.revision !== draft.baseRevision ||
        section.content === draft.content ||
        !parseEditorState(draft.content)
      ) {
        drafts.delete(draft.sectionId);
        continue;
      }
      offered.push({
        sectionId: draft.sectionId,
        title: section.title,
        baseRevision: draft.baseRevision,
        stashedAt: draft.stashedAt,
        content: draft.content,
        preview: preview(draft.content),
      });
    }
    if (drafts.size !== before) this.persist(planPath);
    return offered;
  }

  discard(planPath: string, sectionId: string): void {
    if (this.draftsOf(planPath).delete(sectionId)) this.persist(planPath);
  }

  /** A save made the section's revision `revision`: a draft typed on an older one is now stale. */
  saved(planPath: string, sectionId: string, revision: number): void {
    const draft = this.plans.get(planPath)?.get(sectionId);
    if (draft && draft.baseRevision !== revision) this.discard(planPath, sectionId);
  }

  /**
   * The plan was saved as `to` and is now edited there, with the same sections and revisions: its
   * drafts go with it (any drafts kept for an earlier file at `to` belonged to a file now replaced).
   */
  moved(from: string, to: string): void {
    if (from === to) return;
    const drafts = this.draftsOf(from);
    this.plans.set(to, new Map(drafts));
    this.persist(to);
    drafts.clear();
    this.persist(from);
  }

  private draftsOf(planPath: string): Map<string, StoredDraft> {
    let drafts = this.plans.get(planPath);
    if (!drafts) {
      drafts = new Map(this.files.read(planPath).map((draft) => [draft.sectionId, draft]));
      this.plans.set(planPath, drafts);
    }
    return drafts;
  }

  private persist(planPath: string): void {
    const drafts = this.draftsOf(planPath);
    const kept = bounded([...drafts.values()]);
    if (kept.length !== drafts.size) {
      drafts.clear();
      for (const draft of kept) drafts.set(draft.sectionId, draft);
    }
    try {
      this.files.write(planPath, kept);
    } catch {
      // Best-effort: the drafts stay in memory, which covers a crashed renderer.
    }
  }
}
