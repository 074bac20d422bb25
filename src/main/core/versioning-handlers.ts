import { helsinkiDate } from '../../shared/dates';
import type { CompareSide } from '../../shared/domain/versions';
import type { Db } from './db/plan-file';
import { getRevision, listHistory, restoreRevision } from './history/service';
import {
  addMilestone,
  editMilestone,
  listMilestones,
  markDone,
  moveMilestone,
  removeMilestone,
} from './milestones/service';
import type { PlansService } from './plans/service';
import type { Clock } from './ports';
import type { Handlers } from './router';
import { compareSnapshots, type Side } from './versions/compare';
import { captureSnapshot } from './versions/snapshot';
import {
  freezeVersion,
  getVersion,
  listVersions,
  storedSnapshot,
  versionRow,
} from './versions/service';

type VersioningChannels =
  | 'versions.list'
  | 'versions.create'
  | 'versions.get'
  | 'versions.compare'
  | 'history.list'
  | 'history.get'
  | 'history.restore'
  | 'milestones.list'
  | 'milestones.add'
  | 'milestones.update'
  | 'milestones.remove'
  | 'milestones.move'
  | 'milestones.markDone';

export interface VersioningDeps {
  plans: PlansService;
  clock: Clock;
  /** The name set in preferences: the author of saves, versions and decisions. */
  author(): string;
}

function side(db: Db, given: CompareSide): Side {
  if ('current' in given) return { versionId: null, label: '', snapshot: captureSnapshot(db) };
  const row = versionRow(db, given.versionId);
  return { versionId: row.id, label: row.label, snapshot: storedSnapshot(row) };
}

/** The channels of versions, section history and decision milestones (issue 4). */
export function versioningHandlers(deps: VersioningDeps): Pick<Handlers, VersioningChannels> {
  const { plans } = deps;
  const now = () => deps.clock.now().toISOString();
  const today = () => helsinkiDate(deps.clock.now());
  return {
    'versions.list': ({ docId }, ctx) => plans.withDoc(ctx.senderId, docId, listVersions),
    'versions.create': ({ docId, label, note }, ctx) =>
      plans.withDoc(ctx.senderId, docId, (db) =>
        freezeVersion(db, {
          label,
          note,
          kind: 'named',
          createdAt: now(),
          createdBy: deps.author(),
        }),
      ),
    'versions.get': ({ docId, versionId }, ctx) =>
      plans.withDoc(ctx.senderId, docId, (db) => getVersion(db, versionId)),
    'versions.compare': ({ docId, from, to }, ctx) =>
      plans.withDoc(ctx.senderId, docId, (db) =>
        db.transaction(() => compareSnapshots(side(db, from), side(db, to)))(),
      ),
    'history.list': ({ docId, sectionId }, ctx) =>
      plans.withDoc(ctx.senderId, docId, (db) => listHistory(db, sectionId)),
    'history.get': ({ docId, sectionId, revision }, ctx) =>
      plans.withDoc(ctx.senderId, docId, (db) => getRevision(db, sectionId, revision)),
    'history.restore': ({ docId, sectionId, revision }, ctx) =>
      plans.withDoc(ctx.senderId, docId, (db) =>
        restoreRevision(db, sectionId, revision, now(), deps.author()),
      ),
    'milestones.list': ({ docId }, ctx) =>
      plans.withDoc(ctx.senderId, docId, (db) => listMilestones(db, today())),
    'milestones.add': ({ docId, ...input }, ctx) =>
      plans.withDoc(ctx.senderId, docId, (db) => addMilestone(db, input, today())),
    'milestones.update': ({ docId, milestoneId, patch }, ctx) =>
      plans.withDoc(ctx.senderId, docId, (db) => editMilestone(db, milestoneId, patch, today())),
    'milestones.remove': ({ docId, milestoneId }, ctx) =>
      plans.withDoc(ctx.senderId, docId, (db) => removeMilestone(db, milestoneId, today())),
    'milestones.move': ({ docId, milestoneId, index }, ctx) =>
      plans.withDoc(ctx.senderId, docId, (db) => moveMilestone(db, milestoneId, index, today())),
    'milestones.markDone': ({ docId, ...input }, ctx) =>
      plans.withDoc(ctx.senderId, docId, (db) =>
        markDone(db, input, { now: now(), author: deps.author() }, today()),
      ),
  };
}
