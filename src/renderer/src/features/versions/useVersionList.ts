import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/domain/settings';
import type { VersionSummary } from '../../../../shared/domain/versions';
import { milestoneName } from '../../../../shared/process/default-milestones';
import { ok } from '../../../../shared/result';
import { api } from '../../api/client';
import { useResult, type Loadable } from './useResult';

export interface Versions {
  /** Newest first. */
  versions: VersionSummary[];
  /** The names of the milestones decision versions were frozen for, by milestone id. */
  milestones: ReadonlyMap<string, string>;
}

export type VersionList = Loadable<Versions>;

/** The plan's versions, fetched again whenever `savedCount` grows. */
export function useVersionList(docId: string, savedCount: number): VersionList {
  const { i18n } = useTranslation();
  return useResult(`${docId}/${savedCount}/${i18n.language}`, async () => {
    const [versions, milestones] = await Promise.all([
      api.versions.list({ docId }),
      api.milestones.list({ docId }),
    ]);
    if (!versions.ok) return versions;
    // Without milestones the versions still show, only without their milestone's name.
    const names = new Map(
      milestones.ok
        ? milestones.value.milestones.map((milestone) => [
            milestone.id,
            milestoneName(milestone, i18n.language as Language),
          ])
        : [],
    );
    return ok({
      versions: [...versions.value].sort((a, b) => b.number - a.number),
      milestones: names,
    });
  });
}
