import type { TextQuote } from '../../../../shared/domain/rounds';
import type { CompareSide } from '../../../../shared/domain/versions';

/** A passage to show in a version (from a search hit): the section, and the words selected. */
export interface VersionPassage {
  sectionId: string;
  quote: TextQuote | null;
}

/**
 * What the versions view shows: the list, one version read-only, or a comparison. A comparison
 * opened from the menu has no `from` yet: the newest version is taken once the list is there.
 */
export type VersionsScreen =
  | { name: 'list' }
  | { name: 'version'; versionId: string; passage?: VersionPassage }
  | { name: 'compare'; from: CompareSide | null; to: CompareSide };

export const currentText: CompareSide = { current: true };

/** A stable key of a comparison side, for selects and effects. */
export function sideKey(side: CompareSide): string {
  return 'current' in side ? 'current' : side.versionId;
}

export function sideFromKey(key: string): CompareSide {
  return key === 'current' ? currentText : { versionId: key };
}
