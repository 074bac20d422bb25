import { useTranslation } from 'react-i18next';
import type { VersionSummary } from '../../../../shared/domain/versions';
import { useMilestoneText } from './milestoneText';

/** The plan's versions as options of a select, newest first: "Versio 2: … (tunniste 3f2a…)". */
export function VersionOptions({ versions }: { versions: VersionSummary[] }) {
  const { t } = useTranslation();
  const text = useMilestoneText();
  return text.newestFirst(versions).map((version) => (
    <option key={version.id} value={version.id}>
      {t('timeline.versionOption', {
        version: text.version(version),
        digest: text.digest(version),
      })}
    </option>
  ));
}
