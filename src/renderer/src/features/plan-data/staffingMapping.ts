import type { StaffingColumns } from '../../../../shared/domain/plan-data';

/** The fields of the import's column mapping, in the order the dialog shows them. */
export const staffingFields = [
  'area',
  'level',
  'pupils',
  'kuraattori',
  'psykologi',
  'terveydenhoitaja',
  'laakari',
] as const;
export type StaffingField = (typeof staffingFields)[number];

/** The mapping as she is choosing it: area and level may still be missing. */
export type StaffingMapping = Record<StaffingField, number | null>;

export const emptyMapping: StaffingMapping = {
  area: null,
  level: null,
  pupils: null,
  kuraattori: null,
  psykologi: null,
  terveydenhoitaja: null,
  laakari: null,
};

/** The columns the core takes, once area and level are chosen. */
export function completeColumns(mapping: StaffingMapping): StaffingColumns | null {
  const { area, level } = mapping;
  if (area === null || level === null) return null;
  return { ...mapping, area, level };
}
