import type { Checklist } from '../../../shared/domain/checklist';
import type { Outline } from '../../../shared/domain/section';
import {
  appliesTo,
  applicableRequirements,
  findRequirement,
} from '../../../shared/statutory/catalogue';
import { computeChecklist, type RuleSection } from '../../../shared/statutory/checklist-rules';
import type { Db } from '../db/plan-file';
import { CoreError } from '../errors';
import { getOutline } from '../outline/service';
import { readEvidence } from './evidence';
import { readMeta } from '../plans/repository';
import {
  deleteConfirmation,
  linkSection,
  readConfirmations,
  readLinks,
  readRevisions,
  unlinkSection,
  writeConfirmation,
} from './repository';

/**
 * The statutory checklist of an open plan. Every action is one transaction and returns the new
 * checklist; the status rules themselves are in src/shared/statutory/checklist-rules.ts.
 */

/** The plan's visible sections in outline order, as the rules see them. */
function ruleSections(db: Db, outline: Outline): RuleSection[] {
  const revisions = readRevisions(db);
  return outline.map((entry) => ({
    id: entry.id,
    words: entry.words,
    revision: revisions.get(entry.id) ?? 0,
  }));
}

function compute(db: Db): Checklist {
  const meta = readMeta(db);
  return computeChecklist({
    catalogueVersion: meta.catalogueVersion,
    requirementIds: applicableRequirements(meta).map((requirement) => requirement.id),
    sections: ruleSections(db, getOutline(db)),
    links: readLinks(db),
    confirmations: readConfirmations(db),
    evidence: readEvidence(db),
  });
}

export function getChecklist(db: Db): Checklist {
  return db.transaction(() => compute(db))();
}

/** The requirement, which must be in the catalogue (NOT_FOUND) and apply to the plan. */
function applicable(db: Db, requirementId: string) {
  const requirement = findRequirement(requirementId);
  if (!requirement) throw new CoreError('NOT_FOUND', { requirementId });
  if (!appliesTo(requirement, readMeta(db))) {
    throw new CoreError('INVALID_INPUT', { issue: 'requirementId: does not apply to this plan' });
  }
  return requirement;
}

function visibleSection(db: Db, sectionId: string): void {
  if (!getOutline(db).some((entry) => entry.id === sectionId)) {
    throw new CoreError('NOT_FOUND', { sectionId });
  }
}

export interface LinkInput {
  requirementId: string;
  sectionId: string;
}

export function link(db: Db, input: LinkInput): Checklist {
  return db.transaction(() => {
    applicable(db, input.requirementId);
    visibleSection(db, input.sectionId);
    linkSection(db, input.sectionId, input.requirementId);
    return compute(db);
  })();
}

export function unlink(db: Db, input: LinkInput): Checklist {
  return db.transaction(() => {
    if (!findRequirement(input.requirementId)) {
      throw new CoreError('NOT_FOUND', { requirementId: input.requirementId });
    }
    visibleSection(db, input.sectionId);
    unlinkSection(db, input.sectionId, input.requirementId);
    return compute(db);
  })();
}

/**
 * Confirms a requirement: who (the preferences name, possibly empty), when, and the revision of
 * each linked section. Only a requirement with text in a linked section, or with data that counts
 * as evidence (a register, a staffing table, indicators with targets), can be confirmed (status
 * kesken); confirming a confirmed one again records the current revisions.
 */
export function confirm(
  db: Db,
  requirementId: string,
  confirmedBy: string,
  confirmedAt: string,
): Checklist {
  return db.transaction(() => {
    applicable(db, requirementId);
    const sections = ruleSections(db, getOutline(db));
    const linked = new Set(
      readLinks(db)
        .filter((entry) => entry.requirementId === requirementId)
        .map((entry) => entry.sectionId),
    );
    const mine = sections.filter((section) => linked.has(section.id));
    if (!mine.some((section) => section.words > 0) && !readEvidence(db)[requirementId]?.counts) {
      throw new CoreError('INVALID_INPUT', {
        issue: 'requirementId: no linked section has text and no data counts as evidence',
      });
    }
    writeConfirmation(db, requirementId, {
      confirmedBy,
      confirmedAt,
      sectionRevisions: Object.fromEntries(mine.map((section) => [section.id, section.revision])),
    });
    return compute(db);
  })();
}

export function unconfirm(db: Db, requirementId: string): Checklist {
  return db.transaction(() => {
    if (!findRequirement(requirementId)) throw new CoreError('NOT_FOUND', { requirementId });
    deleteConfirmation(db, requirementId);
    return compute(db);
  })();
}
