import { describe, expect, it } from 'vitest';
import { RequirementIdSchema } from '../domain/checklist';
import { languages } from '../domain/settings';
import {
  applicableRequirements,
  CATALOGUE_LAW_DATE,
  CATALOGUE_VERSION,
  findRequirement,
  requirementCatalogue,
} from './catalogue';
import { flattenTemplate } from './template';

const ids = requirementCatalogue.map((requirement) => requirement.id);

describe('requirement catalogue', () => {
  it('has unique ids in the contract form', () => {
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(RequirementIdSchema.safeParse(id).success, id).toBe(true);
  });

  it('holds the fourteen regional requirements of statutory.md §4 and no optional ones', () => {
    expect(ids).toHaveLength(14);
    expect(ids.every((id) => id.startsWith('reg.'))).toBe(true);
    expect(ids[0]).toBe('reg.goals_principles');
    expect(ids).toContain('reg.helsinki_variant');
  });

  it('knows every requirement the template links to', () => {
    for (const { section } of flattenTemplate()) {
      for (const id of section.requirements) {
        expect(findRequirement(id), `${section.key} → ${id}`).toBeDefined();
      }
    }
  });

  it('fills label, explanation and citation in every language', () => {
    for (const requirement of requirementCatalogue) {
      for (const language of languages) {
        for (const field of ['label', 'explanation', 'citation'] as const) {
          expect(
            requirement[field][language].trim(),
            `${requirement.id} ${field} ${language}`,
          ).not.toBe('');
        }
        if (requirement.verificationNote) {
          expect(requirement.verificationNote[language].trim()).not.toBe('');
        }
      }
    }
  });

  it('cites sources and a legal reference for every item, and marks the Swedish labels', () => {
    for (const requirement of requirementCatalogue) {
      expect(requirement.sources.length, requirement.id).toBeGreaterThan(0);
      for (const source of requirement.sources) expect(source).toMatch(/^S\d+$/);
      expect(requirement.references.length).toBeGreaterThan(0);
      expect(requirement.svUnverified).toBe(true);
      // Anything short of verified explains itself.
      if (requirement.verification !== 'verified')
        expect(requirement.verificationNote).toBeDefined();
    }
    expect(findRequirement('reg.prepared_by_group')?.verification).toBe('secondary');
  });

  it('swaps the attachment requirement for the Helsinki variant', () => {
    const regular = applicableRequirements({ helsinki: false }).map((r) => r.id);
    const helsinki = applicableRequirements({ helsinki: true }).map((r) => r.id);
    expect(regular).toContain('reg.attached_to_child_youth_plan');
    expect(regular).not.toContain('reg.helsinki_variant');
    expect(helsinki).toContain('reg.helsinki_variant');
    expect(helsinki).not.toContain('reg.attached_to_child_youth_plan');
    expect(regular).toHaveLength(13);
    expect(helsinki).toHaveLength(13);
  });

  it('records its version and the date of the law', () => {
    expect(CATALOGUE_VERSION).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(CATALOGUE_LAW_DATE).toBe('2023-01-01');
  });
});
