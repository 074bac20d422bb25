import { describe, expect, it } from 'vitest';
import { languages } from '../domain/settings';
import { findTemplateSection, flattenTemplate, statutoryTemplate } from './template';

/** The requirement ids of statutory.md §4; the Helsinki variant is a switch, not a section. */
const requirementIds = [
  'reg.goals_principles',
  'reg.cooperation_plan',
  'reg.total_need_from_provider_plans',
  'reg.other_measures',
  'reg.resource_allocation',
  'reg.implementation_monitoring',
  'reg.language_rights',
  'reg.based_on_provider_plans',
  'reg.scope_services',
  'reg.council_approval_per_term',
  'reg.review_when_needed',
  'reg.attached_to_child_youth_plan',
  'reg.prepared_by_group',
];

const flat = flattenTemplate();

describe('statutory template', () => {
  it('has unique, well-formed keys that extend their parent key', () => {
    const keys = flat.map(({ section }) => section.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const { section, parentKey } of flat) {
      expect(section.key).toMatch(/^[a-z][a-z_]*(\.[a-z][a-z_]*)?$/);
      if (parentKey === null) expect(section.key).not.toContain('.');
      else expect(section.key.startsWith(`${parentKey}.`)).toBe(true);
    }
  });

  it('is at most two levels deep', () => {
    expect(Math.max(...flat.map(({ depth }) => depth))).toBeLessThanOrEqual(2);
    for (const { section, depth } of flat) {
      if (depth === 2) expect(section.children ?? []).toHaveLength(0);
    }
  });

  it('fills the title and guidance of every section in every language', () => {
    for (const { section } of flat) {
      for (const language of languages) {
        expect(section.title[language].trim(), `${section.key} title ${language}`).not.toBe('');
        expect(section.guidance[language].trim(), `${section.key} guidance ${language}`).not.toBe(
          '',
        );
      }
    }
  });

  it('cites a law reference in every guidance text', () => {
    for (const { section } of flat) {
      for (const language of languages) {
        expect(section.guidance[language], `${section.key} ${language}`).toMatch(
          /§|\bs\. \d|\b[Ss]ection \d/,
        );
      }
    }
  });

  it('serves every statutory requirement except the Helsinki variant, and only known ones', () => {
    const served = new Set(flat.flatMap(({ section }) => section.requirements));
    for (const id of requirementIds) expect(served, id).toContain(id);
    for (const id of served) expect(requirementIds).toContain(id);
  });

  it('lists chapters before their subsections in reading order', () => {
    expect(flat[0]?.section).toBe(statutoryTemplate[0]);
    flat.forEach(({ parentKey }, index) => {
      if (parentKey === null) return;
      const parentIndex = flat.findIndex(({ section }) => section.key === parentKey);
      expect(parentIndex).toBeGreaterThanOrEqual(0);
      expect(parentIndex).toBeLessThan(index);
    });
  });

  it('finds a section by key, children included', () => {
    expect(findTemplateSection('need.other_measures')?.requirements).toEqual([
      'reg.other_measures',
    ]);
    expect(findTemplateSection('intro')?.title.fi).toBe('Johdanto');
    expect(findTemplateSection('no.such_key')).toBeUndefined();
  });
});
