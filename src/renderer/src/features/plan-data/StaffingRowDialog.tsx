import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  educationLevels,
  professions,
  type EducationLevel,
  type Profession,
  type Provider,
  type StaffingRow,
  type StaffingRowInput,
} from '../../../../shared/domain/plan-data';
import { api } from '../../api/client';
import { Field, SelectField, TextAreaField } from '../../ui/Field';
import { FormDialog } from '../../ui/FormDialog';
import { useDialogSubmit } from '../../ui/useDialogSubmit';
import { inputText, parseDecimal, parseWhole } from '../../ui/figures';
import type { PlanDataStore } from './planDataStore';
import { useApplyData } from './useApplyData';

const NO_PROVIDER = '';

interface StaffingRowDialogProps {
  store: PlanDataStore;
  providers: Provider[];
  /** null: a new row. */
  row: StaffingRow | null;
  onSaved: (area: string, level: EducationLevel) => void;
  onClose: () => void;
}

type FteTexts = Record<Profession, string>;

/**
 * "Lisää mitoituksen rivi" / "Muokkaa…": an area and level with its pupils and FTEs, typed with a
 * decimal comma; an empty figure is "not known".
 */
export function StaffingRowDialog({
  store,
  providers,
  row,
  onSaved,
  onClose,
}: StaffingRowDialogProps) {
  const { t, i18n } = useTranslation('staffingView');
  const { t: tData } = useTranslation('planData');
  const applyData = useApplyData(store);
  const language = i18n.language;
  const [providerId, setProviderId] = useState(row?.providerId ?? NO_PROVIDER);
  const [area, setArea] = useState(row?.area ?? '');
  const [level, setLevel] = useState<EducationLevel>(row?.level ?? 'basic');
  const [pupils, setPupils] = useState(inputText(row?.pupils ?? null, language));
  const [fte, setFte] = useState<FteTexts>(() => {
    const texts = {} as FteTexts;
    for (const profession of professions)
      texts[profession] = inputText(row?.fte[profession] ?? null, language);
    return texts;
  });
  const [note, setNote] = useState(row?.note ?? '');
  const [tried, setTried] = useState(false);
  const [areaError, setAreaError] = useState<string | null>(null);
  const { busy, failure, run } = useDialogSubmit(onClose);

  const pupilsRead = parseWhole(pupils);
  const fteRead = Object.fromEntries(
    professions.map((profession) => [profession, parseDecimal(fte[profession])]),
  ) as Record<Profession, ReturnType<typeof parseDecimal>>;
  const areaMissing = area.trim() === '';

  const submit = async () => {
    setTried(true);
    if (areaMissing || !pupilsRead.ok) return;
    const fteValues = {} as StaffingRowInput['fte'];
    for (const profession of professions) {
      const read = fteRead[profession];
      if (!read.ok) return;
      fteValues[profession] = read.value;
    }
    const input: StaffingRowInput = {
      ...(row ? { id: row.id } : {}),
      area: area.trim(),
      providerId: providerId === NO_PROVIDER ? null : providerId,
      level,
      pupils: pupilsRead.value,
      fte: fteValues,
      note: note.trim(),
    };
    await run(async () => {
      const saved = await applyData(api.staffing.save({ docId: store.docId, row: input }));
      if (saved.failure === null) {
        onSaved(input.area, level);
        return null;
      }
      if (saved.error.code === 'DUPLICATE_NAME') setAreaError(saved.failure);
      return saved.failure;
    });
  };

  return (
    <FormDialog
      title={row ? t('row.editTitle') : t('row.addTitle')}
      description={t('row.description')}
      submitLabel={row ? t('row.save') : t('row.add')}
      onSubmit={submit}
      onClose={onClose}
      busy={busy}
      failure={failure}
      size="wide"
    >
      {providers.length > 0 && (
        <SelectField
          label={t('row.provider')}
          value={providerId}
          onChange={(id) => {
            setProviderId(id);
            const provider = providers.find((candidate) => candidate.id === id);
            if (provider && area.trim() === '') setArea(provider.name);
          }}
        >
          <option value={NO_PROVIDER}>{t('row.noProvider')}</option>
          {providers.map((provider) => (
            <option key={provider.id} value={provider.id}>
              {provider.name}
            </option>
          ))}
        </SelectField>
      )}
      <div className="plan-data-field-row">
        <Field
          label={t('row.area')}
          hint={t('row.areaHint')}
          value={area}
          maxLength={200}
          autoFocus
          error={tried && areaMissing ? t('row.areaRequired') : areaError}
          onChange={(event) => {
            setArea(event.target.value);
            setAreaError(null);
          }}
        />
        <SelectField
          label={t('row.level')}
          value={level}
          onChange={(value) => {
            setLevel(value as EducationLevel);
            setAreaError(null);
          }}
        >
          {educationLevels.map((candidate) => (
            <option key={candidate} value={candidate}>
              {tData(`level.${candidate}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <Field
        label={t('row.pupils')}
        value={pupils}
        inputMode="numeric"
        autoComplete="off"
        className="plan-data-short-field"
        error={tried && !pupilsRead.ok ? t('row.pupilsInvalid') : null}
        onChange={(event) => setPupils(event.target.value)}
      />
      <fieldset className="plan-data-fte">
        <legend className="field-label">{t('row.fteLegend')}</legend>
        <div className="plan-data-fte-grid">
          {professions.map((profession) => (
            <Field
              key={profession}
              label={tData(`professionPlural.${profession}`)}
              hint={t('row.fteHint')}
              value={fte[profession]}
              inputMode="decimal"
              autoComplete="off"
              error={tried && !fteRead[profession].ok ? t('row.fteInvalid') : null}
              onChange={(event) => setFte({ ...fte, [profession]: event.target.value })}
            />
          ))}
        </div>
      </fieldset>
      <TextAreaField
        label={t('row.note')}
        value={note}
        onChange={setNote}
        rows={2}
        maxLength={5000}
      />
    </FormDialog>
  );
}
