import type { Checklist } from '../../shared/domain/checklist';
import type { Milestones } from '../../shared/domain/milestones';
import type { Comment, RoundSummary } from '../../shared/domain/rounds';
import type { VersionCheck, VersionSummary } from '../../shared/domain/versions';
import type { PlanMeta } from '../../shared/domain/plan';
import type { PlanData } from '../../shared/domain/plan-data';
import type { SearchResults, SearchSources } from '../../shared/domain/search';
import type { Outline } from '../../shared/domain/section';
import type { Result } from '../../shared/result';
import type { CallContext } from './ports';

/** Where and how big a window was, so it reopens the same way. */
export interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

/** What `createCore(deps)` returns: the one object every shell (Electron, CLI, harness) drives. */
export interface Core {
  /**
   * Runs one channel of `src/shared/ipc.ts`: validates the input with its zod schema, calls the
   * service, validates the output. Never throws: every failure is a Result with an AppError
   * (ALREADY_OPEN carries `details.ownerSenderId`, so the shell can bring that window forward).
   */
  handle(channel: string, input: unknown, ctx: CallContext): Promise<Result<unknown>>;
  /** Closes every plan the sender had open (its window closed). */
  releaseSender(senderId: string): void;
  /** The sender that has this file open, if any. */
  ownerOf(path: string): string | null;
  /** The file of the plan the sender has open, if any (a crashed window reopens it). */
  planOf(senderId: string): string | null;
  windowState: {
    get(): WindowState | null;
    set(state: WindowState): void;
  };
  /** Closes every open plan (app quitting). */
  close(): void;
  /**
   * Reads a plan without opening it for writing: no lock kept, no journal-mode change, not a byte
   * written, no write access needed (the CLI's `info`). A plan open for writing elsewhere is LOCKED.
   */
  inspectPlan(path: string): Promise<Result<PlanSummary>>;
  /**
   * Recomputes the digest of every version of a plan, reading it as `inspectPlan` does (the CLI's
   * `verify`). A plan open for writing elsewhere is LOCKED.
   */
  verifyPlan(path: string): Promise<Result<PlanVerification>>;
  /**
   * The comments of every round of a plan, or of the round titled `roundTitle` (NOT_FOUND when
   * there is none), reading it as `inspectPlan` does (the CLI's `comments`).
   */
  inspectComments(path: string, roundTitle: string | null): Promise<Result<PlanComments>>;
  /** The plan's data (providers, staffing, indicators), read as `inspectPlan` does (`staffing`). */
  inspectData(path: string): Promise<Result<PlanDataSummary>>;
  /**
   * Haku across a plan file, read as `inspectPlan` does (the CLI's `search`): a file older than
   * schema 7 is searched through a throw-away index in its in-memory copy.
   */
  searchFile(path: string, query: string, sources: SearchSources): Promise<Result<SearchResults>>;
}

/** A plan as `inspectPlan` reads it. */
export interface PlanSummary {
  /** The file's real path. */
  path: string;
  meta: PlanMeta;
  outline: Outline;
  /** The statutory checklist as the plan stands. */
  checklist: Checklist;
  /** Its versions, newest first. */
  versions: VersionSummary[];
  /** The decision timeline as of today (the core's clock, Europe/Helsinki). */
  milestones: Milestones;
  /** Its comment rounds, newest first. */
  rounds: RoundSummary[];
}

/** What `inspectComments` reads: rounds (newest first), each with its comments. */
export interface PlanComments {
  /** The file's real path. */
  path: string;
  rounds: Array<{ round: RoundSummary; comments: Comment[] }>;
}

/** What `inspectData` reads. */
export interface PlanDataSummary {
  /** The file's real path. */
  path: string;
  title: string;
  data: PlanData;
}

/** What `verifyPlan` finds: every version's stored digest against the recomputed one. */
export interface PlanVerification {
  /** The file's real path. */
  path: string;
  /** The plan's title. */
  title: string;
  /** Oldest first. */
  versions: VersionCheck[];
}
