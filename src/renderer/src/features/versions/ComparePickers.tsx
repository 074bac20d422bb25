import { useTranslation } from 'react-i18next';
import type { CompareSide, VersionSummary } from '../../../../shared/domain/versions';
import { Icon } from '../../ui/Icon';
import { SelectField } from '../../ui/Field';
import { sideFromKey, sideKey } from './versionsScreen';

interface ComparePickersProps {
  versions: VersionSummary[];
  from: CompareSide;
  to: CompareSide;
  onChange: (from: CompareSide, to: CompareSide) => void;
}

/** "Alkuperäinen" and "Muokattu": any version or the current text on either side. */
export function ComparePickers({ versions, from, to, onChange }: ComparePickersProps) {
  const { t } = useTranslation();
  const options = (
    <>
      <option value="current">{t('versions.current')}</option>
      {versions.map((version) => (
        <option key={version.id} value={version.id}>
          {t('versions.option', { number: version.number, label: version.label })}
        </option>
      ))}
    </>
  );
  return (
    <fieldset className="compare-sides">
      <legend className="visually-hidden">{t('versions.compare.sides')}</legend>
      <SelectField
        label={t('versions.compare.from')}
        value={sideKey(from)}
        onChange={(key) => onChange(sideFromKey(key), to)}
      >
        {options}
      </SelectField>
      <button
        type="button"
        className="btn btn-quiet btn-icon compare-swap"
        aria-label={t('versions.compare.swap')}
        title={t('versions.compare.swap')}
        onClick={() => onChange(to, from)}
      >
        <Icon name="swap" />
      </button>
      <SelectField
        label={t('versions.compare.to')}
        value={sideKey(to)}
        onChange={(key) => onChange(from, sideFromKey(key))}
      >
        {options}
      </SelectField>
    </fieldset>
  );
}
