import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/domain/settings';
import type { OpenedPlan } from '../../../../shared/ipc';
import { api } from '../../api/client';
import { FormDialog } from '../../ui/FormDialog';
import { Icon } from '../../ui/Icon';
import { useToast } from '../../ui/Toasts';
import {
  PlanFields,
  PlanLanguageField,
  validatePlanFields,
  type PlanFieldErrors,
} from '../plan/PlanFields';
import { usePrefs } from '../prefs/PrefsContext';
import { usePlanCreation } from '../start/usePlanCreation';
import { ImportNotices } from './ImportNotices';
import { ImportOutlineTable } from './ImportOutlineTable';
import { ImportTotals } from './ImportTotals';
import { initialMapping, mappingForImport, toggleRequirement } from './importModel';
import { importSummary } from './importText';
import type { ReadDocx } from './useDocxImport';

interface ImportPreviewDialogProps extends ReadDocx {
  /** Saves the plan open now; false stops the import (saving failed). */
  beforeCreate: () => Promise<boolean>;
  onCreated: (plan: OpenedPlan) => void;
  onClose: () => void;
}

/**
 * The preview of "Tuo aiempi suunnitelma (DOCX)": the new plan's details, what did not come
 * across, and the proposed sections with the requirements each will serve. The plan file is made
 * only from here; when that fails, the dialog stays with everything she changed.
 */
export function ImportPreviewDialog({
  source,
  preview,
  returnFocusTo,
  beforeCreate,
  onCreated,
  onClose,
}: ImportPreviewDialogProps) {
  const { t, i18n } = useTranslation();
  const { prefs } = usePrefs();
  const toast = useToast();
  const [fields, setFields] = useState({ title: preview.title, region: '', period: '' });
  const [language, setLanguage] = useState<Language>(prefs.language);
  const [errors, setErrors] = useState<PlanFieldErrors>({});
  const [mapping, setMapping] = useState(() => initialMapping(preview));
  const creation = usePlanCreation(beforeCreate);

  const submit = async () => {
    const checked = validatePlanFields(fields, t, { regionOptional: true });
    setErrors(checked.errors);
    if (Object.keys(checked.errors).length > 0) return;
    const created = await creation.create(fields.title, (path) =>
      api.import.docxCreate({
        source,
        sourceDigest: preview.sourceDigest,
        path,
        ...fields,
        period: checked.period,
        language,
        mapping: mappingForImport(mapping),
      }),
    );
    if (!created) return;
    toast({ title: importSummary(t, i18n.language, preview) });
    onCreated(created);
  };

  return (
    <FormDialog
      size="large"
      title={t('importDocx.title')}
      description={t('importDocx.description')}
      submitLabel={t('importDocx.create')}
      onSubmit={submit}
      onClose={onClose}
      busy={creation.busy}
      failure={creation.failure}
      returnFocusTo={returnFocusTo}
    >
      <p className="import-file">
        <Icon name="file" />
        <span>
          {t('importDocx.file')}: <strong>{preview.fileName}</strong>
        </span>
      </p>
      <div className="import-top">
        <fieldset className="import-details">
          <legend>
            <h3 className="import-subheading">{t('importDocx.planDetails')}</h3>
          </legend>
          <div className="import-fields">
            <PlanFields
              values={fields}
              errors={errors}
              onChange={setFields}
              autoFocus
              regionOptional
            />
            <PlanLanguageField value={language} onChange={setLanguage} />
          </div>
        </fieldset>
        <ImportTotals preview={preview} mapping={mapping} />
      </div>
      <ImportNotices notices={preview.notices} />
      <ImportOutlineTable
        sections={preview.sections}
        mapping={mapping}
        onToggle={(index, id, selected) =>
          setMapping((current) => toggleRequirement(current, index, id, selected))
        }
      />
    </FormDialog>
  );
}
