import type { Language } from '../../../../shared/domain/settings';
import { findRequirement } from '../../../../shared/statutory/catalogue';

/** How far the reference material verified a requirement, as the checklist tells her. */
export type SourceNote = 'unverified' | 'secondary' | 'partial';

/** What the checklist shows of one requirement of the statutory catalogue, in one language. */
export interface RequirementText {
  id: string;
  label: string;
  /** The legal reference, e.g. "OpHL 13 a § 2 mom. 1 k.". */
  citation: string;
  /** What content satisfies the requirement. */
  explanation: string;
  /** Set when the reference does not verify the item fully against the statute text. */
  source: SourceNote | null;
  /** The catalogue's own words on what is not verified, when it has them. */
  sourceNote: string | null;
  /** The Swedish label is a proposed translation, not the statute's wording. */
  proposedTranslation: boolean;
}

/** The requirement's texts in the UI language, from the catalogue (src/shared/statutory). */
export function requirementText(id: string, language: Language): RequirementText {
  const requirement = findRequirement(id);
  if (!requirement) {
    return {
      id,
      label: id,
      citation: '',
      explanation: '',
      source: null,
      sourceNote: null,
      proposedTranslation: false,
    };
  }
  const note = requirement.verificationNote?.[language] ?? null;
  const source: SourceNote | null =
    requirement.verification !== 'verified' ? requirement.verification : note ? 'partial' : null;
  return {
    id,
    label: requirement.label[language],
    citation: requirement.citation[language],
    explanation: requirement.explanation[language],
    source,
    sourceNote: note,
    proposedTranslation: language === 'sv' && requirement.svUnverified,
  };
}
