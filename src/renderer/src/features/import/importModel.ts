import type {
  DocxPreview,
  ImportedSection,
  ImportMapping,
} from '../../../../shared/domain/docx-import';
import { applicableRequirements } from '../../../../shared/statutory/catalogue';

/** Requirement ids per imported section (by its index), in the order she chose them. */
export type SectionMapping = ReadonlyMap<number, readonly string[]>;

/** A new plan is not the Helsinki variant until she says so in the plan's details. */
export const importableRequirementIds: readonly string[] = applicableRequirements({
  helsinki: false,
}).map((requirement) => requirement.id);

/** Outline numbers from the sections' depths in reading order: 1, 1.1, 1.1.1, 2 … */
export function numbersByDepth(depths: readonly number[]): string[] {
  const counters: number[] = [];
  return depths.map((depth) => {
    counters.length = depth;
    counters[depth - 1] = (counters[depth - 1] ?? 0) + 1;
    return Array.from(counters, (counter) => counter ?? 1).join('.');
  });
}

/** The suggestions at or above the preview's threshold start out selected. */
export function initialMapping(preview: DocxPreview): SectionMapping {
  return new Map(
    preview.sections.map((section) => [
      section.index,
      section.suggestions
        .filter(
          (suggestion) =>
            suggestion.score >= preview.suggestionThreshold &&
            importableRequirementIds.includes(suggestion.requirementId),
        )
        .map((suggestion) => suggestion.requirementId),
    ]),
  );
}

export function toggleRequirement(
  mapping: SectionMapping,
  index: number,
  requirementId: string,
  selected: boolean,
): SectionMapping {
  const current = mapping.get(index) ?? [];
  const next = current.filter((id) => id !== requirementId);
  if (selected) next.push(requirementId);
  return new Map(mapping).set(index, next);
}

/** The mapping as the import channel takes it. */
export function mappingForImport(mapping: SectionMapping): ImportMapping {
  return [...mapping].map(([index, requirementIds]) => ({
    index,
    requirementIds: [...requirementIds],
  }));
}

/** How many of the plan's requirements at least one imported section serves. */
export function coveredRequirementCount(mapping: SectionMapping): number {
  const covered = new Set([...mapping.values()].flat());
  return importableRequirementIds.filter((id) => covered.has(id)).length;
}

/** The images that will not come across, over the whole document. */
export function imageCount(preview: DocxPreview): number {
  return preview.sections.reduce((sum, section) => sum + section.images.length, 0);
}

/** A requirement she can link a section to, with its title similarity when it was suggested. */
export interface RequirementOption {
  id: string;
  score: number | null;
}

/** The section's suggestions first (best first), then the rest of the catalogue in its order. */
export function requirementOptions(section: ImportedSection): RequirementOption[] {
  const suggested = section.suggestions
    .filter((suggestion) => importableRequirementIds.includes(suggestion.requirementId))
    .toSorted((a, b) => b.score - a.score)
    .map((suggestion) => ({ id: suggestion.requirementId, score: suggestion.score }));
  const rest = importableRequirementIds
    .filter((id) => !suggested.some((option) => option.id === id))
    .map((id) => ({ id, score: null }));
  return [...suggested, ...rest];
}
