import type { Checklist, ChecklistItem, Evidence, RequirementStatus } from '../domain/checklist';

/**
 * The status rules of the statutory checklist, free of any storage or environment.
 *
 * - **done** (valmis): the requirement is confirmed. A confirmation stays until it is withdrawn,
 *   whatever happens to the text afterwards.
 * - **inProgress** (kesken): not confirmed, and at least one linked, non-deleted section has words
 *   of its own. Guidance is never stored with a section, so words only count the plan's text.
 * - **missing** (puuttuu): neither. Evidence from the plan's data that `counts` (a register of
 *   providers, a staffing table, an indicator with a target) lifts a requirement from missing to
 *   inProgress: the data is part of the plan even before the text speaks of it.
 * - **changedSinceConfirmed**: confirmed, and a section linked at confirmation now has another
 *   revision, is gone (deleted or unlinked), or a section has been linked since.
 */

/** A plan section as the rules see it; deleted ones are left out by the caller. */
export interface RuleSection {
  id: string;
  words: number;
  revision: number;
}

export interface RuleConfirmation {
  confirmedBy: string;
  confirmedAt: string;
  /** Revision of each linked section at the moment of confirmation, by section id. */
  sectionRevisions: Readonly<Record<string, number>>;
}

export interface ChecklistInput {
  catalogueVersion: string;
  /** Ids of the requirements that apply to the plan, in catalogue order. */
  requirementIds: readonly string[];
  /** The plan's visible (non-deleted) sections, in outline order. */
  sections: readonly RuleSection[];
  /** Links as pairs; links to sections not in `sections` are ignored. */
  links: ReadonlyArray<{ requirementId: string; sectionId: string }>;
  confirmations: Readonly<Record<string, RuleConfirmation>>;
  /** What the plan's data shows, by requirement id (only for requirements it speaks to). */
  evidence: Readonly<Record<string, Evidence>>;
}

function statusOf(
  confirmed: boolean,
  linked: readonly RuleSection[],
  evidence: Evidence | undefined,
): RequirementStatus {
  if (confirmed) return 'done';
  const written = linked.some((section) => section.words > 0);
  return written || evidence?.counts === true ? 'inProgress' : 'missing';
}

function changedSince(
  confirmation: RuleConfirmation | undefined,
  linked: readonly RuleSection[],
): boolean {
  if (!confirmation) return false;
  const recorded = confirmation.sectionRevisions;
  const current = new Map(linked.map((section) => [section.id, section.revision]));
  for (const [id, revision] of Object.entries(recorded)) {
    if (current.get(id) !== revision) return true;
  }
  return linked.some((section) => !Object.hasOwn(recorded, section.id));
}

export function computeChecklist(input: ChecklistInput): Checklist {
  const order = new Map(input.sections.map((section, index) => [section.id, index]));
  const linkedIds = new Map<string, Set<string>>();
  for (const { requirementId, sectionId } of input.links) {
    if (!order.has(sectionId)) continue;
    const set = linkedIds.get(requirementId) ?? new Set<string>();
    set.add(sectionId);
    linkedIds.set(requirementId, set);
  }
  const items: ChecklistItem[] = input.requirementIds.map((requirementId) => {
    const linked = [...(linkedIds.get(requirementId) ?? [])]
      .sort((a, b) => order.get(a)! - order.get(b)!)
      .map((id) => input.sections[order.get(id)!]!);
    const confirmation = Object.hasOwn(input.confirmations, requirementId)
      ? input.confirmations[requirementId]
      : undefined;
    const evidence = Object.hasOwn(input.evidence, requirementId)
      ? input.evidence[requirementId]
      : undefined;
    return {
      requirementId,
      status: statusOf(confirmation !== undefined, linked, evidence),
      sectionIds: linked.map((section) => section.id),
      confirmedBy: confirmation?.confirmedBy ?? null,
      confirmedAt: confirmation?.confirmedAt ?? null,
      changedSinceConfirmed: changedSince(confirmation, linked),
      ...(evidence && { evidence }),
    };
  });
  return {
    catalogueVersion: input.catalogueVersion,
    items,
    total: items.length,
    done: items.filter((item) => item.status === 'done').length,
    inProgress: items.filter((item) => item.status === 'inProgress').length,
    missing: items.filter((item) => item.status === 'missing').map((item) => item.requirementId),
  };
}
